package org.strategyworkbench.workbench.internal;

import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.service.ErrorLog;
import org.strategyworkbench.workbench.service.JobService;
import org.strategyworkbench.workbench.service.Notifications;
import org.strategyworkbench.workbench.service.SelectionService;
import org.strategyworkbench.workbench.service.Workbench;

/**
 * The workbench: its services, and the open window when there is one. Used by the host itself (its
 * jobs are the workbench bundle's); every other bundle gets a {@link #forBundle} view of it, whose
 * jobs are that bundle's: through its parts' and commands' sites, and as the {@link Workbench}
 * service ({@link BundleWorkbench}).
 */
@Component(service = WorkbenchImpl.class)
public final class WorkbenchImpl implements Workbench {

    private final SelectionServiceImpl selection;
    private final JobService jobs;
    private final NotificationsImpl notifications;
    private final ErrorLogImpl errorLog;
    private final JobManager manager;
    private volatile WorkbenchWindow window;

    @Activate
    public WorkbenchImpl(@Reference SelectionServiceImpl selection, @Reference JobService jobs,
            @Reference NotificationsImpl notifications, @Reference ErrorLogImpl errorLog, @Reference JobManager manager) {
        this.selection = selection;
        this.jobs = jobs;
        this.manager = manager;
        this.notifications = notifications;
        this.errorLog = errorLog;
    }

    /** The workbench as {@code bundle} sees it: the same in everything but whose jobs it schedules. */
    Workbench forBundle(Bundle bundle) {
        return new BundleWorkbench(this, new JobServiceImpl(manager, bundle));
    }

    void window(WorkbenchWindow open) {
        this.window = open;
    }

    Optional<WorkbenchWindow> window() {
        return Optional.ofNullable(window);
    }

    @Override
    public SelectionService selection() {
        return selection;
    }

    @Override
    public JobService jobs() {
        return jobs;
    }

    @Override
    public Notifications notifications() {
        return notifications;
    }

    @Override
    public ErrorLog errorLog() {
        return errorLog;
    }

    @Override
    public boolean showView(String viewId) {
        WorkbenchWindow open = window;
        return open != null && open.showView(viewId);
    }

    @Override
    public void openEditor(EntityRef entity) {
        WorkbenchWindow open = window;
        if (open != null) {
            open.openEditor(entity);
        }
    }

    @Override
    public boolean execute(String commandId) {
        WorkbenchWindow open = window;
        return open != null && open.execute(commandId);
    }

    @Override
    public Optional<String> activePerspective() {
        WorkbenchWindow open = window;
        return open == null ? Optional.empty() : Optional.ofNullable(open.perspective());
    }
}
