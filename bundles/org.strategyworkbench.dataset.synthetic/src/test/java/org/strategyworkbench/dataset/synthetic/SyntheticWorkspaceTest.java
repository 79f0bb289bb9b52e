package org.strategyworkbench.dataset.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.store.PartitionKey;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.milestones.Milestone;
import org.strategyworkbench.milestones.MilestoneType;

class SyntheticWorkspaceTest {

    private static final SyntheticSize SMALL = new SyntheticSize(50, 40, 2_000, 300, 7);
    private final SyntheticWorkspace small = SyntheticWorkspace.generate(SMALL);

    @Test
    void hasTheRequestedSize() {
        assertEquals(50, small.commitments().size());
        assertEquals(40, small.allies().size());
        assertEquals(2_000, small.actions().size());
        assertEquals(300, small.milestones().size());
    }

    @Test
    void theSameSizeAndSeedGiveTheSameWorkspaceAndAnotherSeedAnother() {
        SyntheticWorkspace again = SyntheticWorkspace.generate(SMALL);
        assertEquals(small.commitments(), again.commitments());
        assertEquals(small.allies(), again.allies());
        assertEquals(small.actions(), again.actions());
        assertEquals(small.milestones(), again.milestones());
        SyntheticWorkspace other = SyntheticWorkspace.generate(new SyntheticSize(50, 40, 2_000, 300, 8));
        assertNotEquals(small.actions(), other.actions());
    }

    @Test
    void everyEntityPassesItsTypesChecks() {
        small.commitments().forEach(c -> assertEquals(List.of(), CommitmentType.TYPE.check(c), c.id()));
        small.allies().forEach(a -> assertEquals(List.of(), AllyType.TYPE.check(a), a.code()));
        small.actions().forEach(a -> assertEquals(List.of(), ActionEntityType.TYPE.check(a), a.id()));
        small.milestones().forEach(m -> assertEquals(List.of(), MilestoneType.TYPE.check(m), m.id()));
    }

    @Test
    void nothingCanBeMistakenForRealData() {
        small.commitments().forEach(c -> assertTrue(c.title().startsWith("Synthetic"), c.title()));
        small.milestones().forEach(m -> assertTrue(m.title().startsWith("Synthetic"), m.title()));
        for (Action a : small.actions()) {
            assertTrue(a.example(), a.id());
            assertTrue(a.title().startsWith("Synthetic"), a.title());
        }
        List<Ally> beyondNato = small.allies().subList(32, 40);
        beyondNato.forEach(a -> assertTrue(a.code().startsWith("X") && a.name().startsWith("Synthetic"), a.toString()));
        assertEquals("BEL", small.allies().get(0).code());
    }

    @Test
    void everyReferenceNamesAnEntityOfTheWorkspace() {
        Set<String> commitments = small.commitments().stream().map(Commitment::id).collect(Collectors.toSet());
        Set<String> allies = small.allies().stream().map(Ally::code).collect(Collectors.toSet());
        Set<String> milestones = small.milestones().stream().map(Milestone::id).collect(Collectors.toSet());
        small.actions().forEach(a -> assertTrue(allies.contains(a.ally()) && commitments.contains(a.commitment()), a.id()));
        small.commitments().forEach(c -> assertTrue(commitments.containsAll(c.followUps()), c.id()));
        small.milestones().forEach(m -> assertTrue(commitments.contains(m.commitment())
                && milestones.containsAll(m.dependsOn()), m.id()));
        assertEquals(small.actions().size(), small.actions().stream().map(Action::id).distinct().count());
    }

    @Test
    void theSnapshotHoldsEveryEntityInOnePartitionPerAllyWithActions() {
        WorkspaceSnapshot snapshot = small.snapshot();
        assertEquals(2_000, snapshot.count(ActionEntityType.NAME));
        assertEquals(300, snapshot.count(MilestoneType.NAME));
        Set<PartitionKey> partitions = small.partitions();
        Set<String> actingAllies = small.actions().stream().map(Action::ally).collect(Collectors.toSet());
        assertEquals(3 + actingAllies.size(), partitions.size());
        assertEquals(actingAllies, snapshot.partitions(ActionEntityType.NAME));
    }

    @Test
    void theEditPutsEveryEntity() {
        assertEquals(50 + 40 + 2_000 + 300, small.edit().operations().size());
    }

    @Test
    void theScaleSizeIsTheOneThePerformanceGoalsAreSetFor() {
        SyntheticWorkspace scale = SyntheticWorkspace.generate(SyntheticSize.SCALE);
        assertEquals(160_000, scale.actions().size());
        assertEquals(32, scale.actions().stream().map(Action::ally).distinct().count());
        assertEquals(20_000, scale.milestones().size());
        assertEquals(5_000, scale.commitments().size());
    }

    @Test
    void impossibleSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SyntheticSize(0, 32, 10, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticSize(10, SyntheticSize.MAX_ALLIES + 1, 10, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticSize(10, 32, -1, 10, 1));
    }
}
