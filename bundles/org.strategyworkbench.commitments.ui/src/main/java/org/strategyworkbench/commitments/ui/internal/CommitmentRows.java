package org.strategyworkbench.commitments.ui.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Kinds;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.commitments.Strategy;
import org.strategyworkbench.commitments.StrategyType;
import org.strategyworkbench.commitments.Strength;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Change;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * What the commitment views show about each commitment, computed off the event thread from one
 * snapshot: strength, the stalling finding of the checks, its actions, its age.
 */
final class CommitmentRows {

    /** One commitment as the views show it. */
    record Row(Commitment commitment, String strength, String stalling, int actions, int actionsDone, long ageDays,
            long quietDays, Conversion conversion) {

        String id() {
            return commitment.id();
        }

        boolean isSoft() {
            return "soft".equals(strength);
        }

        boolean isStalling() {
            return !stalling.isEmpty();
        }
    }

    /** Where a soft commitment is on its way from words to deeds. */
    enum Conversion {
        UNDECIDED("Undecided"), DECIDED("Decided"), ACTING("Concrete action"), DONE("Done"), CLOSED("Closed on purpose");

        final String label;

        Conversion(String label) {
            this.label = label;
        }
    }

    private CommitmentRows() {
    }

    /** The rows of every commitment. */
    static List<Row> of(WorkspaceSnapshot snapshot, List<Problem> problems, List<AuditEntry> history, LocalDate today) {
        Map<String, String> stalling = new HashMap<>();
        for (Problem p : problems) {
            if (CommitmentType.NAME.equals(p.entityType()) && p.message().startsWith("stalling")) {
                stalling.putIfAbsent(p.entityId(), p.message().substring("stalling: ".length()));
            }
        }
        Map<String, int[]> actions = new HashMap<>();
        for (Action a : snapshot.all(ActionEntityType.TYPE)) {
            int[] counts = actions.computeIfAbsent(a.commitment(), k -> new int[2]);
            if (a.status() != ActionStatus.CANCELLED) {
                counts[0]++;
            }
            if (a.status() == ActionStatus.DONE) {
                counts[1]++;
            }
        }
        Map<String, LocalDate> added = firstAdded(history);
        Optional<LocalDate> endorsed = snapshot.all(StrategyType.TYPE).stream().map(Strategy::endorsed).filter(d -> d != null).findFirst();
        Map<String, Commitment> byId = snapshot.all(CommitmentType.TYPE).stream()
                .collect(Collectors.toMap(Commitment::id, c -> c, (a, b) -> a, TreeMap::new));
        return byId.values().stream().map(c -> {
            int[] counts = actions.getOrDefault(c.id(), new int[2]);
            LocalDate born = c.provenance() != null && c.provenance().origin() != Provenance.Origin.STAFF_RECORD && endorsed.isPresent()
                    ? endorsed.get() : added.getOrDefault(c.id(), c.updated() == null ? today : c.updated());
            long age = Math.max(0, ChronoUnit.DAYS.between(born, today));
            long quiet = c.updated() == null ? age : Math.max(0, ChronoUnit.DAYS.between(c.updated(), today));
            return new Row(c, strength(c), stalling.getOrDefault(c.id(), ""), counts[0], counts[1], age, quiet,
                    conversion(c, counts[0], byId));
        }).toList();
    }

    static String strength(Commitment c) {
        return Kinds.strengthOf(c.kind()).map(s -> s == Strength.SOFT ? "soft" : "concrete").orElse("unknown kind");
    }

    /** A commitment's place on the way: its stage, and whether it has led to concrete action. */
    static Conversion conversion(Commitment c, int actions, Map<String, Commitment> all) {
        return switch (c.stage()) {
            case DONE -> Conversion.DONE;
            case CLOSED -> Conversion.CLOSED;
            case IMPLEMENTING -> Conversion.ACTING;
            default -> {
                boolean concreteFollowUp = c.followUps().stream().map(all::get).anyMatch(f -> f != null
                        && Kinds.strengthOf(f.kind()).orElse(Strength.SOFT) == Strength.CONCRETE
                        && f.stage() != Stage.CLOSED);
                if (actions > 0 || concreteFollowUp) {
                    yield Conversion.ACTING;
                }
                yield c.stage() == Stage.DECIDED ? Conversion.DECIDED : Conversion.UNDECIDED;
            }
        };
    }

    /** When each commitment first appeared in the audit trail. */
    private static Map<String, LocalDate> firstAdded(List<AuditEntry> history) {
        Map<String, LocalDate> added = new HashMap<>();
        for (AuditEntry entry : history) {
            for (Change change : entry.changes()) {
                if (CommitmentType.NAME.equals(change.typeName()) && change.isAddition()) {
                    added.putIfAbsent(change.id(), entry.time().atZone(ZoneOffset.UTC).toLocalDate());
                }
            }
        }
        return added;
    }

    /** The id a new commitment gets: the strategy's prefix and the next free number. */
    static String nextId(WorkspaceSnapshot snapshot) {
        String prefix = "CSS-";
        int max = 0;
        for (String id : snapshot.ids(CommitmentType.NAME)) {
            int dash = id.lastIndexOf('-');
            if (dash > 0) {
                prefix = id.substring(0, dash + 1);
                try {
                    max = Math.max(max, Integer.parseInt(id.substring(dash + 1)));
                } catch (NumberFormatException ignored) {
                    // not a numbered id
                }
            }
        }
        return prefix + String.format("%02d", max + 1);
    }
}
