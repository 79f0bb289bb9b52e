package org.strategyworkbench.reporting;

import java.time.LocalDate;
import java.util.Objects;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * What a workbook is written from.
 *
 * @param snapshot the workspace state to report
 * @param asOf the date the report speaks of: statuses and ages are computed for it
 * @param audience who the workbook is for ({@code ""}: everyone may read it)
 * @since 0.1
 */
public record ReportRequest(WorkspaceSnapshot snapshot, LocalDate asOf, String audience) {

    public ReportRequest {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(asOf, "asOf");
        audience = audience == null ? "" : audience;
    }
}
