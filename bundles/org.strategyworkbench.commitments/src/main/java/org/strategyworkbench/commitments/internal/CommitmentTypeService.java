package org.strategyworkbench.commitments.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.workspace.EntityType;

/** Registers the commitment type with the workspace. */
@Component(service = EntityType.class)
public final class CommitmentTypeService extends CommitmentType {
}
