package org.strategyworkbench.workbench.service;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The workbench's current selection. Parts publish theirs with {@code PartSite.setSelection};
 * observers register a {@link SelectionListener} service.
 *
 * @since 1.0
 */
@ProviderType
public interface SelectionService {

    /** The current selection; any thread. */
    Selection current();

    /** Makes {@code selection} current and tells the listeners; call on the event dispatch thread. */
    void select(Selection selection);
}
