package org.strategyworkbench.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueRangesTest {

    @Test
    void amountsASpreadsheetCanHoldAreInRange() {
        assertEquals(Optional.empty(), ValueRanges.problem(new BigDecimal("999999999999999")));
        assertEquals(Optional.empty(), ValueRanges.problem(new BigDecimal("0.123456789012")));
        assertEquals(Optional.empty(), ValueRanges.problem(new BigDecimal("-250000.50")));
        assertEquals(Optional.empty(), ValueRanges.problem(new BigDecimal("1.000000000000000000000")));
    }

    @Test
    void aHugeOrTinyAmountIsOutOfRangeAndNamedShortly() {
        String huge = ValueRanges.problem(new BigDecimal("1e999999")).orElseThrow();
        assertEquals("1E+999999 has more than 15 digits before the decimal point", huge);
        assertTrue(ValueRanges.problem(new BigDecimal("1e-13")).orElseThrow().contains("12 digits after the decimal point"));
        assertTrue(ValueRanges.problem(new BigDecimal("1E+2147483647")).orElseThrow().contains("before the decimal point"));
        assertTrue(ValueRanges.problem(new BigDecimal("123456789012345.5")).orElseThrow().contains("significant digits"));
        String long400 = ValueRanges.problem(new BigDecimal("9".repeat(400))).orElseThrow();
        assertTrue(long400.length() < 120, long400);
    }

    @Test
    void floatingPointNumbersMustBeFiniteAndModest() {
        assertTrue(ValueRanges.problem(Double.POSITIVE_INFINITY).isPresent());
        assertTrue(ValueRanges.problem(Double.NaN).isPresent());
        assertTrue(ValueRanges.problem(1e300).isPresent());
        assertEquals(Optional.empty(), ValueRanges.problem(12.5));
    }

    @Test
    void datesAndTimesMustBeInASpreadsheetsRange() {
        assertEquals(Optional.empty(), ValueRanges.problem(LocalDate.of(1949, 4, 4)));
        assertEquals("+10000-01-01 is not a date from 1900-01-01 to 9999-12-31",
                ValueRanges.problem(LocalDate.of(10000, 1, 1)).orElseThrow());
        assertTrue(ValueRanges.problem(LocalDate.of(1899, 12, 31)).isPresent());
        assertTrue(ValueRanges.problem(Instant.MAX).isPresent());
        assertTrue(ValueRanges.problem(Instant.MIN).isPresent());
        assertEquals(Optional.empty(), ValueRanges.problem(Instant.parse("2026-03-01T10:00:00Z")));
    }
}
