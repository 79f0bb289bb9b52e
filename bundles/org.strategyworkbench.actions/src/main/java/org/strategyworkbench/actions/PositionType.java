package org.strategyworkbench.actions;

import java.util.ArrayList;
import java.util.List;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * The position entity type, stored one file per ally (the partition is the ally's code). The
 * actions bundle registers it as a service. Stateless; safe to use from any thread.
 *
 * <p>{@link #check check} reports as errors: an ally that is not three capital letters, a missing
 * response, and an id other than {@link Position#idOf Position.idOf(ally, commitment)}.
 *
 * @since 1.0
 */
public class PositionType implements EntityType<Position> {

    /** The instance to read and edit entities of this type with. */
    public static final PositionType TYPE = new PositionType();
    /** The type's name. */
    public static final String NAME = "position";

    /** For the bundle's own service component; everyone else uses {@link #TYPE}. */
    protected PositionType() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Position> entityClass() {
        return Position.class;
    }

    @Override
    public String idOf(Position position) {
        return position.id();
    }

    @Override
    public String partitionOf(Position position) {
        return position.ally();
    }

    @Override
    public List<Problem> check(Position p) {
        List<Problem> problems = new ArrayList<>();
        if (p.ally() == null || !p.ally().matches("[A-Z]{3}")) {
            problems.add(Problem.error(NAME, p.id(), "ally", "must be an ally's alpha-3 code"));
        }
        if (p.response() == null) {
            problems.add(Problem.error(NAME, p.id(), "response", "is required"));
        }
        if (p.id() == null || !p.id().equals(Position.idOf(p.ally(), p.commitment()))) {
            problems.add(Problem.error(NAME, p.id(), "id", "must be ALLY:COMMITMENT"));
        }
        return problems;
    }
}
