package org.strategyworkbench.reporting.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.PositionType;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Kinds;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.commitments.Strength;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.rounds.Difference;
import org.strategyworkbench.core.rounds.Round;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.milestones.Milestone;
import org.strategyworkbench.milestones.MilestoneStatus;
import org.strategyworkbench.milestones.MilestoneType;

/** What the dashboard shows, computed from one snapshot off the event thread. */
record DashboardData(int commitments, int soft, int softUndecided, int stalling, int lateMilestones, int actions, int alliesReporting,
        int allies, Map<Stage, Integer> byStage, int softCount, int concreteCount, Map<ActionStatus, Integer> byActionStatus,
        Map<MilestoneStatus, Integer> byMilestoneStatus, List<Item> late, List<Item> stalls, Optional<Round> round,
        List<Item> changes) {

    /** A line of a list: what it is about, and its text. */
    record Item(String type, String id, String text) {
    }

    static DashboardData of(WorkspaceSnapshot snapshot, List<Problem> problems, LocalDate today, Optional<Round> round,
            List<Difference> differences) {
        List<Commitment> commitments = snapshot.all(CommitmentType.TYPE);
        Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            byStage.put(s, 0);
        }
        int soft = 0;
        int softUndecided = 0;
        for (Commitment c : commitments) {
            byStage.merge(c.stage(), 1, Integer::sum);
            if (Kinds.strengthOf(c.kind()).orElse(Strength.CONCRETE) == Strength.SOFT) {
                soft++;
                if (c.stage().isUndecided()) {
                    softUndecided++;
                }
            }
        }
        Map<ActionStatus, Integer> byActionStatus = new EnumMap<>(ActionStatus.class);
        for (ActionStatus s : ActionStatus.values()) {
            byActionStatus.put(s, 0);
        }
        List<Action> actions = snapshot.all(ActionEntityType.TYPE);
        actions.forEach(a -> byActionStatus.merge(a.status(), 1, Integer::sum));
        Set<String> reporting = actions.stream().map(Action::ally).collect(Collectors.toSet());
        snapshot.all(PositionType.TYPE).forEach(p -> reporting.add(p.ally()));
        Map<MilestoneStatus, Integer> byMilestone = new EnumMap<>(MilestoneStatus.class);
        for (MilestoneStatus s : MilestoneStatus.values()) {
            byMilestone.put(s, 0);
        }
        List<Item> late = new ArrayList<>();
        for (Milestone m : snapshot.all(MilestoneType.TYPE)) {
            MilestoneStatus status = m.status(today);
            byMilestone.merge(status, 1, Integer::sum);
            if (status == MilestoneStatus.LATE) {
                late.add(new Item(MilestoneType.NAME, m.id(), m.id() + "  " + m.title() + " — expected " + m.expected().map(Object::toString).orElse("?")));
            }
        }
        List<Item> stalls = new ArrayList<>();
        for (Problem p : problems) {
            if (CommitmentType.NAME.equals(p.entityType()) && p.message().startsWith("overdue")) {
                late.add(new Item(CommitmentType.NAME, p.entityId(), p.entityId() + "  " + p.message()));
            }
            if (CommitmentType.NAME.equals(p.entityType()) && p.message().startsWith("stalling")) {
                String title = snapshot.get(CommitmentType.TYPE, p.entityId()).map(Commitment::title).orElse("");
                stalls.add(new Item(CommitmentType.NAME, p.entityId(), p.entityId() + "  " + title + " — " + p.message().substring(10)));
            }
        }
        List<Item> changes = differences.stream().map(d -> new Item(d.typeName(), d.id(), d.typeName() + " " + d.id() + " "
                + d.kind().name().toLowerCase(java.util.Locale.ROOT) + (d.changedFields().isEmpty() ? "" : ": " + String.join(", ", d.changedFields()))))
                .toList();
        return new DashboardData(commitments.size(), soft, softUndecided, stalls.size(), byMilestone.get(MilestoneStatus.LATE),
                actions.size(), reporting.size(), snapshot.count(AllyType.NAME), byStage, soft, commitments.size() - soft,
                byActionStatus, byMilestone, late, stalls, round, changes);
    }
}
