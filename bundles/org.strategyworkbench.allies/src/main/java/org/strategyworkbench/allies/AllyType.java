package org.strategyworkbench.allies;

import java.util.ArrayList;
import java.util.List;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * The ally entity type; the allies bundle registers it as a service. Stateless; safe to use from
 * any thread.
 *
 * <p>Allies are kept in one file. {@link #check check} reports as errors: a code that is not three
 * capital letters, a missing name, an accession year before 1949 and an accession date outside the
 * accession year.
 *
 * @since 1.0
 */
public class AllyType implements EntityType<Ally> {

    /** The instance to read and edit entities of this type with. */
    public static final AllyType TYPE = new AllyType();
    /** The type's name. */
    public static final String NAME = "ally";

    /** For the bundle's own service component; everyone else uses {@link #TYPE}. */
    protected AllyType() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Ally> entityClass() {
        return Ally.class;
    }

    @Override
    public String idOf(Ally ally) {
        return ally.code();
    }

    @Override
    public List<Problem> check(Ally ally) {
        List<Problem> problems = new ArrayList<>();
        if (ally.code() == null || !ally.code().matches("[A-Z]{3}")) {
            problems.add(Problem.error(NAME, ally.code(), "code", "must be an ISO 3166 alpha-3 code such as NOR"));
        }
        if (ally.name() == null || ally.name().isBlank()) {
            problems.add(Problem.error(NAME, ally.code(), "name", "is required"));
        }
        if (ally.accessionYear() < 1949) {
            problems.add(Problem.error(NAME, ally.code(), "accessionYear", "must be 1949 or later"));
        }
        if (ally.accessionDate() != null && ally.accessionDate().getYear() != ally.accessionYear()) {
            problems.add(Problem.error(NAME, ally.code(), "accessionDate", "is not in the accession year"));
        }
        return problems;
    }
}
