package org.strategyworkbench.returns;

import java.util.ArrayList;
import java.util.List;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * The submission entity type, stored one file per ally; registered by the returns bundle.
 * Stateless; safe to use from any thread. {@link #check check} requires the ally to be three
 * capital letters, the proposed action to have the submission's id and ally, the base action
 * (when there is one) the same id, and the proposed action to pass {@link ActionEntityType}'s
 * check.
 *
 * @since 1.0
 */
public class SubmissionType implements EntityType<Submission> {

    /** The instance to read and edit entities of this type with. */
    public static final SubmissionType TYPE = new SubmissionType();
    /** The type's name. */
    public static final String NAME = "submission";

    /** For the bundle's own service component; everyone else uses {@link #TYPE}. */
    protected SubmissionType() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Submission> entityClass() {
        return Submission.class;
    }

    @Override
    public String idOf(Submission submission) {
        return submission.id();
    }

    @Override
    public String partitionOf(Submission submission) {
        return submission.ally();
    }

    @Override
    public List<Problem> check(Submission s) {
        List<Problem> problems = new ArrayList<>();
        if (s.ally() == null || !s.ally().matches("[A-Z]{3}")) {
            problems.add(Problem.error(NAME, s.id(), "ally", "must be an ally's alpha-3 code"));
        }
        if (!s.id().equals(s.proposed().id()) || !s.ally().equals(s.proposed().ally())) {
            problems.add(Problem.error(NAME, s.id(), "proposed", "must be an action of the same id and ally"));
        }
        if (s.base() != null && !s.base().id().equals(s.id())) {
            problems.add(Problem.error(NAME, s.id(), "base", "must be the action of the same id"));
        }
        for (Problem p : ActionEntityType.TYPE.check(s.proposed())) {
            problems.add(Problem.error(NAME, s.id(), "proposed." + p.field(), p.message()));
        }
        return problems;
    }
}
