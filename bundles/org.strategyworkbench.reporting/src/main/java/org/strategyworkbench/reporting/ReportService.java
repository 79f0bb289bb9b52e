package org.strategyworkbench.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes implementation-plan workbooks (.xlsx). A service of the reporting bundle; thread-safe,
 * and several reports may be written at once.
 *
 * @since 1.0
 */
@ProviderType
public interface ReportService {

    /**
     * Writes the workbook with every contributed sheet, in order.
     *
     * @param request what to report
     * @param out where the workbook goes; not closed
     * @param progress told of each sheet; may cancel
     * @throws IOException when the workbook cannot be written
     * @throws java.util.concurrent.CancellationException when the progress cancelled it
     * @throws IllegalArgumentException when the request names a sheet the service does not have
     */
    void write(ReportRequest request, OutputStream out, Progress progress) throws IOException;

    /** The names of the sheets a workbook has now, in order. */
    List<String> sheetNames();
}
