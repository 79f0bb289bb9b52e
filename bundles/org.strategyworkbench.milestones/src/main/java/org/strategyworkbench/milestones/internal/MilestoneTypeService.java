package org.strategyworkbench.milestones.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.milestones.Milestone;
import org.strategyworkbench.milestones.MilestoneType;

/** Registers the milestone type with the workspace. */
@Component(service = EntityType.class)
public final class MilestoneTypeService implements EntityType<Milestone> {

    @Override
    public String name() {
        return MilestoneType.TYPE.name();
    }

    @Override
    public Class<Milestone> entityClass() {
        return MilestoneType.TYPE.entityClass();
    }

    @Override
    public String idOf(Milestone milestone) {
        return MilestoneType.TYPE.idOf(milestone);
    }

    @Override
    public List<Problem> check(Milestone milestone) {
        return MilestoneType.TYPE.check(milestone);
    }
}
