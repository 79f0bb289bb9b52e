package org.strategyworkbench.actions.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.Position;
import org.strategyworkbench.actions.PositionType;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.problems.Validator;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * Checks actions and positions against the rest of the workspace: they must name a known ally
 * and commitment; a done action needs evidence; an ally cannot both act on a commitment and call
 * it not applicable.
 */
@Component
public final class ActionChecks implements Validator {

    @Override
    public List<Problem> validate(WorkspaceSnapshot snapshot, ValidationContext context) {
        List<Problem> problems = new ArrayList<>();
        Set<String> acting = new HashSet<>();
        for (Action a : snapshot.all(ActionEntityType.TYPE)) {
            references(snapshot, ActionEntityType.NAME, a.id(), a.ally(), a.commitment(), problems);
            if (a.status() == ActionStatus.DONE && a.evidence().isBlank()) {
                problems.add(Problem.warning(ActionEntityType.NAME, a.id(), "marked done without evidence"));
            }
            acting.add(Position.idOf(a.ally(), a.commitment()));
        }
        for (Position p : snapshot.all(PositionType.TYPE)) {
            references(snapshot, PositionType.NAME, p.id(), p.ally(), p.commitment(), problems);
            if (acting.contains(p.id())) {
                problems.add(Problem.warning(PositionType.NAME, p.id(), "declared " + p.response()
                        + " but the ally has actions on " + p.commitment()));
            }
        }
        return problems;
    }

    private static void references(WorkspaceSnapshot snapshot, String type, String id, String ally, String commitment,
            List<Problem> problems) {
        if (snapshot.get(AllyType.TYPE, ally).isEmpty()) {
            problems.add(Problem.error(type, id, "ally", "unknown ally " + ally));
        }
        if (snapshot.get(CommitmentType.TYPE, commitment).isEmpty()) {
            problems.add(Problem.error(type, id, "commitment", "unknown commitment " + commitment));
        }
    }
}
