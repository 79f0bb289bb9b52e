package org.strategyworkbench.commitments.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.commitments.Strategy;
import org.strategyworkbench.commitments.StrategyType;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/** Registers the strategy type with the workspace. */
@Component(service = EntityType.class)
public final class StrategyTypeService implements EntityType<Strategy> {

    @Override
    public String name() {
        return StrategyType.TYPE.name();
    }

    @Override
    public Class<Strategy> entityClass() {
        return StrategyType.TYPE.entityClass();
    }

    @Override
    public String idOf(Strategy strategy) {
        return StrategyType.TYPE.idOf(strategy);
    }

    @Override
    public List<Problem> check(Strategy strategy) {
        return StrategyType.TYPE.check(strategy);
    }
}
