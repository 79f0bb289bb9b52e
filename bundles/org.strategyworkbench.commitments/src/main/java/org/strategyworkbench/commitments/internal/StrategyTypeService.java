package org.strategyworkbench.commitments.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.commitments.StrategyType;
import org.strategyworkbench.core.workspace.EntityType;

/** Registers the strategy type with the workspace. */
@Component(service = EntityType.class)
public final class StrategyTypeService extends StrategyType {
}
