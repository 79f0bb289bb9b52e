package org.strategyworkbench.commitments.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/** Registers the commitment type with the workspace. */
@Component(service = EntityType.class)
public final class CommitmentTypeService implements EntityType<Commitment> {

    @Override
    public String name() {
        return CommitmentType.TYPE.name();
    }

    @Override
    public Class<Commitment> entityClass() {
        return CommitmentType.TYPE.entityClass();
    }

    @Override
    public String idOf(Commitment commitment) {
        return CommitmentType.TYPE.idOf(commitment);
    }

    @Override
    public List<Problem> check(Commitment commitment) {
        return CommitmentType.TYPE.check(commitment);
    }
}
