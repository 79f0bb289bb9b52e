package org.strategyworkbench.sample.delegation.internal;

import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.problems.Validator;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * Checks national programmes against the rest of the workspace: the ally and every commitment a
 * programme names must exist (errors), and a programme past its end date is worth a look
 * (warning). Its findings appear in the Problems view and in {@code ./workbench validate}.
 */
@Component(service = Validator.class)
public final class ProgrammeValidator implements Validator {

    @Override
    public List<Problem> validate(WorkspaceSnapshot snapshot, ValidationContext context) {
        List<Problem> problems = new ArrayList<>();
        for (NationalProgramme p : snapshot.all(NationalProgrammeType.TYPE)) {
            if (snapshot.get(AllyType.TYPE, p.ally()).isEmpty()) {
                problems.add(Problem.error(NationalProgrammeType.NAME, p.id(), "ally", "names " + p.ally()
                        + ", which is not an ally of the workspace"));
            }
            for (String commitment : p.commitments()) {
                if (snapshot.get(CommitmentType.TYPE, commitment).isEmpty()) {
                    problems.add(Problem.error(NationalProgrammeType.NAME, p.id(), "commitments", "names " + commitment
                            + ", which is not a commitment of the strategy"));
                }
            }
            if (p.end() != null && p.end().isBefore(context.asOf())) {
                problems.add(Problem.warning(NationalProgrammeType.NAME, p.id(), "ended on " + p.end()
                        + ": record its results as actions, or extend it"));
            }
        }
        return problems;
    }
}
