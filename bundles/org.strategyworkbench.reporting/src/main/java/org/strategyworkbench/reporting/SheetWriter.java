package org.strategyworkbench.reporting;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes one sheet, row by row, in the house style: a bold header row that stays in view and
 * repeats on every printed page, filters on the header, readable widths, dates as dates, the
 * workbook's palette. Rows stream to the file, so a sheet may be very long. Values typed by users
 * are always written as text: a leading {@code =}, {@code +}, {@code -} or {@code @} never
 * becomes a formula.
 *
 * <p>Used by one thread, within {@link SheetContributor#write}.
 *
 * @since 1.0
 */
@ProviderType
public interface SheetWriter {

    /** Adds a title row in large bold type that does not wrap. */
    void title(String text);

    /** Adds a line of explanatory text that does not wrap (it runs over the empty cells to its right). */
    void note(String text);

    /** Starts a table with its column headings; call at most once. Rows before it are free text. */
    void header(String... headings);

    /** Sets the width of each column, in characters; columns not given keep a default width. */
    void widths(int... characters);

    /**
     * Adds a row. A value may be a {@code String}, a {@code Number}, a {@code java.time.LocalDate},
     * a {@code Boolean}, an {@code Enum} (written as its name in words), a {@link Cell}, or null
     * (an empty cell).
     */
    void row(Object... values);

    /** Adds an empty row. */
    default void blank() {
        row();
    }

    /**
     * Draws a bar chart of rows already written: labels from one column, values from another.
     *
     * @param title the chart's title
     * @param firstRow the first data row, counted from 0 as {@link #rowIndex()} returns it
     * @param lastRow the last data row, inclusive
     * @param labelColumn the column of the labels, from 0
     * @param valueColumn the column of the values, from 0
     * @param anchorColumn the column where the chart's left edge goes
     */
    void barChart(String title, int firstRow, int lastRow, int labelColumn, int valueColumn, int anchorColumn);

    /** The index the next row will have, counted from 0 (the header, when there is one, is row 0). */
    int rowIndex();

    /** How many rows were written after the header (or in all, without a header). */
    int rows();

    /** The names of every sheet of this workbook, in order, for links. */
    List<String> sheetNames();
}
