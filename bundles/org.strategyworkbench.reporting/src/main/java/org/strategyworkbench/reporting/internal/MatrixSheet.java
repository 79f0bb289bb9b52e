package org.strategyworkbench.reporting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.Engagement;
import org.strategyworkbench.actions.Position;
import org.strategyworkbench.actions.PositionType;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.reporting.Cell;
import org.strategyworkbench.reporting.ReportRequest;
import org.strategyworkbench.reporting.SheetContributor;
import org.strategyworkbench.reporting.SheetOrder;
import org.strategyworkbench.reporting.SheetWriter;
import org.strategyworkbench.reporting.Tone;

/** Every commitment against every ally: acting (with the leading status), no action, not applicable, not reported. */
@Component
@SheetOrder(400)
public final class MatrixSheet implements SheetContributor {

    @Override
    public String sheetName() {
        return "Allies x commitments";
    }

    @Override
    public void write(SheetWriter sheet, ReportRequest request) {
        var snapshot = request.snapshot();
        List<Ally> allies = snapshot.all(AllyType.TYPE);
        // by commitment, then by ally: one pass over the actions and positions, no lookup per cell
        Map<String, Map<String, List<Action>>> actions = new HashMap<>();
        snapshot.all(ActionEntityType.TYPE).forEach(a -> actions.computeIfAbsent(a.commitment(), k -> new HashMap<>())
                .computeIfAbsent(a.ally(), k -> new ArrayList<>()).add(a));
        Map<String, Map<String, Position>> positions = new HashMap<>();
        snapshot.all(PositionType.TYPE).forEach(p -> positions.computeIfAbsent(p.commitment(), k -> new HashMap<>())
                .put(p.ally(), p));
        List<String> header = new ArrayList<>(List.of("Id", "Commitment"));
        allies.forEach(a -> header.add(a.code()));
        int[] widths = new int[header.size()];
        java.util.Arrays.fill(widths, 9);
        widths[1] = 36;
        sheet.widths(widths);
        sheet.note("Each cell: the leading status of the ally's actions on the commitment; \"no action\" or \"n/a\" "
                + "(not applicable, opted out) as the ally declared; \"–\" when nothing was reported.");
        sheet.header(header.toArray(String[]::new));
        for (Commitment c : snapshot.all(CommitmentType.TYPE)) {
            List<Object> row = new ArrayList<>(List.of(c.id(), c.title()));
            Map<String, List<Action>> byAlly = actions.getOrDefault(c.id(), Map.of());
            Map<String, Position> declared = positions.getOrDefault(c.id(), Map.of());
            for (Ally ally : allies) {
                row.add(cell(Engagement.of(byAlly.getOrDefault(ally.code(), List.of()),
                        Optional.ofNullable(declared.get(ally.code())))));
            }
            sheet.row(row.toArray());
        }
    }

    static Cell cell(Engagement e) {
        return switch (e.state()) {
            case ACTING -> {
                ActionStatus lead = e.leadingStatus().orElse(ActionStatus.CANCELLED);
                yield Cell.of(lead, lead == ActionStatus.DONE ? Tone.GOOD : lead == ActionStatus.CANCELLED ? Tone.MUTED : Tone.INFO);
            }
            case NO_ACTION -> Cell.of("no action", Tone.WARNING);
            case NOT_APPLICABLE -> Cell.of("n/a", Tone.MUTED);
            case NOT_REPORTED -> Cell.of("–", Tone.PLAIN);
        };
    }
}
