package org.strategyworkbench.workbench.internal;

import java.util.Optional;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.service.ErrorLog;
import org.strategyworkbench.workbench.service.JobService;
import org.strategyworkbench.workbench.service.Notifications;
import org.strategyworkbench.workbench.service.SelectionService;
import org.strategyworkbench.workbench.service.Workbench;

/**
 * The {@link Workbench} service as one bundle sees it (bundle scope): the shared workbench in
 * everything, except that the jobs it schedules are that bundle's, cancelled when it stops.
 */
@Component(service = Workbench.class, scope = ServiceScope.BUNDLE)
public final class BundleWorkbench implements Workbench {

    private final WorkbenchImpl shared;
    private final JobService jobs;

    @Activate
    public BundleWorkbench(@Reference WorkbenchImpl shared, @Reference JobManager manager, ComponentContext context) {
        this(shared, new JobServiceImpl(manager, context.getUsingBundle()));
    }

    BundleWorkbench(WorkbenchImpl shared, JobService jobs) {
        this.shared = shared;
        this.jobs = jobs;
    }

    @Override
    public SelectionService selection() {
        return shared.selection();
    }

    @Override
    public JobService jobs() {
        return jobs;
    }

    @Override
    public Notifications notifications() {
        return shared.notifications();
    }

    @Override
    public ErrorLog errorLog() {
        return shared.errorLog();
    }

    @Override
    public boolean showView(String viewId) {
        return shared.showView(viewId);
    }

    @Override
    public void openEditor(EntityRef entity) {
        shared.openEditor(entity);
    }

    @Override
    public boolean execute(String commandId) {
        return shared.execute(commandId);
    }

    @Override
    public Optional<String> activePerspective() {
        return shared.activePerspective();
    }
}
