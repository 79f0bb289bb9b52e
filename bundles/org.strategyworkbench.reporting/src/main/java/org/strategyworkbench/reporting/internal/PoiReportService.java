package org.strategyworkbench.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.strategyworkbench.reporting.Progress;
import org.strategyworkbench.reporting.ReportRequest;
import org.strategyworkbench.reporting.ReportService;
import org.strategyworkbench.reporting.SheetContributor;
import org.strategyworkbench.reporting.SheetOrder;

/**
 * Writes workbooks with Apache POI's streaming writer, so that memory stays bounded however long
 * a sheet is: only a window of rows is held, the rest goes to compressed temporary files.
 */
@Component
public final class PoiReportService implements ReportService {

    /** Rows held in memory per sheet before they stream to disk. */
    private static final int ROW_WINDOW = 200;

    /** Contributors by (order, name, service id), so iteration is the sheet order. */
    private final Map<String, SheetContributor> contributors = new ConcurrentSkipListMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(SheetContributor contributor, Map<String, Object> properties) {
        contributors.put(key(contributor, properties), contributor);
    }

    void removeContributor(SheetContributor contributor, Map<String, Object> properties) {
        contributors.remove(key(contributor, properties));
    }

    private static String key(SheetContributor contributor, Map<String, Object> properties) {
        Object order = properties.get(SheetOrder.PROPERTY);
        long position = order instanceof Number n ? n.longValue() : Integer.MAX_VALUE;
        return String.format("%020d|%s|%s", position + (1L << 40), contributor.sheetName(), properties.get("service.id"));
    }

    @Override
    public List<String> sheetNames() {
        return contributors.values().stream().map(SheetContributor::sheetName).toList();
    }

    @Override
    public void write(ReportRequest request, OutputStream out, Progress progress) throws IOException {
        List<SheetContributor> sheets = new ArrayList<>(contributors.values());
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        // POI's XML schema types are found through the context class loader: make it this bundle's
        thread.setContextClassLoader(PoiReportService.class.getClassLoader());
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            // POI writes Zip64 records by default, which many zip readers (and some spreadsheet
            // tools) reject; a workbook never needs them below 4 GB per part.
            workbook.setZip64Mode(Zip64Mode.AsNeeded);
            Styles styles = new Styles(workbook);
            for (int i = 0; i < sheets.size(); i++) {
                if (progress.cancelled()) {
                    throw new CancellationException("the report was cancelled");
                }
                SheetContributor contributor = sheets.get(i);
                progress.worked(contributor.sheetName(), i, sheets.size());
                writeSheet(workbook, styles, contributor, request);
            }
            progress.worked("saving", sheets.size(), sheets.size());
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
            thread.setContextClassLoader(caller);
        }
    }

    private static void writeSheet(SXSSFWorkbook workbook, Styles styles, SheetContributor contributor,
            ReportRequest request) {
        SXSSFSheet sheet = workbook.createSheet(contributor.sheetName());
        PoiSheetWriter writer = new PoiSheetWriter(sheet, styles);
        try {
            contributor.write(writer, request);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the sheet \"" + contributor.sheetName() + "\" of "
                    + contributor.getClass().getName() + " failed: " + e.getMessage(), e);
        }
        writer.finish();
    }

}
