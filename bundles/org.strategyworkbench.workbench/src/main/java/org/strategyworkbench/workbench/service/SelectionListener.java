package org.strategyworkbench.workbench.service;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when the selection changes (whiteboard: register a service of this type; it stops being
 * called when its bundle stops, so nothing needs removing).
 *
 * <p>Called on the event dispatch thread; return quickly.
 *
 * @since 1.0
 */
@ConsumerType
public interface SelectionListener {

    /** The user selected {@code selection}. */
    void selectionChanged(Selection selection);
}
