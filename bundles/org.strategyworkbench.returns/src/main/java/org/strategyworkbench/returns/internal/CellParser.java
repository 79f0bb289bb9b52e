package org.strategyworkbench.returns.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.core.workspace.ValueRanges;

/**
 * Turns the cell of one field into its canonical text, or reports why it cannot be taken. Text is
 * taken as typed: a leading {@code =}, {@code +}, {@code -} or {@code @} stays text.
 */
final class CellParser {

    static final int MAX_TITLE = 500;
    static final int MAX_EVIDENCE = 2_000;
    private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** The serial number of 10000-01-01: spreadsheet dates end before it. */
    private static final BigDecimal LAST_SERIAL = BigDecimal.valueOf(2_958_466);

    private final Map<String, String> commitments;
    private final boolean date1904;

    /**
     * @param commitments the known commitment ids, upper case → as stored
     * @param date1904 whether the workbook counts dates from 1904
     */
    CellParser(Map<String, String> commitments, boolean date1904) {
        this.commitments = commitments;
        this.date1904 = date1904;
    }

    /** The canonical text of the cell, or empty after telling {@code problem} what is wrong. */
    Optional<String> parse(Field field, Cell cell, Consumer<String> problem) {
        if (cell == null || cell.isBlank()) {
            return Optional.of("");
        }
        String wrong = general(cell);
        if (wrong != null) {
            problem.accept(wrong);
            return Optional.empty();
        }
        String text = cell.text().strip();
        try {
            return Optional.of(switch (field) {
                case COMMITMENT -> commitment(text);
                case TYPE -> choice(text, ActionType.values(), "type");
                case STATUS -> choice(text, ActionStatus.values(), "status");
                case TITLE -> text(text, MAX_TITLE);
                case EVIDENCE -> text(text, MAX_EVIDENCE);
                case START, END -> date(cell, text).toString();
                case AMOUNT -> amount(text);
                case CURRENCY -> currency(text);
            });
        } catch (IllegalArgumentException e) {
            problem.accept(e.getMessage());
            return Optional.empty();
        }
    }

    private static String general(Cell cell) {
        if (cell.formula()) {
            return "holds a formula; a return takes values only: type the value itself";
        }
        if (cell.tooLong()) {
            return "holds " + cell.length() + " characters of text; a cell of a return holds at most " + MAX_EVIDENCE;
        }
        return switch (cell.kind()) {
            case ERROR -> "holds the error " + cell.text() + "; type the value itself";
            case BOOLEAN -> "holds TRUE or FALSE, which this column does not take";
            default -> null;
        };
    }

    private String commitment(String text) {
        String id = commitments.get(text.toUpperCase(Locale.ROOT));
        if (id == null) {
            throw new IllegalArgumentException("'" + shorten(text) + "' is not a commitment of the strategy;"
                    + " pick one from the list (the sheet Commitments names them all)");
        }
        return id;
    }

    private static <E extends Enum<E>> String choice(String text, E[] values, String what) {
        String key = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values).filter(v -> v.name().equals(key)).findFirst().map(Enum::name)
                .orElseThrow(() -> new IllegalArgumentException("'" + shorten(text) + "' is not a " + what + "; use one of: "
                        + String.join(", ", Arrays.stream(values).map(Field::words).toList())));
    }

    private static String text(String text, int max) {
        if (text.length() > max) {
            throw new IllegalArgumentException("holds " + text.length() + " characters; at most " + max + " are taken");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            throw new IllegalArgumentException("contains a control character; retype the text");
        }
        return text;
    }

    private LocalDate date(Cell cell, String text) {
        LocalDate date;
        if (cell.kind() == Cell.Kind.NUMBER) {
            BigDecimal serial = decimal(text).filter(s -> s.compareTo(BigDecimal.ONE) >= 0 && s.compareTo(LAST_SERIAL) < 0)
                    .orElseThrow(() -> new IllegalArgumentException("'" + shorten(text) + "' is not a date;"
                            + " type a date such as 2026-03-31"));
            date = (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(serial.longValue());
        } else {
            try {
                date = LocalDate.parse(text.length() > 10 && cell.kind() == Cell.Kind.DATE ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + shorten(text) + "' is not a date; write dates as 2026-03-31");
            }
        }
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new IllegalArgumentException(date + " is not a plausible date (1990 to 2100)");
        }
        return date;
    }

    private static String amount(String text) {
        String plain = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (plain.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            plain = plain.replace(",", "");
        }
        BigDecimal value = number(plain);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(shorten(text) + " is negative; an amount is zero or more");
        }
        return Field.amount(value);
    }

    /** A number within the workspace's {@link ValueRanges}: what the workspace would refuse is refused here. */
    private static BigDecimal number(String text) {
        Optional<BigDecimal> value = decimal(text);
        if (value.isEmpty() && !text.matches("[+-]?\\d+(\\.\\d*)?")) {
            throw new IllegalArgumentException("'" + shorten(text) + "' is not a number");
        }
        Optional<String> range = value.flatMap(ValueRanges::problem);
        if (value.isEmpty() || range.isPresent()) {
            throw new IllegalArgumentException("'" + shorten(text) + "' is out of range for an amount ("
                    + range.map(r -> r.substring(r.indexOf(" has ") + 1)).orElse("too long") + ")");
        }
        return value.get();
    }

    /** The number a cell's text writes in decimal notation, or empty (NaN, Infinity, words, more than 40 characters). */
    private static Optional<BigDecimal> decimal(String text) {
        if (text.length() > 40) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String currency(String text) {
        String code = text.toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("'" + shorten(text) + "' is not a currency code; use an ISO 4217 code such as EUR");
        }
        return code;
    }

    static String shorten(String text) {
        String one = text.replaceAll("\\p{Cntrl}", " ");
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }
}
