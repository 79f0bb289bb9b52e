package org.strategyworkbench.core.internal.workspace;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.core.rounds.RoundType;
import org.strategyworkbench.core.workspace.EntityType;

/** Registers the round type with the workspace. */
@Component(service = EntityType.class)
public final class RoundTypeService extends RoundType {
}
