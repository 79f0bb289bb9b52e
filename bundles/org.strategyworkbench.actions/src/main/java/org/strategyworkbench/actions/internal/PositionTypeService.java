package org.strategyworkbench.actions.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.actions.Position;
import org.strategyworkbench.actions.PositionType;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/** Registers the position type with the workspace. */
@Component(service = EntityType.class)
public final class PositionTypeService implements EntityType<Position> {

    @Override
    public String name() {
        return PositionType.TYPE.name();
    }

    @Override
    public Class<Position> entityClass() {
        return PositionType.TYPE.entityClass();
    }

    @Override
    public String idOf(Position position) {
        return PositionType.TYPE.idOf(position);
    }

    @Override
    public String partitionOf(Position position) {
        return PositionType.TYPE.partitionOf(position);
    }

    @Override
    public List<Problem> check(Position position) {
        return PositionType.TYPE.check(position);
    }
}
