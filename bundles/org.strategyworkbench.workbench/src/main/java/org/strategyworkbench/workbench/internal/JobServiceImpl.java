package org.strategyworkbench.workbench.internal;

import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.workbench.service.Job;
import org.strategyworkbench.workbench.service.JobService;
import org.strategyworkbench.workbench.service.JobTask;

/**
 * The job service as each bundle sees it (bundle scope): jobs are recorded with their bundle,
 * and cancelled when that bundle stops using the service.
 */
@Component(scope = ServiceScope.BUNDLE)
public final class JobServiceImpl implements JobService {

    private final JobManager manager;
    private final Bundle user;

    @Activate
    public JobServiceImpl(@Reference JobManager manager, ComponentContext context) {
        this(manager, context.getUsingBundle());
    }

    /** The job service of one bundle, for the workbench it is handed (see {@link WorkbenchImpl#forBundle}). */
    JobServiceImpl(JobManager manager, Bundle user) {
        this.manager = manager;
        this.user = user;
    }

    @Deactivate
    void deactivate() {
        manager.cancelAll(user);
    }

    @Override
    public Job schedule(String name, JobTask task) {
        return manager.schedule(user, name, task);
    }

    @Override
    public List<Job> active() {
        return manager.active();
    }
}
