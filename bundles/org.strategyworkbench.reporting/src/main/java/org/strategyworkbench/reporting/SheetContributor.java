package org.strategyworkbench.reporting;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Contributes one sheet to every implementation-plan workbook. Register as a service with a
 * {@link SheetOrder}; sheets are written from the lowest order to the highest.
 *
 * <p>Called on the thread writing the report; several reports may be written at once, so an
 * implementation keeps no state between calls. An exception ends the report with an error naming
 * the sheet.
 *
 * @since 1.0
 */
@ConsumerType
public interface SheetContributor {

    /** The sheet's name: at most 31 characters, none of {@code : \ / ? * [ ]}. */
    String sheetName();

    /** Writes the sheet's content. */
    void write(SheetWriter sheet, ReportRequest request);
}
