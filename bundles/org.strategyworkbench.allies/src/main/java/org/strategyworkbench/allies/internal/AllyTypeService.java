package org.strategyworkbench.allies.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.core.workspace.EntityType;

/** Registers the ally type with the workspace. */
@Component(service = EntityType.class)
public final class AllyTypeService extends AllyType {
}
