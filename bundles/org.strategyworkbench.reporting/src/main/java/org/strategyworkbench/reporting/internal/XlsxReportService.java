package org.strategyworkbench.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
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
 * Writes implementation-plan workbooks in one streaming pass (see {@link XlsxWorkbook}): memory
 * stays bounded however long a sheet is, and the same request gives the same bytes.
 */
@Component
public final class XlsxReportService implements ReportService {

    /** Contributors by (order, name, service id), so that iteration follows the sheet order. */
    private final Map<String, SheetContributor> contributors = new ConcurrentSkipListMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addContributor(SheetContributor contributor, Map<String, Object> properties) {
        contributors.put(key(contributor, properties), contributor);
    }

    public void removeContributor(SheetContributor contributor, Map<String, Object> properties) {
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
        ReportRequest effective = new ReportRequest(visible, request.asOf(), request.audience(), request.since(), request.sheets());
        List<SheetContributor> sheets = new ArrayList<>(contributors.values());
        if (!request.sheets().isEmpty()) {
            for (String wanted : request.sheets()) {
                if (sheets.stream().noneMatch(sheet -> sheet.sheetName().equalsIgnoreCase(wanted))) {
                    throw new IllegalArgumentException("there is no sheet named '" + wanted + "' (the sheets are: "
                            + String.join(", ", sheetNames()) + ")");
                }
            }
            sheets.removeIf(sheet -> request.sheets().stream().noneMatch(sheet.sheetName()::equalsIgnoreCase));
        }
        List<String> names = uniqueNames(sheets);
        String title = title(visible);
        String banner = audience.map(Audience::banner).orElse("");
        try (XlsxWorkbook workbook = new XlsxWorkbook(new NonClosing(out), request.asOf())) {
            for (int i = 0; i < sheets.size(); i++) {
                if (progress.cancelled()) {
                    throw new CancellationException("the report was cancelled");
                }
                progress.worked(names.get(i), i, sheets.size());
                XlsxSheet sheet = new XlsxSheet(names.get(i), i + 1, title, banner, request.asOf().toString());
                XlsxSheetWriter writer = workbook.sheet(sheet, names);
                writeSheet(writer, sheets.get(i), effective);
                workbook.endSheet(writer, sheet);
            }
            progress.worked("saving", sheets.size(), sheets.size());
            workbook.finish(title, "As of " + request.asOf(),
                    request.audience().isEmpty() ? "all records" : "audience: " + request.audience());
        }
    }

    /**
     * The sheets' names, made unique: a plugin may name its sheet like another one, and a workbook
     * with two sheets of one name is corrupt. A later duplicate gets " (2)", " (3)", ….
     */
    static List<String> uniqueNames(List<SheetContributor> sheets) {
        List<String> names = new ArrayList<>();
        for (SheetContributor sheet : sheets) {
            String name = sheet.sheetName();
            for (int n = 2; names.stream().anyMatch(name::equalsIgnoreCase); n++) {
                String suffix = " (" + n + ")";
                name = sheet.sheetName().substring(0, Math.min(sheet.sheetName().length(), 31 - suffix.length())) + suffix;
            }
            names.add(name);
        }
        return names;
    }

    private static void writeSheet(XlsxSheetWriter writer, SheetContributor contributor, ReportRequest request) {
        try {
            contributor.write(writer, request);
        } catch (IllegalArgumentException e) {
            // a request the sheet cannot serve, such as an unknown round: the user's to fix
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("the sheet \"" + contributor.sheetName() + "\" of "
                    + contributor.getClass().getName() + " failed: " + e.getMessage(), e);
        }
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

    /** Lets the zip writer finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
