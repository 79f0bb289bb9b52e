package org.strategyworkbench.workbench.service;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when the selection changes (whiteboard: register a service of this type; it stops being
 * called when its bundle stops, so nothing needs removing).
 *
 * <p>Called on the event dispatch thread; return quickly. A listener that throws is logged in the
 * {@link ErrorLog} under its bundle; the other listeners are still told. The service needs no
 * service properties.
 *
 * @since 1.0
 */
@ConsumerType
public interface SelectionListener {

    /**
     * The user selected {@code selection}.
     *
     * @param selection the new selection, never null and never equal to the previous one;
     *        {@link Selection#EMPTY} when the part the selection was made in closed
     */
    void selectionChanged(Selection selection);
}
