package org.strategyworkbench.reporting.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.reporting.Audience;
import org.strategyworkbench.reporting.AudienceType;

/** Registers the audience type with the workspace. */
@Component(service = EntityType.class)
public final class AudienceTypeService implements EntityType<Audience> {

    @Override
    public String name() {
        return AudienceType.TYPE.name();
    }

    @Override
    public Class<Audience> entityClass() {
        return AudienceType.TYPE.entityClass();
    }

    @Override
    public String idOf(Audience audience) {
        return AudienceType.TYPE.idOf(audience);
    }

    @Override
    public List<Problem> check(Audience audience) {
        return AudienceType.TYPE.check(audience);
    }
}
