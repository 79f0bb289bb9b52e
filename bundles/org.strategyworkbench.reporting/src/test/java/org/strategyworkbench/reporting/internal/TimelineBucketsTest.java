package org.strategyworkbench.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineBucketsTest {

    @Test
    void upToFourYearsShowMonths() {
        TimelineBuckets b = TimelineBuckets.covering(LocalDate.of(2025, 2, 13), LocalDate.of(2026, 1, 5));
        assertEquals(1, b.monthsPerBucket());
        assertEquals(12, b.starts().size());
        assertEquals("2025-02", b.label(0));
        assertEquals(11, b.indexOf(LocalDate.of(2026, 1, 31)));
    }

    @Test
    void longerPlansShowQuartersThenYears() {
        TimelineBuckets quarters = TimelineBuckets.covering(LocalDate.of(2019, 6, 27), LocalDate.of(2025, 6, 25));
        assertEquals(3, quarters.monthsPerBucket());
        assertEquals("2019 Q2", quarters.label(0));
        assertEquals(quarters.starts().size() - 1, quarters.indexOf(LocalDate.of(2025, 6, 25)));
        TimelineBuckets years = TimelineBuckets.covering(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 1, 1));
        assertEquals(12, years.monthsPerBucket());
        assertEquals("2030", years.label(years.starts().size() - 1));
        assertEquals(-1, years.indexOf(LocalDate.of(1999, 12, 31)));
    }
}
