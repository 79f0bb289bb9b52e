package org.strategyworkbench.allies.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/** Registers the ally type with the workspace. */
@Component(service = EntityType.class)
public final class AllyTypeService implements EntityType<Ally> {

    @Override
    public String name() {
        return AllyType.TYPE.name();
    }

    @Override
    public Class<Ally> entityClass() {
        return AllyType.TYPE.entityClass();
    }

    @Override
    public String idOf(Ally ally) {
        return AllyType.TYPE.idOf(ally);
    }

    @Override
    public List<Problem> check(Ally ally) {
        return AllyType.TYPE.check(ally);
    }
}
