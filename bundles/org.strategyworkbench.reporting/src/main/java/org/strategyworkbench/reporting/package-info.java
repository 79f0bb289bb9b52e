/**
 * Implementation-plan workbooks. The {@link org.strategyworkbench.reporting.ReportService} writes
 * a workbook from a workspace snapshot; its sheets come from {@link
 * org.strategyworkbench.reporting.SheetContributor} services (whiteboard), ordered by their
 * {@link org.strategyworkbench.reporting.SheetOrder}. The built-in sheets are contributed the same
 * way, so a delegation plugin adds a sheet exactly as the product does. Sheets are written through
 * the {@link org.strategyworkbench.reporting.SheetWriter}: contributors never see the spreadsheet
 * library.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.strategyworkbench.reporting;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
