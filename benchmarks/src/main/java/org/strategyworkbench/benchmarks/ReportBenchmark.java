package org.strategyworkbench.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.strategyworkbench.actions.internal.ActionChecks;
import org.strategyworkbench.commitments.internal.CommitmentChecks;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.Validation;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.dataset.synthetic.SyntheticSize;
import org.strategyworkbench.dataset.synthetic.SyntheticWorkspace;
import org.strategyworkbench.milestones.internal.MilestoneChecks;
import org.strategyworkbench.reporting.Progress;
import org.strategyworkbench.reporting.ReportRequest;
import org.strategyworkbench.reporting.SheetContributor;
import org.strategyworkbench.reporting.SheetOrder;
import org.strategyworkbench.reporting.internal.ActionsSheet;
import org.strategyworkbench.reporting.internal.ChangesSheet;
import org.strategyworkbench.reporting.internal.CommitmentsSheet;
import org.strategyworkbench.reporting.internal.MatrixSheet;
import org.strategyworkbench.reporting.internal.MilestonesSheet;
import org.strategyworkbench.reporting.internal.SoftCommitmentsSheet;
import org.strategyworkbench.reporting.internal.SummarySheet;
import org.strategyworkbench.reporting.internal.XlsxReportService;

/**
 * The implementation-plan export at scale: the full report of the synthetic workspace, against a
 * lower bound measured in the same run, the same rows written as minimal sheet XML into a
 * {@link ZipOutputStream} at the same deflate level. Prints medians, the ratio and the peak heap.
 * Run it with {@code benchmarks/report.sh} (the JVM is capped at -Xmx256m there).
 */
public final class ReportBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        SyntheticSize size = SyntheticSize.SCALE;
        WorkspaceSnapshot snapshot = SyntheticWorkspace.generate(size).snapshot();
        XlsxReportService service = service();
        Path out = Files.createTempFile("report-benchmark", ".xlsx");
        try {
            ReportRequest request = new ReportRequest(snapshot, AS_OF);
            List<List<Object[]>> rows = Recording.rows(contributors(), request);
            long cells = rows.stream().flatMap(List::stream).mapToLong(r -> r.length).sum();
            long[] report = new long[runs];
            long[] bound = new long[runs];
            long peak = 0;
            for (int i = -1; i < runs; i++) {
                resetPeaks();
                long t0 = System.nanoTime();
                try (OutputStream o = Files.newOutputStream(out)) {
                    service.write(request, o, Progress.NONE);
                }
                long t1 = System.nanoTime();
                peak = Math.max(peak, i < 0 ? 0 : peakHeap());
                long size1 = Files.size(out);
                long t2 = System.nanoTime();
                writeBound(rows, out);
                long t3 = System.nanoTime();
                if (i >= 0) {
                    report[i] = t1 - t0;
                    bound[i] = t3 - t2;
                }
                if (i == runs - 1) {
                    System.out.printf("file sizes: report %.1f MB, lower bound %.1f MB%n", size1 / 1e6, Files.size(out) / 1e6);
                }
            }
            long c0 = System.nanoTime();
            Recording.rows(contributors(), request);
            System.out.printf("computing the rows alone (no file): %.0f ms%n", (System.nanoTime() - c0) / 1e6);
            double r = median(report) / 1e6;
            double b = median(bound) / 1e6;
            System.out.printf("workspace: %,d commitments, %,d allies, %,d actions, %,d milestones; %,d cells in %d sheets%n",
                    size.commitments(), size.allies(), size.actions(), size.milestones(), cells, rows.size());
            System.out.printf("lower bound (same rows, minimal sheet XML, deflate %d): median %.0f ms%n", 4, b);
            System.out.printf("full report:                                         median %.0f ms (%.2fx the bound)%n", r, r / b);
            System.out.printf("peak heap during the report: %.0f MB (max heap %.0f MB)%n", peak / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    static XlsxReportService service() {
        XlsxReportService service = new XlsxReportService();
        List<SheetContributor> sheets = contributors();
        for (int i = 0; i < sheets.size(); i++) {
            service.addContributor(sheets.get(i), Map.of(SheetOrder.PROPERTY, (i + 1) * 100, "service.id", (long) i));
        }
        return service;
    }

    /** The built-in sheets, in their order, wired by hand as Declarative Services would. */
    static List<SheetContributor> contributors() {
        CommitmentChecks.Config config = new CommitmentChecks.Config() {
            @Override
            public int stallAfterDays() {
                return 180;
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return CommitmentChecks.Config.class;
            }
        };
        Validation validation = (snapshot, context) -> {
            List<Problem> problems = new ArrayList<>();
            problems.addAll(new CommitmentChecks(config).validate(snapshot, context));
            problems.addAll(new ActionChecks().validate(snapshot, context));
            problems.addAll(new MilestoneChecks().validate(snapshot, context));
            return problems;
        };
        return List.of(new SummarySheet(), new CommitmentsSheet(), new SoftCommitmentsSheet(validation), new MatrixSheet(),
                new MilestonesSheet(), new ActionsSheet(), new ChangesSheet(null));
    }

    /** The same rows as minimal sheet XML: inline strings and plain numbers, no styles, one deflate pass. */
    static void writeBound(List<List<Object[]>> sheets, Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(4);
            Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            for (int s = 0; s < sheets.size(); s++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (s + 1) + ".xml"));
                w.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                int r = 1;
                for (Object[] row : sheets.get(s)) {
                    w.write("<row r=\"" + r + "\">");
                    for (Object v : row) {
                        if (v instanceof Number n) {
                            w.write("<c><v>" + n + "</v></c>");
                        } else if (v != null) {
                            w.write("<c t=\"inlineStr\"><is><t>" + escape(v.toString()) + "</t></is></c>");
                        } else {
                            w.write("<c/>");
                        }
                    }
                    w.write("</row>");
                    r++;
                }
                w.write("</sheetData></worksheet>");
                w.flush();
                zip.closeEntry();
            }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
