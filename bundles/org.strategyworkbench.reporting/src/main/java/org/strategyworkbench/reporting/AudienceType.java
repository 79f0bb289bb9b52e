package org.strategyworkbench.reporting;

import java.util.ArrayList;
import java.util.List;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * The audience entity type, registered by the reporting bundle. Stateless; safe to use from any
 * thread. A new workspace has two audiences: {@code public} (unmarked records only) and
 * {@code staff} (every marking). {@link #check check} requires a name of lower-case letters, digits
 * and hyphens, and at least one marking.
 *
 * @since 1.0
 */
public class AudienceType implements EntityType<Audience> {

    /** The instance to read and edit entities of this type with. */
    public static final AudienceType TYPE = new AudienceType();
    /** The type's name. */
    public static final String NAME = "audience";

    /** For the bundle's own service component; everyone else uses {@link #TYPE}. */
    protected AudienceType() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Audience> entityClass() {
        return Audience.class;
    }

    @Override
    public String idOf(Audience audience) {
        return audience.name();
    }

    @Override
    public List<Problem> check(Audience a) {
        List<Problem> problems = new ArrayList<>();
        if (a.name() == null || !a.name().matches("[a-z0-9][a-z0-9-]*")) {
            problems.add(Problem.error(NAME, a.name(), "name", "must be lower-case letters, digits and hyphens"));
        }
        if (a.markings().isEmpty()) {
            problems.add(Problem.error(NAME, a.name(), "markings", "name at least one marking (\"\" for unmarked records)"));
        }
        return problems;
    }
}
