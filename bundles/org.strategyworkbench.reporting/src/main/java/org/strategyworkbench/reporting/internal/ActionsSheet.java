package org.strategyworkbench.reporting.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.reporting.Cell;
import org.strategyworkbench.reporting.ReportRequest;
import org.strategyworkbench.reporting.SheetContributor;
import org.strategyworkbench.reporting.SheetOrder;
import org.strategyworkbench.reporting.SheetWriter;
import org.strategyworkbench.reporting.Tone;

/** The full action log, ally by ally. */
@Component
@SheetOrder(600)
public final class ActionsSheet implements SheetContributor {

    /** When an action last changed, to the minute, in UTC. */
    private static final java.time.format.DateTimeFormatter CHANGED_AT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    @Override
    public String sheetName() {
        return "Actions";
    }

    @Override
    public void write(SheetWriter sheet, ReportRequest request) {
        sheet.widths(12, 6, 13, 15, 12, 40, 11, 11, 14, 8, 30, 24, 8, 20, 20);
        sheet.header("Id", "Ally", "Commitment", "Type", "Status", "Title", "Start", "End", "Amount", "Currency",
                "Evidence", "Source", "Example", "Changed by", "Changed at");
        for (Action a : request.snapshot().all(ActionEntityType.TYPE)) {
            boolean missingEvidence = a.status() == ActionStatus.DONE && a.evidence().isBlank();
            sheet.row(a.id(), a.ally(), a.commitment(), a.type(),
                    Cell.of(a.status(), a.status() == ActionStatus.DONE ? Tone.GOOD : Tone.PLAIN), a.title(), a.start(),
                    a.end(), a.amount(), a.currency(), Cell.of(missingEvidence ? "missing" : a.evidence(),
                            missingEvidence ? Tone.WARNING : Tone.PLAIN), a.source(), a.example(),
                    a.lastChange().by(), CHANGED_AT.format(a.lastChange().at()));
        }
    }
}
