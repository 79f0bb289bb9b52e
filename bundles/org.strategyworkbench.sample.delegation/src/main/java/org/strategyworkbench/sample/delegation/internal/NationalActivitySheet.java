package org.strategyworkbench.sample.delegation.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.reporting.ReportRequest;
import org.strategyworkbench.reporting.SheetContributor;
import org.strategyworkbench.reporting.SheetOrder;
import org.strategyworkbench.reporting.SheetWriter;

/** One row per ally: how many actions it has in each status. Placed after the matrix (400). */
@Component
@SheetOrder(450)
public final class NationalActivitySheet implements SheetContributor {

    @Override
    public String sheetName() {
        return "National activity";
    }

    @Override
    public void write(SheetWriter sheet, ReportRequest request) {
        sheet.widths(8, 24, 10, 12, 10, 11, 10);
        sheet.header("Ally", "Name", "Planned", "In progress", "Done", "Cancelled", "Total");
        for (Ally ally : request.snapshot().all(AllyType.TYPE)) {
            List<Action> actions = request.snapshot().partition(ActionEntityType.TYPE, ally.code());
            sheet.row(ally.code(), ally.name(), count(actions, ActionStatus.PLANNED), count(actions, ActionStatus.IN_PROGRESS),
                    count(actions, ActionStatus.DONE), count(actions, ActionStatus.CANCELLED), actions.size());
        }
    }

    private static long count(List<Action> actions, ActionStatus status) {
        return actions.stream().filter(a -> a.status() == status).count();
    }
}
