package org.strategyworkbench.dataset.nato.css.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.commitments.Strength;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.milestones.MilestoneType;

class DatasetTest {

    private final Dataset data = Dataset.load();

    @Test
    void holdsTheStrategyItsCommitmentsTheAlliesAndTheTimeline() {
        assertEquals("NATO Commercial Space Strategy", data.strategy().name());
        assertEquals(19, data.commitments().size());
        assertEquals(32, data.allies().size());
        assertEquals(16, data.milestones().size());
    }

    @Test
    void everyEntityPassesItsTypesChecks() {
        data.commitments().forEach(c -> assertEquals(List.of(), CommitmentType.TYPE.check(c), c.id()));
        data.allies().forEach(a -> assertEquals(List.of(), AllyType.TYPE.check(a), a.code()));
        data.milestones().forEach(m -> assertEquals(List.of(), MilestoneType.TYPE.check(m), m.id()));
    }

    @Test
    void provenanceStaysVisibleAndOnlyParagraphTwoIsCitedFromTheOfficialText() {
        for (Commitment c : data.commitments()) {
            assertTrue(!c.provenance().source().isBlank(), c.id());
            if (c.provenance().origin() == Provenance.Origin.OFFICIAL_TEXT) {
                assertEquals("para 2", c.provenance().location(), c.id());
            } else {
                assertEquals("", c.provenance().location(), c.id() + ": no paragraph numbers are known");
            }
        }
        Set<Provenance.Origin> origins = data.commitments().stream().map(c -> c.provenance().origin()).collect(Collectors.toSet());
        assertEquals(Set.of(Provenance.Origin.OFFICIAL_TEXT, Provenance.Origin.ANALYSIS_ARTICLE, Provenance.Origin.PRESS_REPORT), origins);
    }

    @Test
    void strengthFollowsTheKind() {
        Commitment explore = data.commitments().stream().filter(c -> c.id().equals("CSS-06")).findFirst().orElseThrow();
        assertEquals(java.util.Optional.of(Strength.SOFT), explore.strength());
        Commitment establish = data.commitments().stream().filter(c -> c.id().equals("CSS-01")).findFirst().orElseThrow();
        assertEquals(java.util.Optional.of(Strength.CONCRETE), establish.strength());
    }

    @Test
    void theSeedPutsEverythingInOneEdit() {
        Edit edit = new NatoCommercialSpaceSeed().edit();
        assertEquals(1 + 19 + 32 + 16, edit.operations().size());
        assertTrue(edit.source().orElseThrow().contains("embedded dataset"));
    }
}
