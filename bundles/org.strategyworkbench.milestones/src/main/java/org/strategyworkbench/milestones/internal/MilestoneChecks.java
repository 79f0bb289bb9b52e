package org.strategyworkbench.milestones.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.problems.Validator;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.milestones.Milestone;
import org.strategyworkbench.milestones.MilestoneStatus;
import org.strategyworkbench.milestones.MilestoneType;

/**
 * A milestone past its forecast without an actual date is late; references to unknown
 * commitments or milestones, dependency cycles and actual dates in the future are errors.
 */
@Component
public final class MilestoneChecks implements Validator {

    private static final String TYPE = MilestoneType.NAME;

    @Override
    public List<Problem> validate(WorkspaceSnapshot snapshot, ValidationContext context) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Milestone> byId = snapshot.all(MilestoneType.TYPE).stream()
                .collect(Collectors.toMap(Milestone::id, Function.identity()));
        for (Milestone m : byId.values()) {
            if (m.status(context.asOf()) == MilestoneStatus.LATE) {
                problems.add(Problem.warning(TYPE, m.id(), "late: expected " + m.expected().orElseThrow()
                        + " and not reached"));
            }
            if (m.actual() != null && m.actual().isAfter(context.asOf())) {
                problems.add(Problem.error(TYPE, m.id(), "actual", "is in the future (" + m.actual() + ")"));
            }
            if (!m.commitment().isEmpty() && snapshot.get(CommitmentType.TYPE, m.commitment()).isEmpty()) {
                problems.add(Problem.error(TYPE, m.id(), "commitment", "unknown commitment " + m.commitment()));
            }
            for (String dependency : m.dependsOn()) {
                if (!byId.containsKey(dependency)) {
                    problems.add(Problem.error(TYPE, m.id(), "dependsOn", "unknown milestone " + dependency));
                }
            }
            if (inCycle(m.id(), byId)) {
                problems.add(Problem.error(TYPE, m.id(), "dependsOn", "depends on itself through other milestones"));
            }
        }
        return problems;
    }

    private static boolean inCycle(String start, Map<String, Milestone> byId) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(byId.get(start).dependsOn());
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (id.equals(start)) {
                return true;
            }
            Milestone m = byId.get(id);
            if (m != null && seen.add(id)) {
                todo.addAll(m.dependsOn());
            }
        }
        return false;
    }
}
