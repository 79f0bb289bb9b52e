package org.strategyworkbench.store.json.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Confidence;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.core.store.TypeLookup;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * The workspace of the crash test. It keeps a counter: revision {@code n} holds "revision n" in
 * its one commitment and in the counter action of ally {@code n % 4}, so every edit rewrites two
 * files (the commitment file and one ally's action file). Each ally also has filler actions that
 * never change, so that every save writes files of some size. The whole state at every revision
 * is known, so a loaded workspace is compared with it entity by entity.
 */
final class CrashWorkspace {

    static final List<String> ALLIES = List.of("DNK", "EST", "NOR", "POL");
    static final List<EntityType<?>> TYPES = List.of(CommitmentType.TYPE, ActionEntityType.TYPE);
    static final TypeLookup LOOKUP = name -> TYPES.stream().filter(t -> t.name().equals(name))
            .<EntityType<?>>map(t -> t).findFirst();

    private static final int FILLER = 150;
    private static final String COMMITMENT = "CRASH-1";
    private static final String PREFIX = "revision ";
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
    private static final LastChange CHANGE = new LastChange("crash test", Instant.parse("2026-01-01T00:00:00Z"));

    private CrashWorkspace() {
    }

    /** The edit that creates revision 0. */
    static Edit seed() {
        Edit.Builder edit = Edit.named("Create the crash-test workspace").put(CommitmentType.TYPE, commitment(0));
        actions(0).forEach(a -> edit.put(ActionEntityType.TYPE, a));
        return edit.build();
    }

    /** The edit that turns revision {@code n - 1} into revision {@code n}. */
    static Edit edit(long n) {
        String ally = ALLIES.get((int) (n % ALLIES.size()));
        return Edit.named("Count to " + n).put(CommitmentType.TYPE, commitment(n))
                .put(ActionEntityType.TYPE, counter(ally, n)).build();
    }

    /** The revision a workspace holds, read from its commitment. */
    static long revision(WorkspaceSnapshot snapshot) {
        return snapshot.get(CommitmentType.TYPE, COMMITMENT).map(CrashWorkspace::revision)
                .orElseThrow(() -> new AssertionError("the workspace has no commitment " + COMMITMENT));
    }

    static long revision(Commitment commitment) {
        return Long.parseLong(commitment.summary().substring(PREFIX.length()));
    }

    /** Whether the snapshot holds exactly the state of revision {@code n}. */
    static Optional<String> differenceFrom(WorkspaceSnapshot snapshot, long n) {
        if (!snapshot.all(CommitmentType.TYPE).equals(List.of(commitment(n)))) {
            return Optional.of("commitments " + snapshot.all(CommitmentType.TYPE));
        }
        List<Action> actual = snapshot.all(ActionEntityType.TYPE);
        List<Action> expected = actions(n);
        for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
            Action a = i < actual.size() ? actual.get(i) : null;
            Action e = i < expected.size() ? expected.get(i) : null;
            if (a == null || !a.equals(e)) {
                return Optional.of("action " + i + " is " + a + ", expected " + e);
            }
        }
        return Optional.empty();
    }

    /** Every action of revision {@code n}, sorted by id. */
    private static List<Action> actions(long n) {
        TreeMap<String, Action> all = new TreeMap<>();
        for (int i = 0; i < ALLIES.size(); i++) {
            String ally = ALLIES.get(i);
            long last = n - Math.floorMod(n - i, ALLIES.size());
            Action counter = counter(ally, last < 1 ? 0 : last);
            all.put(counter.id(), counter);
            for (int k = 1; k <= FILLER; k++) {
                Action filler = action(ally, String.format("%s-%04d", ally, k), "Synthetic filler action " + k + " of "
                        + ally + ", unchanged by every save, so that each save writes a file of realistic size");
                all.put(filler.id(), filler);
            }
        }
        return new ArrayList<>(all.values());
    }

    private static Commitment commitment(long n) {
        return new Commitment(COMMITMENT, "Synthetic crash-test commitment", PREFIX + n, "explore", "Synthetic owner",
                "Synthetic objective", new Provenance(Provenance.Origin.STAFF_RECORD, "crash test", ""),
                Stage.EXPLORING, "", null, null, List.of(), Confidence.NOT_ASSESSED, "", DAY);
    }

    private static Action counter(String ally, long n) {
        return action(ally, ally + "-0000", "Synthetic counter at " + PREFIX + n);
    }

    private static Action action(String ally, String id, String title) {
        return new Action(id, ally, COMMITMENT, ActionType.OTHER, ActionStatus.IN_PROGRESS, title, DAY, null, null, "",
                "", "crash test", "", true, CHANGE);
    }
}
