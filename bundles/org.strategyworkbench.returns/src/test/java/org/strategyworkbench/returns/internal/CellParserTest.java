package org.strategyworkbench.returns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cell values as spreadsheet programs write them, and the ones a return refuses. */
class CellParserTest {

    private final CellParser parser = new CellParser(Map.of("CSS-07", "CSS-07"), false);
    private final List<String> problems = new ArrayList<>();

    private Optional<String> parse(Field field, Cell cell) {
        return parser.parse(field, cell, problems::add);
    }

    private static Cell number(String text) {
        return new Cell(Cell.Kind.NUMBER, text, text.length(), false);
    }

    @Test
    void amountsAreCanonicalWhateverTheirNotation() {
        assertEquals(Optional.of("1500000"), parse(Field.AMOUNT, number("1.5E6")));
        assertEquals(Optional.of("1500000"), parse(Field.AMOUNT, Cell.text("1,500,000")));
        assertEquals(Optional.of("1200.5"), parse(Field.AMOUNT, Cell.text(" 1 200.50 ")));
    }

    @Test
    void anAmountWithAHugeExponentIsRefusedWithoutExpandingIt() {
        long start = System.nanoTime();
        assertEquals(Optional.empty(), parse(Field.AMOUNT, number("1E+999999999")));
        assertTrue((System.nanoTime() - start) < 100_000_000L, "refused at once");
        assertTrue(problems.get(0).contains("out of range"), problems.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999", "1E+2147483647", "9E+2147483640", "1E-2147483648", "Infinity", "-Infinity", "NaN",
        "0.0000000000001", "1234567890123456"})
    void anAmountOutOfRangeIsRefusedWithAReasonNeverAnException(String text) {
        assertEquals(Optional.empty(), parse(Field.AMOUNT, number(text)));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("out of range for an amount") || problems.get(0).contains("is not a number"),
                problems.toString());
    }

    @Test
    void aFourHundredDigitAmountIsOutOfRange() {
        assertEquals(Optional.empty(), parse(Field.AMOUNT, number("9".repeat(400))));
        assertTrue(problems.get(0).contains("is out of range for an amount"), problems.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999", "1E+2147483647", "Infinity", "NaN", "0", "-1", "2958466", "1E-2147483648"})
    void aDateSerialOutOfRangeIsNotADate(String serial) {
        assertEquals(Optional.empty(), parse(Field.START, number(serial)));
        assertTrue(problems.get(0).contains("is not a date; type a date such as 2026-03-31"), problems.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "0001-01-01", "+10000-01-01", "+999999999-12-31", "-999999999-01-01"})
    void aDateBeforeOrAfterThePlausibleYearsIsRefused(String text) {
        assertEquals(Optional.empty(), parse(Field.END, Cell.text(text)));
        assertTrue(problems.get(0).contains("is not a plausible date (1990 to 2100)"), problems.toString());
    }

    @Test
    void datesAreReadFromSerialNumbersAndIsoTextOnly() {
        assertEquals(Optional.of("2026-03-31"), parse(Field.START, number("46112")));
        assertEquals(Optional.of("2026-03-31"), parse(Field.START, Cell.text("2026-03-31")));
        assertEquals(Optional.empty(), parse(Field.START, Cell.text("31/03/2026")));
        assertTrue(problems.get(0).contains("write dates as 2026-03-31"), problems.toString());
    }

    @Test
    void choicesAcceptTheirWordsInAnyCaseAndTextStaysAsTyped() {
        assertEquals(Optional.of("IN_PROGRESS"), parse(Field.STATUS, Cell.text("in progress")));
        assertEquals(Optional.of("DATA_SHARING"), parse(Field.TYPE, Cell.text("Data-sharing")));
        assertEquals(Optional.of("CSS-07"), parse(Field.COMMITMENT, Cell.text("css-07")));
        assertEquals(Optional.of("=HYPERLINK(\"http://x\")"), parse(Field.TITLE, Cell.text("=HYPERLINK(\"http://x\")")));
        assertEquals(Optional.empty(), parse(Field.TITLE, new Cell(Cell.Kind.TEXT, "1+1", 3, true)));
        assertTrue(problems.get(0).contains("formula"), problems.toString());
    }
}
