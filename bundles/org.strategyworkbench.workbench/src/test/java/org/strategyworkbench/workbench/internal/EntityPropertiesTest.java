package org.strategyworkbench.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityPropertiesTest {

    enum Stage { IN_PROGRESS }

    record Source(String origin, String location) {
    }

    record Sample(String id, LocalDate decisionDate, Optional<String> owner, List<String> followUps, Stage stage, Source source) {
    }

    @Test
    void everyFieldOfARecordIsListedInOrderWithReadableNamesAndValues() {
        Sample sample = new Sample("CSS-07", LocalDate.of(2026, 3, 1), Optional.empty(), List.of("CSS-08", "CSS-09"),
                Stage.IN_PROGRESS, new Source("official text", ""));
        List<String[]> rows = EntityProperties.of(sample);
        assertEquals(6, rows.size());
        assertArrayEquals(new String[] {"Id", "CSS-07"}, rows.get(0));
        assertArrayEquals(new String[] {"Decision date", "2026-03-01"}, rows.get(1));
        assertArrayEquals(new String[] {"Owner", ""}, rows.get(2));
        assertArrayEquals(new String[] {"Follow ups", "CSS-08, CSS-09"}, rows.get(3));
        assertArrayEquals(new String[] {"Stage", "in progress"}, rows.get(4));
        assertArrayEquals(new String[] {"Source", "Origin: official text"}, rows.get(5));
    }

    @Test
    void somethingElseIsShownAsItsText() {
        assertArrayEquals(new String[] {"value", "42"}, EntityProperties.of(42).get(0));
    }
}
