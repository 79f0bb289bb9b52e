package org.strategyworkbench.workbench.service;

import java.util.List;
import java.util.Optional;

/**
 * What the user has selected: an immutable list of items, usually {@link EntityRef}s.
 *
 * @param source the id of the view or editor the selection was made in, or empty
 * @param items the selected items, in order
 * @since 1.0
 */
public record Selection(String source, List<Object> items) {

    /** Nothing selected. */
    public static final Selection EMPTY = new Selection("", List.of());

    /**
     * Creates a selection.
     *
     * @param source the id of the view or editor; null is taken as empty
     * @param items the selected items; copied
     * @throws NullPointerException when items is null or holds null
     */
    public Selection {
        source = source == null ? "" : source;
        items = List.copyOf(items);
    }

    /**
     * A selection of the given items.
     *
     * @param source the id of the view or editor the selection is made in, or null
     * @param items the selected items, in order; none for an empty selection
     * @return the selection
     * @throws NullPointerException when an item is null
     */
    public static Selection of(String source, Object... items) {
        return new Selection(source, List.of(items));
    }

    /**
     * Whether nothing is selected.
     *
     * @return true when there are no items
     */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * The first item, if any.
     *
     * @return the first item, or empty when nothing is selected
     */
    public Optional<Object> first() {
        return items.stream().findFirst();
    }

    /**
     * The items of a type, in order.
     *
     * @param <T> the type
     * @param type the class of the items wanted, for example {@code EntityRef.class}
     * @return the items that are instances of the type; empty when there are none
     */
    public <T> List<T> itemsOf(Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
