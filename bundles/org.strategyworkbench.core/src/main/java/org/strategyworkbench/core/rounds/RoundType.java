package org.strategyworkbench.core.rounds;

import java.util.ArrayList;
import java.util.List;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * The round entity type, registered by the core bundle. Stateless; safe to use from any thread.
 * {@link #check check} requires a name of at most 80 characters and a date, and a revision that
 * is not negative.
 *
 * @since 1.0
 */
public class RoundType implements EntityType<Round> {

    /** The instance to read and edit entities of this type with. */
    public static final RoundType TYPE = new RoundType();
    /** The type's name. */
    public static final String NAME = "round";

    /** For the bundle's own service component; everyone else uses {@link #TYPE}. */
    protected RoundType() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Round> entityClass() {
        return Round.class;
    }

    @Override
    public String idOf(Round round) {
        return round.name();
    }

    @Override
    public List<Problem> check(Round r) {
        List<Problem> problems = new ArrayList<>();
        if (r.name() == null || r.name().isBlank() || r.name().length() > 80) {
            problems.add(Problem.error(NAME, r.name(), "name", "is required, at most 80 characters"));
        }
        if (r.date() == null) {
            problems.add(Problem.error(NAME, r.name(), "date", "is required"));
        }
        if (r.revision() < 0) {
            problems.add(Problem.error(NAME, r.name(), "revision", "cannot be negative"));
        }
        return problems;
    }
}
