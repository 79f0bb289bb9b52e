package org.strategyworkbench.workbench.widgets;

import java.awt.EventQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.strategyworkbench.core.workspace.WorkspaceListener;

/**
 * Refreshes a part on the event thread whenever the workspace changes (from the window, the
 * console or an import): a {@link WorkspaceListener} service registered for the part's
 * lifetime. Changes that arrive together cause one refresh.
 *
 * @since 1.0
 */
public final class WorkspaceRefresh implements AutoCloseable {

    private final ServiceRegistration<WorkspaceListener> registration;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean closed;

    private WorkspaceRefresh(BundleContext context, Runnable refresh) {
        registration = context.registerService(WorkspaceListener.class, event -> {
            if (pending.compareAndSet(false, true)) {
                EventQueue.invokeLater(() -> {
                    pending.set(false);
                    if (!closed) {
                        refresh.run();
                    }
                });
            }
        }, null);
    }

    /**
     * Starts refreshing.
     *
     * @param context the part's bundle context: the listener service is registered in its
     *        bundle's name, and goes away with the bundle
     * @param refresh what to do, on the event thread, after changes; not run after
     *        {@link #close()}
     * @return a handle; close it in the part's {@code dispose()}
     */
    public static WorkspaceRefresh register(BundleContext context, Runnable refresh) {
        return new WorkspaceRefresh(context, refresh);
    }

    /** Stops refreshing; any thread, more than once. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle stopped first
            }
        }
    }
}
