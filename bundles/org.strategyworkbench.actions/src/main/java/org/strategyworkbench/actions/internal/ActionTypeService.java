package org.strategyworkbench.actions.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.core.workspace.EntityType;

/** Registers the action type with the workspace. */
@Component(service = EntityType.class)
public final class ActionTypeService extends ActionEntityType {
}
