package org.strategyworkbench.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.milestones.Milestone;
import org.strategyworkbench.milestones.MilestoneStatus;
import org.strategyworkbench.milestones.MilestoneType;
import org.strategyworkbench.reporting.Cell;
import org.strategyworkbench.reporting.ReportRequest;
import org.strategyworkbench.reporting.SheetContributor;
import org.strategyworkbench.reporting.SheetOrder;
import org.strategyworkbench.reporting.SheetWriter;
import org.strategyworkbench.reporting.Tone;

/**
 * The milestone plan: baseline, forecast and actual dates, slip, status, and a timeline drawn
 * with one cell per month, quarter or year (B baseline, F forecast, A actual; coloured by status).
 */
@Component
@SheetOrder(500)
public final class MilestonesSheet implements SheetContributor {

    private static final int FIXED = 10;

    @Override
    public String sheetName() {
        return "Milestones";
    }

    @Override
    public void write(SheetWriter sheet, ReportRequest request) {
        List<Milestone> milestones = request.snapshot().all(MilestoneType.TYPE).stream()
                .sorted(Comparator.comparing((Milestone m) -> date(m)).thenComparing(Milestone::id)).toList();
        TimelineBuckets buckets = buckets(milestones, request.asOf());
        List<String> header = new ArrayList<>(List.of("Id", "Milestone", "Commitment", "Owner", "Status", "Baseline",
                "Forecast", "Actual", "Slip (days)", "Source"));
        for (int i = 0; i < buckets.starts().size(); i++) {
            header.add(buckets.label(i));
        }
        int[] widths = new int[header.size()];
        Arrays.fill(widths, 8);
        System.arraycopy(new int[] {15, 40, 13, 14, 10, 11, 11, 11, 8, 18}, 0, widths, 0, FIXED);
        sheet.widths(widths);
        sheet.note("Timeline: B baseline, F forecast, A actual, in the column of the " + (buckets.monthsPerBucket() == 1
                ? "month" : buckets.monthsPerBucket() == 3 ? "quarter" : "year") + " they fall in.");
        sheet.header(header.toArray(String[]::new));
        for (Milestone m : milestones) {
            MilestoneStatus status = m.status(request.asOf());
            List<Object> row = new ArrayList<>(List.of(m.id(), m.title(), m.commitment(), m.owner(),
                    Cell.of(status, SummarySheet.milestoneTone(status))));
            row.addAll(Arrays.asList(m.baseline(), m.forecast(), m.actual(), m.slipDays().orElse(null),
                    m.provenance().origin()));
            row.addAll(timeline(m, buckets, status));
            sheet.row(row.toArray());
        }
    }

    static List<Object> timeline(Milestone m, TimelineBuckets buckets, MilestoneStatus status) {
        String[] marks = new String[buckets.starts().size()];
        mark(marks, buckets, m.baseline(), "B");
        mark(marks, buckets, m.forecast(), "F");
        mark(marks, buckets, m.actual(), "A");
        List<Object> cells = new ArrayList<>();
        for (String mark : marks) {
            cells.add(mark == null ? null : Cell.of(mark, SummarySheet.milestoneTone(status)));
        }
        return cells;
    }

    private static void mark(String[] marks, TimelineBuckets buckets, LocalDate date, String letter) {
        int i = date == null ? -1 : buckets.indexOf(date);
        if (i >= 0) {
            marks[i] = marks[i] == null ? letter : marks[i] + letter;
        }
    }

    static TimelineBuckets buckets(List<Milestone> milestones, LocalDate asOf) {
        List<LocalDate> dates = milestones.stream().flatMap(m -> Stream.of(m.baseline(), m.forecast(), m.actual()))
                .filter(d -> d != null).sorted().toList();
        return dates.isEmpty() ? TimelineBuckets.covering(asOf, asOf)
                : TimelineBuckets.covering(dates.get(0), dates.get(dates.size() - 1));
    }

    private static LocalDate date(Milestone m) {
        return m.actual() != null ? m.actual() : m.expected().orElse(LocalDate.MAX);
    }
}
