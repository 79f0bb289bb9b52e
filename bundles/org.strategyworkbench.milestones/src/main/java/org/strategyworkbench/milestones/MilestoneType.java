package org.strategyworkbench.milestones;

import java.util.ArrayList;
import java.util.List;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * The milestone entity type; the milestones bundle registers it as a service. Stateless; safe to
 * use from any thread.
 *
 * <p>Milestones are kept in one file. {@link #check check} reports as errors: a missing title or
 * provenance, a milestone without any date, a precision other than {@code "day"} or
 * {@code "month"}, and a milestone that depends on itself.
 *
 * @since 1.0
 */
public class MilestoneType implements EntityType<Milestone> {

    /** The instance to read and edit entities of this type with. */
    public static final MilestoneType TYPE = new MilestoneType();
    /** The type's name. */
    public static final String NAME = "milestone";

    /** For the bundle's own service component; everyone else uses {@link #TYPE}. */
    protected MilestoneType() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Milestone> entityClass() {
        return Milestone.class;
    }

    @Override
    public String idOf(Milestone milestone) {
        return milestone.id();
    }

    @Override
    public List<Problem> check(Milestone m) {
        List<Problem> problems = new ArrayList<>();
        if (m.title() == null || m.title().isBlank()) {
            problems.add(Problem.error(NAME, m.id(), "title", "is required"));
        }
        if (m.baseline() == null && m.forecast() == null && m.actual() == null) {
            problems.add(Problem.error(NAME, m.id(), "baseline", "a milestone needs at least one date"));
        }
        if (!m.precision().equals("day") && !m.precision().equals("month")) {
            problems.add(Problem.error(NAME, m.id(), "precision", "must be day or month"));
        }
        if (m.dependsOn().contains(m.id())) {
            problems.add(Problem.error(NAME, m.id(), "dependsOn", "a milestone cannot depend on itself"));
        }
        if (m.provenance() == null) {
            problems.add(Problem.error(NAME, m.id(), "provenance", "is required"));
        }
        return problems;
    }
}
