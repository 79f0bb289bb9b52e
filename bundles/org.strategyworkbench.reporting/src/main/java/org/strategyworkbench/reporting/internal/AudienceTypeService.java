package org.strategyworkbench.reporting.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.reporting.AudienceType;
import org.strategyworkbench.core.workspace.EntityType;

/** Registers the audience type with the workspace. */
@Component(service = EntityType.class)
public final class AudienceTypeService extends AudienceType {
}
