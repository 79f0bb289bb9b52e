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

    /**
     * Adds a title row in large bold type that does not wrap.
     *
     * @param text the title; not null
     */
    void title(String text);

    /**
     * Adds a line of explanatory text that does not wrap (it runs over the empty cells to its right).
     *
     * @param text the text; not null
     */
    void note(String text);

    /**
     * Starts a table with its column headings; call at most once. Rows before it are free text.
     * The header row stays in view, carries the filters and repeats on every printed page.
     *
     * @param headings the column headings, from the first column on; a column without a
     *        {@link #widths width} is as wide as its heading plus three characters, at least 12
     * @throws IllegalStateException when the sheet has a header already
     */
    void header(String... headings);

    /**
     * Sets the width of each column, in characters; columns not given keep a default width. Call
     * it before {@link #header header}: widths set after the header has been written have no
     * effect.
     *
     * @param characters the widths from the first column on, each kept between 2 and 255
     */
    void widths(int... characters);

    /**
     * Adds a row. A value may be a {@code String}, a {@code Number}, a {@code java.time.LocalDate},
     * a {@code Boolean}, an {@code Enum} (written as its name in words), a {@link Cell}, or null
     * (an empty cell).
     *
     * @param values the cells from the first column on; booleans are written "yes" or "no", enums
     *        in lower case with spaces for underscores, other objects as their {@code toString()};
     *        a text longer than a cell can hold (32,767 characters) is cut short. None for an
     *        empty row
     */
    void row(Object... values);

    /** Adds an empty row. */
    default void blank() {
        row();
    }

    /**
     * Draws a bar chart of rows already written: labels from one column, values from another.
     * The rows must have been added with {@link #row row} among the first 500 rows of the sheet; a
     * value that is not a number counts as 0.
     *
     * @param title the chart's title
     * @param firstRow the first data row, counted from 0 as {@link #rowIndex()} returns it
     * @param lastRow the last data row, inclusive
     * @param labelColumn the column of the labels, from 0
     * @param valueColumn the column of the values, from 0
     * @param anchorColumn the column where the chart's left edge goes
     * @throws IllegalArgumentException when a row of the range was not added with {@link #row row}
     *         among the first 500 rows
     */
    void barChart(String title, int firstRow, int lastRow, int labelColumn, int valueColumn, int anchorColumn);

    /**
     * The index the next row will have, counted from 0: titles, notes, the header and rows all
     * count.
     *
     * @return the index of the next row; 0 for an empty sheet
     */
    int rowIndex();

    /**
     * How many rows were written after the header (or in all, without a header).
     *
     * @return the number of {@link #row row} and {@link #blank blank} calls since the header, or
     *         since the start without one; titles and notes do not count
     */
    int rows();

    /**
     * The names of every sheet of this workbook, in order, for links.
     *
     * @return the names as the workbook shows them, this sheet's among them; unmodifiable
     */
    List<String> sheetNames();
}
