package org.strategyworkbench.dataset.synthetic;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.core.store.PartitionKey;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.SnapshotBuilder;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.dataset.synthetic.internal.Actions;
import org.strategyworkbench.dataset.synthetic.internal.Allies;
import org.strategyworkbench.dataset.synthetic.internal.Commitments;
import org.strategyworkbench.dataset.synthetic.internal.Draw;
import org.strategyworkbench.dataset.synthetic.internal.Milestones;
import org.strategyworkbench.milestones.Milestone;
import org.strategyworkbench.milestones.MilestoneType;

/**
 * A generated workspace: every entity passes its type's checks, every reference (ally,
 * commitment, follow-up, milestone dependency) names an entity of the workspace, and nothing can
 * be mistaken for real data (see the package description). Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class SyntheticWorkspace {

    private final SyntheticSize size;
    private final List<Commitment> commitments;
    private final List<Ally> allies;
    private final List<Action> actions;
    private final List<Milestone> milestones;

    private SyntheticWorkspace(SyntheticSize size) {
        this.size = size;
        String source = "synthetic data set, seed " + size.seed();
        Provenance provenance = new Provenance(Provenance.Origin.STAFF_RECORD, source, "");
        this.allies = List.copyOf(Allies.generate(size.allies(), new Draw(size.seed(), 1)));
        this.commitments = List.copyOf(Commitments.generate(size.commitments(), provenance, new Draw(size.seed(), 2)));
        this.actions = List.copyOf(Actions.generate(size.actions(), allies, commitments, source, new Draw(size.seed(), 3)));
        this.milestones = List.copyOf(Milestones.generate(size.milestones(), commitments, provenance,
                new Draw(size.seed(), 4)));
    }

    /**
     * Generates the workspace of this size and seed; the same arguments always give an equal
     * workspace. Takes time and memory in proportion to the size: {@link SyntheticSize#SCALE}
     * makes close to 200,000 entities.
     *
     * @param size how many entities of each kind, and the seed
     * @return the generated workspace
     */
    public static SyntheticWorkspace generate(SyntheticSize size) {
        return new SyntheticWorkspace(size);
    }

    /**
     * The size and seed the workspace was generated from.
     *
     * @return the size given to {@link #generate}
     */
    public SyntheticSize size() {
        return size;
    }

    /**
     * The generated commitments, with ids {@code SYN-0001} and up (wider numbers for more than
     * 9,999).
     *
     * @return as many commitments as the size says, unmodifiable
     */
    public List<Commitment> commitments() {
        return commitments;
    }

    /**
     * The generated allies: NATO allies first (up to 32), then ones with user-assigned codes.
     *
     * @return as many allies as the size says, unmodifiable
     */
    public List<Ally> allies() {
        return allies;
    }

    /**
     * The generated actions, each of an ally and a commitment of this workspace, marked as
     * examples.
     *
     * @return as many actions as the size says, unmodifiable; empty for a size without actions
     */
    public List<Action> actions() {
        return actions;
    }

    /**
     * The generated milestones, each towards a commitment of this workspace.
     *
     * @return as many milestones as the size says, unmodifiable; empty for a size without
     *         milestones
     */
    public List<Milestone> milestones() {
        return milestones;
    }

    /**
     * Everything as one edit, recorded as one entry of the audit trail with every entity in it:
     * meant for small sizes. A large workspace is better written with {@link #writeTo}.
     *
     * @return an edit that puts every ally, commitment, action and milestone
     */
    public Edit edit() {
        Edit.Builder edit = Edit.named("Create a synthetic workspace (seed " + size.seed() + ")")
                .source("synthetic data set " + size);
        allies.forEach(a -> edit.put(AllyType.TYPE, a));
        commitments.forEach(c -> edit.put(CommitmentType.TYPE, c));
        actions.forEach(a -> edit.put(ActionEntityType.TYPE, a));
        milestones.forEach(m -> edit.put(MilestoneType.TYPE, m));
        return edit.build();
    }

    /**
     * The workspace as a snapshot at revision 0, for tests of checks, sheets and views.
     *
     * @return a new immutable snapshot of every generated entity
     */
    public WorkspaceSnapshot snapshot() {
        return new SnapshotBuilder().add(AllyType.TYPE, allies.toArray(Ally[]::new))
                .add(CommitmentType.TYPE, commitments.toArray(Commitment[]::new))
                .add(ActionEntityType.TYPE, actions.toArray(Action[]::new))
                .add(MilestoneType.TYPE, milestones.toArray(Milestone[]::new)).build();
    }

    /**
     * Every partition (stored file) of the workspace: one per type, and one per ally with actions.
     *
     * @return the allies' and the commitments' partitions, one actions partition per ally with
     *         actions, and the milestones' partition when there are milestones
     */
    public Set<PartitionKey> partitions() {
        Set<PartitionKey> keys = new LinkedHashSet<>();
        keys.add(new PartitionKey(AllyType.NAME, ""));
        keys.add(new PartitionKey(CommitmentType.NAME, ""));
        actions.forEach(a -> keys.add(new PartitionKey(ActionEntityType.NAME, ActionEntityType.TYPE.partitionOf(a))));
        if (!milestones.isEmpty()) {
            keys.add(new PartitionKey(MilestoneType.NAME, ""));
        }
        return keys;
    }

    /**
     * Writes every entity file of the workspace through an open store session, as one save with
     * one audit entry (revision 1, which lists no changes: the history of a generated workspace
     * starts with it as a whole). A workspace opened on the folder afterwards holds exactly this one.
     *
     * @param session a session of a new, empty workspace folder, opened by a
     *        {@link org.strategyworkbench.core.store.WorkspaceStore}; not closed
     * @throws IOException when the store cannot write the files
     */
    public void writeTo(StoreSession session) throws IOException {
        session.save(snapshot(), partitions(), new AuditEntry(1, "synthetic", java.time.Instant.EPOCH.plusSeconds(
                1_750_000_000L + size.seed()), AuditEntry.Kind.EDIT, "Generate a synthetic workspace (seed " + size.seed()
                + ")", "", List.of()));
    }
}
