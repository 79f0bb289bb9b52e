package org.strategyworkbench.workbench.service;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The workbench's current selection. Parts publish theirs with {@code PartSite.setSelection};
 * observers register a {@link SelectionListener} service. A service of the workbench bundle.
 *
 * @since 1.0
 */
@ProviderType
public interface SelectionService {

    /**
     * The current selection; any thread.
     *
     * @return the latest selection; {@link Selection#EMPTY} before any, and after the part it was
     *         made in closed
     */
    Selection current();

    /**
     * Makes {@code selection} current and tells the listeners; call on the event dispatch thread.
     *
     * @param selection the new selection; not null. One equal to the current selection changes
     *        nothing and tells no one
     */
    void select(Selection selection);
}
