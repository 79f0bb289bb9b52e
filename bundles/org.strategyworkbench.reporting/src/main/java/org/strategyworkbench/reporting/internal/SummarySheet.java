package org.strategyworkbench.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.commitments.Strategy;
import org.strategyworkbench.commitments.StrategyType;
import org.strategyworkbench.commitments.Strength;
import org.strategyworkbench.milestones.Milestone;
import org.strategyworkbench.milestones.MilestoneStatus;
import org.strategyworkbench.milestones.MilestoneType;
import org.strategyworkbench.reporting.Cell;
import org.strategyworkbench.reporting.ReportRequest;
import org.strategyworkbench.reporting.SheetContributor;
import org.strategyworkbench.reporting.SheetOrder;
import org.strategyworkbench.reporting.SheetWriter;
import org.strategyworkbench.reporting.Tone;

/** The first sheet: what the workbook is, the counts that matter, a chart, and links to every sheet. */
@Component
@SheetOrder(100)
public final class SummarySheet implements SheetContributor {

    @Override
    public String sheetName() {
        return "Summary";
    }

    @Override
    public void write(SheetWriter sheet, ReportRequest request) {
        sheet.widths(30, 12, 40);
        var snapshot = request.snapshot();
        sheet.title(XlsxReportService.title(snapshot));
        // dates as text here, so that they line up with the words beside them
        sheet.row("As of", request.asOf().toString());
        for (Strategy s : snapshot.all(StrategyType.TYPE)) {
            sheet.row("Endorsed", String.valueOf(s.endorsed()), s.endorsedBy());
            sheet.row("Released", String.valueOf(s.released()), s.releasedAt());
        }
        sheet.row("Audience", request.audience().isEmpty() ? "all records" : request.audience());
        sheet.row("Compared with round", request.since().isEmpty() ? "none" : request.since());
        sheet.blank();
        sheet.row(Cell.bold("Sheets"));
        sheet.sheetNames().stream().filter(n -> !n.equals(sheetName())).forEach(n -> sheet.row(Cell.linkTo(n)));
        sheet.blank();
        List<Commitment> commitments = snapshot.all(CommitmentType.TYPE);
        int first = table(sheet, "Commitments by stage", Counts.by(commitments, Stage.class, Commitment::stage), SummarySheet::stageTone);
        sheet.barChart("Commitments by stage", first, first + Stage.values().length - 1, 0, 1, 3);
        table(sheet, "Commitments by strength", Counts.by(commitments, Strength.class, c -> c.strength().orElse(null)), s -> Tone.PLAIN);
        LocalDate asOf = request.asOf();
        table(sheet, "Milestones by status", Counts.by(snapshot.all(MilestoneType.TYPE), MilestoneStatus.class,
                (Milestone m) -> m.status(asOf)), SummarySheet::milestoneTone);
        table(sheet, "Actions by status", Counts.by(snapshot.all(ActionEntityType.TYPE), ActionStatus.class,
                Action::status), s -> s == ActionStatus.DONE ? Tone.GOOD : Tone.PLAIN);
    }

    /** Writes a titled two-column table; returns the index of its first data row. */
    private static <E extends Enum<E>> int table(SheetWriter sheet, String title, Map<E, Integer> counts,
            java.util.function.Function<E, Tone> tone) {
        sheet.row(Cell.bold(title), Cell.bold("Count"));
        int first = sheet.rowIndex();
        counts.forEach((key, n) -> sheet.row(Cell.of(key, n > 0 ? tone.apply(key) : Tone.PLAIN), n));
        sheet.blank();
        return first;
    }

    static Tone stageTone(Stage stage) {
        return switch (stage) {
            case DONE -> Tone.GOOD;
            case DECIDED, IMPLEMENTING -> Tone.INFO;
            case PROPOSED, EXPLORING, STUDYING -> Tone.WARNING;
            case CLOSED -> Tone.MUTED;
        };
    }

    static Tone milestoneTone(MilestoneStatus status) {
        return switch (status) {
            case DONE -> Tone.GOOD;
            case ON_TRACK -> Tone.INFO;
            case AT_RISK -> Tone.WARNING;
            case LATE -> Tone.BAD;
        };
    }
}
