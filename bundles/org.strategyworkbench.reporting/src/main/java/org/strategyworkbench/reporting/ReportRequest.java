package org.strategyworkbench.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * What a workbook is written from. Immutable.
 *
 * @param snapshot the workspace state to report
 * @param asOf the date the report speaks of: statuses and ages are computed for it, and the
 *        workbook's dates are set to it, so the same workspace and date give the same file
 * @param audience the name of the {@link Audience} the workbook is for, or {@code ""} for a
 *        workbook with every record and no marking
 * @param since the name of the reporting round the Changes sheet compares with, or {@code ""}
 * @param sheets the names of the sheets to write (as {@link ReportService#sheetNames()} gives
 *        them, in any case), or empty for every sheet; the workbook keeps the service's order
 *        (since 1.1)
 * @since 1.0
 */
public record ReportRequest(WorkspaceSnapshot snapshot, LocalDate asOf, String audience, String since, List<String> sheets) {

    /**
     * Creates a request that may choose its sheets.
     *
     * @param snapshot the workspace state to report; not null
     * @param asOf the date the report speaks of; not null
     * @param audience the name of the audience; null is taken as {@code ""} (every record)
     * @param since the name of the round the Changes sheet compares with; null is taken as
     *        {@code ""}
     * @param sheets the names of the sheets to write, in any case; null is taken as empty (every
     *        sheet), copied
     * @throws NullPointerException when snapshot or asOf is null
     * @since 1.1
     */
    public ReportRequest {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(asOf, "asOf");
        audience = audience == null ? "" : audience;
        since = since == null ? "" : since;
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
    }

    /**
     * A request for every sheet.
     *
     * @param snapshot the workspace state to report; not null
     * @param asOf the date the report speaks of; not null
     * @param audience the name of the audience; null or {@code ""} for every record, unmarked
     * @param since the name of the round the Changes sheet compares with; null or {@code ""} for
     *        none
     * @throws NullPointerException when snapshot or asOf is null
     */
    public ReportRequest(WorkspaceSnapshot snapshot, LocalDate asOf, String audience, String since) {
        this(snapshot, asOf, audience, since, List.of());
    }

    /**
     * A request for every sheet and every record, without a round to compare with.
     *
     * @param snapshot the workspace state to report; not null
     * @param asOf the date the report speaks of; not null
     * @throws NullPointerException when snapshot or asOf is null
     */
    public ReportRequest(WorkspaceSnapshot snapshot, LocalDate asOf) {
        this(snapshot, asOf, "", "");
    }
}
