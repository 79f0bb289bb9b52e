package org.strategyworkbench.commitments;

import java.util.ArrayList;
import java.util.List;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * The strategy entity type: normally one per workspace. The commitments bundle registers it as a
 * service. Stateless; safe to use from any thread. {@link #check check} requires a name and the
 * date it was endorsed.
 *
 * @since 1.0
 */
public class StrategyType implements EntityType<Strategy> {

    /** The instance to read and edit entities of this type with. */
    public static final StrategyType TYPE = new StrategyType();
    /** The type's name. */
    public static final String NAME = "strategy";

    /** For the bundle's own service component; everyone else uses {@link #TYPE}. */
    protected StrategyType() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Strategy> entityClass() {
        return Strategy.class;
    }

    @Override
    public String idOf(Strategy strategy) {
        return strategy.id();
    }

    @Override
    public List<Problem> check(Strategy s) {
        List<Problem> problems = new ArrayList<>();
        if (s.name() == null || s.name().isBlank()) {
            problems.add(Problem.error(NAME, s.id(), "name", "is required"));
        }
        if (s.endorsed() == null) {
            problems.add(Problem.error(NAME, s.id(), "endorsed", "is required"));
        }
        return problems;
    }
}
