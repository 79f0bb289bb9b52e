package org.strategyworkbench.core.internal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategyworkbench.core.problems.Problem;

class EntryCheckTest {

    record Money(BigDecimal amount, String currency) {
    }

    record Grant(String id, String title, LocalDate due, Money money, List<String> tags, List<Money> parts) {
    }

    private static List<String> problems(Grant grant) {
        return EntryCheck.check("grant", grant.id(), grant).stream().map(Problem::describe).toList();
    }

    @Test
    void aValidEntityPasses() {
        Grant fine = new Grant("g1", "Launch services", LocalDate.of(2027, 1, 1),
                new Money(new BigDecimal("1250000.00"), "EUR"), List.of("launch"), List.of());
        assertEquals(List.of(), problems(fine));
    }

    @Test
    void outOfRangeNumbersAndDatesAreNamedDownToTheNestedField() {
        Grant bad = new Grant("g1", "Launch services", LocalDate.of(10000, 1, 1),
                new Money(new BigDecimal("1e999999"), "EUR"), List.of(),
                List.of(new Money(BigDecimal.ONE, "EUR"), new Money(new BigDecimal("1e-40"), "EUR")));
        assertEquals(List.of(
                "ERROR grant g1 due: +10000-01-01 is not a date from 1900-01-01 to 9999-12-31",
                "ERROR grant g1 money.amount: 1E+999999 has more than 15 digits before the decimal point",
                "ERROR grant g1 parts.amount: 1E-40 has more than 12 digits after the decimal point"), problems(bad));
    }

    record Budget(String id, java.util.Map<String, BigDecimal> byYear, java.util.Optional<LocalDate> due) {
    }

    @Test
    void valuesInMapsAndOptionalsAreCheckedToo() {
        Budget bad = new Budget("b1", java.util.Map.of("2027", new BigDecimal("1e20")),
                java.util.Optional.of(LocalDate.of(1800, 1, 1)));
        assertEquals(List.of("ERROR budget b1 byYear.2027: 1E+20 has more than 15 digits before the decimal point",
                "ERROR budget b1 due: 1800-01-01 is not a date from 1900-01-01 to 9999-12-31"),
                EntryCheck.check("budget", "b1", bad).stream().map(Problem::describe).toList());
    }

    @Test
    void controlCharactersAreFoundInListsAndNestedRecords() {
        Grant bad = new Grant("g1", "ok", null, new Money(null, "E\u0000UR"), List.of("a\u0007"), List.of());
        assertEquals(List.of("ERROR grant g1 money.currency: contains a control character",
                "ERROR grant g1 tags: contains a control character"), problems(bad));
    }
}
