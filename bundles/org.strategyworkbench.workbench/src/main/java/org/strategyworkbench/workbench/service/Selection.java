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

    public Selection {
        source = source == null ? "" : source;
        items = List.copyOf(items);
    }

    /** A selection of the given items. */
    public static Selection of(String source, Object... items) {
        return new Selection(source, List.of(items));
    }

    /** Whether nothing is selected. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The first item, if any. */
    public Optional<Object> first() {
        return items.stream().findFirst();
    }

    /** The items of a type, in order. */
    public <T> List<T> itemsOf(Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
