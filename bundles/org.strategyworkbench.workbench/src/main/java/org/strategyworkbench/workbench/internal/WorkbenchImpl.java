package org.strategyworkbench.workbench.internal;

import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.service.ErrorLog;
import org.strategyworkbench.workbench.service.JobService;
import org.strategyworkbench.workbench.service.Notifications;
import org.strategyworkbench.workbench.service.SelectionService;
import org.strategyworkbench.workbench.service.Workbench;

/** The workbench service: its services, and the open window when there is one. */
@Component(service = {Workbench.class, WorkbenchImpl.class})
public final class WorkbenchImpl implements Workbench {

    private final SelectionServiceImpl selection;
    private final JobService jobs;
    private final NotificationsImpl notifications;
    private final ErrorLogImpl errorLog;
    private volatile WorkbenchWindow window;

    @Activate
    public WorkbenchImpl(@Reference SelectionServiceImpl selection, @Reference JobService jobs,
            @Reference NotificationsImpl notifications, @Reference ErrorLogImpl errorLog) {
        this.selection = selection;
        this.jobs = jobs;
        this.notifications = notifications;
        this.errorLog = errorLog;
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
