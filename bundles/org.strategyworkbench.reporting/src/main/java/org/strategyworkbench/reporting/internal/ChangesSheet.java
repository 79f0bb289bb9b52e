package org.strategyworkbench.reporting.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.core.rounds.Difference;
import org.strategyworkbench.core.rounds.Round;
import org.strategyworkbench.core.rounds.Rounds;
import org.strategyworkbench.reporting.Cell;
import org.strategyworkbench.reporting.ReportRequest;
import org.strategyworkbench.reporting.SheetContributor;
import org.strategyworkbench.reporting.SheetOrder;
import org.strategyworkbench.reporting.SheetWriter;
import org.strategyworkbench.reporting.Tone;

/** What changed since the reporting round the export was asked to compare with. */
@Component
@SheetOrder(700)
public final class ChangesSheet implements SheetContributor {

    private final Rounds rounds;

    @Activate
    public ChangesSheet(@Reference Rounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public String sheetName() {
        return "Changes";
    }

    @Override
    public void write(SheetWriter sheet, ReportRequest request) {
        sheet.widths(10, 12, 14, 60);
        if (request.since().isEmpty()) {
            sheet.note("No reporting round was chosen to compare with (export --since ROUND).");
            return;
        }
        Round round = rounds.round(request.since()).orElseThrow(() -> new IllegalArgumentException(
                "no reporting round \"" + request.since() + "\""));
        sheet.row(Cell.bold("Changes since \"" + round.name() + "\" (" + round.date() + ")"));
        sheet.header("Change", "Type", "Id", "What changed");
        for (Difference d : rounds.compare(round, Optional.empty())) {
            if (!visible(request, d)) {
                continue;
            }
            Tone tone = switch (d.kind()) {
                case ADDED -> Tone.GOOD;
                case REMOVED -> Tone.BAD;
                case CHANGED -> Tone.INFO;
            };
            sheet.row(Cell.of(d.kind(), tone), d.typeName(), d.id(), describe(d));
        }
    }

    private static boolean visible(ReportRequest request, Difference d) {
        if (request.snapshot() instanceof MarkedSnapshot marked) {
            return (d.before() == null || marked.visible(d.before())) && (d.after() == null || marked.visible(d.after()));
        }
        return true;
    }

    /** "stage: proposed → decided; updated: 2025-02-13 → 2026-06-01" for a change. */
    static String describe(Difference d) {
        if (d.kind() != Difference.Kind.CHANGED) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String field : d.changedFields()) {
            parts.add(field + ": " + value(d.before(), field) + " → " + value(d.after(), field));
        }
        return String.join("; ", parts);
    }

    private static String value(Object record, String field) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(field)) {
                try {
                    Object v = c.getAccessor().invoke(record);
                    return v == null || v.toString().isEmpty() ? "(none)" : XlsxSheetWriter.text(v);
                } catch (ReflectiveOperationException e) {
                    return "?";
                }
            }
        }
        return "?";
    }
}
