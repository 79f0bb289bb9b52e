package org.strategyworkbench.reporting;

import java.time.LocalDate;
import java.util.Objects;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * What a workbook is written from.
 *
 * @param snapshot the workspace state to report
 * @param asOf the date the report speaks of: statuses and ages are computed for it, and the
 *        workbook's dates are set to it, so the same workspace and date give the same file
 * @param audience the name of the {@link Audience} the workbook is for, or {@code ""} for a
 *        workbook with every record and no marking
 * @param since the name of the reporting round the Changes sheet compares with, or {@code ""}
 * @since 0.1
 */
public record ReportRequest(WorkspaceSnapshot snapshot, LocalDate asOf, String audience, String since) {

    public ReportRequest {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(asOf, "asOf");
        audience = audience == null ? "" : audience;
        since = since == null ? "" : since;
    }

    /** A request for everyone, without a round to compare with. */
    public ReportRequest(WorkspaceSnapshot snapshot, LocalDate asOf) {
        this(snapshot, asOf, "", "");
    }
}
