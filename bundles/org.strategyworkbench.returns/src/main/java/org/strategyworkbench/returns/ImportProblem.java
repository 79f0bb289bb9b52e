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

    public ImportProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
    }

    /** An error about the whole file. */
    public static ImportProblem file(String file, String reason) {
        return new ImportProblem(Severity.ERROR, file, "", 0, "", reason);
    }

    /** Whether this problem refuses the file. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line: "ERROR NOR.xlsx, sheet Actions, row 7, column Status: ...". */
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
