package org.strategyworkbench.milestones.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.milestones.MilestoneType;
import org.strategyworkbench.core.workspace.EntityType;

/** Registers the milestone type with the workspace. */
@Component(service = EntityType.class)
public final class MilestoneTypeService extends MilestoneType {
}
