package org.strategyworkbench.returns;

import java.util.Objects;

/**
 * Something wrong with a returned file, located as precisely as it can be: the file, and where
 * known the sheet, the row (as the spreadsheet numbers it, from 1) and the column heading.
 *
 * @param severity an error refuses the file; a warning is shown and the file may still be applied
 * @param file the file's name
 * @param sheet the sheet's name, or {@code ""} when the problem concerns the whole file
 * @param row the row number, or 0 when the problem concerns no single row
 * @param column the column's heading, or {@code ""}
 * @param reason what is wrong and, where possible, what to do about it
 * @since 1.0
 */
public record ImportProblem(Severity severity, String file, String sheet, int row, String column, String reason) {

    /** How serious a problem is. */
    public enum Severity {
        /** The file cannot be applied until this is fixed. */
        ERROR,
        /** Worth the secretariat's attention; the file may still be applied. */
        WARNING
    }

    /**
     * Creates a problem.
     *
     * @param severity an error or a warning; not null
     * @param file the file's name; null is taken as empty
     * @param sheet the sheet's name; null is taken as {@code ""}
     * @param row the row number from 1, or 0
     * @param column the column's heading; null is taken as {@code ""}
     * @param reason what is wrong; not null
     * @throws NullPointerException when severity or reason is null
     */
    public ImportProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
    }

    /**
     * An error about the whole file.
     *
     * @param file the file's name
     * @param reason what is wrong and, where possible, what to do about it; not null
     * @return an {@link Severity#ERROR} without sheet, row or column
     */
    public static ImportProblem file(String file, String reason) {
        return new ImportProblem(Severity.ERROR, file, "", 0, "", reason);
    }

    /**
     * Whether this problem refuses the file.
     *
     * @return true for an {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The problem in one line, for the console and logs.
     *
     * @return the severity and the file, then the sheet, row and column where known, a colon and
     *         the reason, for example
     *         {@code "ERROR NOR.xlsx, sheet Actions, row 7, column Status: ..."}
     */
    public String describe() {
        StringBuilder text = new StringBuilder(severity.name()).append(' ').append(file);
        if (!sheet.isEmpty()) {
            text.append(", sheet ").append(sheet);
        }
        if (row > 0) {
            text.append(", row ").append(row);
        }
        if (!column.isEmpty()) {
            text.append(", column ").append(column);
        }
        return text.append(": ").append(reason).toString();
    }
}
