package org.strategyworkbench.actions.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.actions.PositionType;
import org.strategyworkbench.core.workspace.EntityType;

/** Registers the position type with the workspace. */
@Component(service = EntityType.class)
public final class PositionTypeService extends PositionType {
}
