package org.strategyworkbench.returns;

import java.util.ArrayList;
import java.util.List;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * The return-round entity type, registered by the returns bundle. Stateless; safe to use from
 * any thread. {@link #check check} requires a name of at most {@value #MAX_NAME} characters without
 * leading or trailing spaces, and the day it was issued.
 *
 * @since 1.0
 */
public class ReturnRoundType implements EntityType<ReturnRound> {

    /** The instance to read and edit entities of this type with. */
    public static final ReturnRoundType TYPE = new ReturnRoundType();
    /** The type's name. */
    public static final String NAME = "return-round";
    /** The longest round name accepted. */
    public static final int MAX_NAME = 60;

    /** For the bundle's own service component; everyone else uses {@link #TYPE}. */
    protected ReturnRoundType() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<ReturnRound> entityClass() {
        return ReturnRound.class;
    }

    @Override
    public String idOf(ReturnRound round) {
        return round.name();
    }

    @Override
    public List<Problem> check(ReturnRound r) {
        List<Problem> problems = new ArrayList<>();
        if (r.name() == null || r.name().isBlank() || r.name().length() > MAX_NAME || !r.name().equals(r.name().strip())) {
            problems.add(Problem.error(NAME, r.name(), "name", "is required: at most " + MAX_NAME
                    + " characters, without leading or trailing spaces"));
        }
        if (r.issued() == null) {
            problems.add(Problem.error(NAME, r.name(), "issued", "is required"));
        }
        return problems;
    }
}
