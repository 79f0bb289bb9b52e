package org.strategyworkbench.actions.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/** Registers the action type with the workspace. */
@Component(service = EntityType.class)
public final class ActionTypeService implements EntityType<Action> {

    @Override
    public String name() {
        return ActionEntityType.TYPE.name();
    }

    @Override
    public Class<Action> entityClass() {
        return ActionEntityType.TYPE.entityClass();
    }

    @Override
    public String idOf(Action action) {
        return ActionEntityType.TYPE.idOf(action);
    }

    @Override
    public String partitionOf(Action action) {
        return ActionEntityType.TYPE.partitionOf(action);
    }

    @Override
    public List<Problem> check(Action action) {
        return ActionEntityType.TYPE.check(action);
    }
}
