package org.strategyworkbench.returns.internal;

/**
 * One cell's value as a returned file holds it.
 *
 * @param kind what the value is
 * @param text the value as text: the string, the number as written, TRUE/FALSE, the error code;
 *             empty for a text longer than the limit
 * @param length the text's length (kept even when the text itself was too long to keep)
 * @param formula whether the cell holds a formula
 */
record Cell(Kind kind, String text, int length, boolean formula) {

    /** The kinds of cell value. */
    enum Kind {
        TEXT, NUMBER, BOOLEAN, ERROR, DATE
    }

    static Cell text(String value) {
        return new Cell(Kind.TEXT, value, value.length(), false);
    }

    /** Whether the cell holds nothing a user typed: no value, or only spaces. */
    boolean isBlank() {
        return !formula && length <= text.length() && text.isBlank();
    }

    /** Whether the text was too long to keep. */
    boolean tooLong() {
        return length > text.length();
    }
}
