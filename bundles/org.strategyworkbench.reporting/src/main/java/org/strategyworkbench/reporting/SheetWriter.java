package org.strategyworkbench.reporting;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes one sheet, row by row, in the workbook's house style: a bold header row that stays in
 * view, filters on the header, readable widths, dates as dates. Rows stream to the file, so a
 * sheet may be very long. Values typed by users are always written as text: a leading {@code =},
 * {@code +}, {@code -} or {@code @} never becomes a formula.
 *
 * @since 0.1
 */
@ProviderType
public interface SheetWriter {

    /** Starts the table with its column headings; call once, before any row. */
    void header(String... headings);

    /**
     * Sets the width of each column, in characters; columns not given keep a default width.
     * Call before the rows.
     */
    void widths(int... characters);

    /**
     * Adds a row. A value may be a {@code String}, a {@code Number}, a {@code java.time.LocalDate},
     * a {@code Boolean}, an {@code Enum} (written as its name in words) or null (an empty cell).
     */
    void row(Object... values);

    /** How many rows were written after the header. */
    int rows();
}
