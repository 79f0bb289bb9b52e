package org.strategyworkbench.core.internal.workspace;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.rounds.Round;
import org.strategyworkbench.core.rounds.RoundType;
import org.strategyworkbench.core.workspace.EntityType;

/** Registers the round type with the workspace. */
@Component(service = EntityType.class)
public final class RoundTypeService implements EntityType<Round> {

    @Override
    public String name() {
        return RoundType.TYPE.name();
    }

    @Override
    public Class<Round> entityClass() {
        return RoundType.TYPE.entityClass();
    }

    @Override
    public String idOf(Round round) {
        return RoundType.TYPE.idOf(round);
    }

    @Override
    public List<Problem> check(Round round) {
        return RoundType.TYPE.check(round);
    }
}
