package org.strategyworkbench.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.strategyworkbench.commitments.Strategy;
import org.strategyworkbench.commitments.StrategyType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.reporting.Audience;
import org.strategyworkbench.reporting.AudienceType;
import org.strategyworkbench.reporting.Progress;
import org.strategyworkbench.reporting.ReportRequest;
import org.strategyworkbench.reporting.ReportService;
import org.strategyworkbench.reporting.SheetContributor;
import org.strategyworkbench.reporting.SheetOrder;

/**
 * Writes workbooks with Apache POI's streaming writer, so that memory stays bounded however long
 * a sheet is: only a window of rows is held, the rest goes to compressed temporary files. The
 * result is then copied with fixed dates, so that equal input gives equal bytes.
 */
@Component
public final class PoiReportService implements ReportService {

    /** Rows held in memory per sheet before they stream to disk. */
    private static final int ROW_WINDOW = 200;

    /** Contributors by (order, name, service id), so that iteration follows the sheet order. */
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
        Optional<Audience> audience = audience(request);
        WorkspaceSnapshot visible = audience.<WorkspaceSnapshot>map(a -> new MarkedSnapshot(request.snapshot(), a))
                .orElse(request.snapshot());
        ReportRequest effective = new ReportRequest(visible, request.asOf(), request.audience(), request.since());
        List<SheetContributor> sheets = new ArrayList<>(contributors.values());
        Path temp = Files.createTempFile("strategyworkbench-report-", ".xlsx");
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        // POI's XML schema types are found through the context class loader: make it this bundle's
        thread.setContextClassLoader(PoiReportService.class.getClassLoader());
        try {
            try (OutputStream file = Files.newOutputStream(temp)) {
                writeWorkbook(effective, sheets, audience.map(Audience::banner).orElse(""), file, progress);
            }
            progress.worked("saving", sheets.size(), sheets.size());
            ReproducibleZip.copy(temp, request.asOf(), out);
        } finally {
            thread.setContextClassLoader(caller);
            Files.deleteIfExists(temp);
        }
    }

    private void writeWorkbook(ReportRequest request, List<SheetContributor> sheets, String banner, OutputStream out,
            Progress progress) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            // POI writes Zip64 records by default, which many zip readers reject; a workbook
            // never needs them below 4 GB per part.
            workbook.setZip64Mode(Zip64Mode.AsNeeded);
            String title = title(request.snapshot());
            properties(workbook, request, title);
            Styles styles = new Styles(workbook);
            Charts charts = new Charts(workbook);
            List<String> names = sheets.stream().map(SheetContributor::sheetName).toList();
            for (int i = 0; i < sheets.size(); i++) {
                if (progress.cancelled()) {
                    throw new CancellationException("the report was cancelled");
                }
                progress.worked(sheets.get(i).sheetName(), i, sheets.size());
                SXSSFSheet sheet = workbook.createSheet(sheets.get(i).sheetName());
                PrintSetup.apply(sheet, title, banner, request.asOf().toString());
                writeSheet(sheet, new PoiSheetWriter(sheet, styles, names, charts), sheets.get(i), request);
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void writeSheet(SXSSFSheet sheet, PoiSheetWriter writer, SheetContributor contributor,
            ReportRequest request) {
        try {
            contributor.write(writer, request);
        } catch (IllegalArgumentException e) {
            // a request the sheet cannot serve, such as an unknown round: the user's to fix
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("the sheet \"" + contributor.sheetName() + "\" of "
                    + contributor.getClass().getName() + " failed: " + e.getMessage(), e);
        }
        writer.finish();
    }

    private static Optional<Audience> audience(ReportRequest request) {
        if (request.audience().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(request.snapshot().get(AudienceType.TYPE, request.audience()).orElseThrow(() ->
                new IllegalArgumentException("no audience \"" + request.audience() + "\"; the workspace has: "
                        + request.snapshot().all(AudienceType.TYPE).stream().map(Audience::name)
                                .collect(Collectors.joining(", ")))));
    }

    static String title(WorkspaceSnapshot snapshot) {
        return snapshot.all(StrategyType.TYPE).stream().map(Strategy::name).findFirst()
                .map(name -> "Implementation plan: " + name).orElse("Implementation plan");
    }

    private static void properties(SXSSFWorkbook workbook, ReportRequest request, String title) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        Date day = Date.from(request.asOf().atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setTitle(title);
        core.setSubjectProperty("As of " + request.asOf());
        core.setCreator("Strategy Workbench");
        core.setCreated(Optional.of(day));
        core.setModified(Optional.of(day));
        core.setKeywords(request.audience().isEmpty() ? "all records" : "audience: " + request.audience());
        workbook.getXSSFWorkbook().getProperties().getExtendedProperties().getUnderlyingProperties()
                .setApplication("Strategy Workbench");
    }
}
