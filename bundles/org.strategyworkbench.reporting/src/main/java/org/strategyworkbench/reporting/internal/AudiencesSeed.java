package org.strategyworkbench.reporting.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.WorkspaceSeed;
import org.strategyworkbench.reporting.Audience;
import org.strategyworkbench.reporting.AudienceType;

/**
 * Gives a new workspace two audiences to start from: "public" sees only unmarked records,
 * "staff" sees every record. Staff edit them, or add others, like any entity.
 */
@Component
public final class AudiencesSeed implements WorkspaceSeed {

    @Override
    public Edit edit() {
        return Edit.named("Add the default report audiences")
                .put(AudienceType.TYPE, new Audience("public", List.of(""), "PUBLIC RELEASE"))
                .put(AudienceType.TYPE, new Audience("staff", List.of("*"), "STAFF USE ONLY"))
                .build();
    }
}
