package org.strategyworkbench.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes implementation-plan workbooks (.xlsx). A service of the reporting bundle; thread-safe,
 * and several reports may be written at once. A report is written on the calling thread, so a
 * user interface calls it from a background job. The same request gives the same bytes.
 *
 * <p>The sheets are the {@link SheetContributor} services registered when a report starts, in
 * {@link SheetOrder} order; a sheet registered or removed during a report counts from the next
 * one.
 *
 * @since 1.0
 */
@ProviderType
public interface ReportService {

    /**
     * Writes the workbook with every contributed sheet, in order, or with the sheets the request
     * names. Two sheets of the same name are told apart by " (2)", " (3)", … in the workbook.
     *
     * @param request what to report
     * @param out where the workbook goes; not closed
     * @param progress told of each sheet; may cancel; {@link Progress#NONE} when nobody follows
     * @throws IOException when the workbook cannot be written
     * @throws java.util.concurrent.CancellationException when the progress cancelled it
     * @throws IllegalArgumentException when the request names a sheet the service does not have,
     *         names an audience the workspace does not have, or a sheet cannot serve it (for example
     *         a round to compare with that does not exist)
     * @throws IllegalStateException when a sheet failed; the message names the sheet and its class
     */
    void write(ReportRequest request, OutputStream out, Progress progress) throws IOException;

    /**
     * The names of the sheets a workbook has now, in order.
     *
     * @return the names the registered sheets give, in {@link SheetOrder} order; empty when no
     *         sheet is registered
     */
    List<String> sheetNames();
}
