package org.strategyworkbench.returns.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.strategyworkbench.actions.Action;

/**
 * The editable columns of a return's actions sheet, in order after the locked id column. Each
 * field has a canonical text: what the hidden record keeps and what comparisons use, so that an
 * amount typed as 1500000 equals one stored as 1.5E+6.
 */
enum Field {
    COMMITMENT("Commitment", "commitment", 13, Action::commitment),
    TYPE("Type", "type", 17, a -> a.type() == null ? "" : a.type().name()),
    STATUS("Status", "status", 13, a -> a.status() == null ? "" : a.status().name()),
    TITLE("Title", "title", 55, Action::title),
    START("Start", "start", 12, a -> date(a.start())),
    END("End", "end", 12, a -> date(a.end())),
    AMOUNT("Amount", "amount", 15, a -> amount(a.amount())),
    CURRENCY("Currency", "currency", 10, Action::currency),
    EVIDENCE("Evidence", "evidence", 45, Action::evidence);

    /** The heading of the locked id column, the first column of the sheet. */
    static final String ID_HEADING = "Action id";

    private final String heading;
    private final String property;
    private final int width;
    private final Function<Action, String> reader;

    Field(String heading, String property, int width, Function<Action, String> reader) {
        this.heading = heading;
        this.property = property;
        this.width = width;
        this.reader = reader;
    }

    /** The column heading on the sheet. */
    String heading() {
        return heading;
    }

    /** The action's property the field sets, as audit entries and row changes name it. */
    String property() {
        return property;
    }

    int width() {
        return width;
    }

    /** The sheet column index (from 0; column 0 is the id). */
    int column() {
        return ordinal() + 1;
    }

    /** The action's value of this field as canonical text. */
    String of(Action action) {
        String v = reader.apply(action);
        return v == null ? "" : v;
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** An amount as canonical text: no exponent, no trailing zeros. */
    static String amount(BigDecimal a) {
        if (a == null) {
            return "";
        }
        BigDecimal plain = a.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    /** A value in words for sheets and messages: IN_PROGRESS → "In progress". */
    static String words(Enum<?> value) {
        String w = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
