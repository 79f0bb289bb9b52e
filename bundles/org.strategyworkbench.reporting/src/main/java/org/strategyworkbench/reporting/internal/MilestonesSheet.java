package org.strategyworkbench.reporting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
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
 * with one cell per month (B baseline, F forecast, A actual; coloured by status).
 */
@Component
@SheetOrder(500)
public final class MilestonesSheet implements SheetContributor {

    /** At most this many month columns; a longer plan shows the months around the "as of" date. */
    static final int MAX_MONTHS = 48;
    private static final int FIXED = 10;

    @Override
    public String sheetName() {
        return "Milestones";
    }

    @Override
    public void write(SheetWriter sheet, ReportRequest request) {
        List<Milestone> milestones = request.snapshot().all(MilestoneType.TYPE).stream()
                .sorted(Comparator.comparing((Milestone m) -> date(m)).thenComparing(Milestone::id)).toList();
        List<YearMonth> months = months(milestones, request.asOf());
        List<String> header = new ArrayList<>(List.of("Id", "Milestone", "Commitment", "Owner", "Status", "Baseline",
                "Forecast", "Actual", "Slip (days)", "Source"));
        months.forEach(m -> header.add(m.toString()));
        int[] widths = new int[header.size()];
        Arrays.fill(widths, 5);
        System.arraycopy(new int[] {15, 40, 10, 14, 10, 11, 11, 11, 8, 18}, 0, widths, 0, FIXED);
        sheet.widths(widths);
        sheet.header(header.toArray(String[]::new));
        for (Milestone m : milestones) {
            MilestoneStatus status = m.status(request.asOf());
            List<Object> row = new ArrayList<>(List.of(m.id(), m.title(), m.commitment(), m.owner(),
                    Cell.of(status, SummarySheet.milestoneTone(status))));
            row.addAll(Arrays.asList(m.baseline(), m.forecast(), m.actual(), m.slipDays().orElse(null),
                    m.provenance().origin()));
            months.forEach(month -> row.add(timelineCell(m, month, status)));
            sheet.row(row.toArray());
        }
    }

    static Object timelineCell(Milestone m, YearMonth month, MilestoneStatus status) {
        StringBuilder marks = new StringBuilder();
        if (m.baseline() != null && YearMonth.from(m.baseline()).equals(month)) {
            marks.append('B');
        }
        if (m.forecast() != null && YearMonth.from(m.forecast()).equals(month)) {
            marks.append('F');
        }
        if (m.actual() != null && YearMonth.from(m.actual()).equals(month)) {
            marks.append('A');
        }
        return marks.isEmpty() ? null : Cell.of(marks.toString(), SummarySheet.milestoneTone(status));
    }

    static List<YearMonth> months(List<Milestone> milestones, LocalDate asOf) {
        List<YearMonth> all = milestones.stream()
                .flatMap(m -> Stream.of(m.baseline(), m.forecast(), m.actual()))
                .filter(d -> d != null).map(YearMonth::from).sorted().toList();
        YearMonth first = all.isEmpty() ? YearMonth.from(asOf) : all.get(0);
        YearMonth last = all.isEmpty() ? YearMonth.from(asOf) : all.get(all.size() - 1);
        if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            YearMonth centre = YearMonth.from(asOf);
            first = centre.minusMonths(MAX_MONTHS / 2);
            last = first.plusMonths(MAX_MONTHS - 1);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static LocalDate date(Milestone m) {
        return m.actual() != null ? m.actual() : m.expected().orElse(LocalDate.MAX);
    }
}
