package org.strategyworkbench.milestones.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NewMilestoneCommandTest {

    @Test
    void newMilestonesAreNumberedApartFromTheDatedTimelineEvents() {
        assertEquals("M-01", NewMilestoneCommand.nextId(Set.of("TL-2019-06-27", "TL-2025-06-25")));
        assertEquals("M-08", NewMilestoneCommand.nextId(Set.of("TL-2019-06-27", "M-07", "M-3")));
    }
}
