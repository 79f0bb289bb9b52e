package org.strategyworkbench.reporting.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.reporting.ReportRequest;
import org.strategyworkbench.reporting.SheetContributor;
import org.strategyworkbench.reporting.SheetOrder;
import org.strategyworkbench.reporting.SheetWriter;

/** The commitment register: every commitment with its provenance, strength, stage and dates. */
@Component
@SheetOrder(200)
public final class CommitmentsSheet implements SheetContributor {

    @Override
    public String sheetName() {
        return "Commitments";
    }

    @Override
    public void write(SheetWriter sheet, ReportRequest request) {
        sheet.widths(9, 40, 11, 8, 28, 17, 30, 14, 13, 12, 12, 12);
        sheet.header("Id", "Title", "Kind", "Strength", "Owner", "Provenance", "Source", "Stage", "Confidence",
                "Due", "Decision", "Last change");
        for (Commitment c : request.snapshot().all(CommitmentType.TYPE)) {
            sheet.row(c.id(), c.title(), c.kind(), c.strength().orElse(null), c.owner(), c.provenance().origin(),
                    c.provenance().source() + (c.provenance().location().isEmpty() ? "" : ", " + c.provenance().location()),
                    c.stage(), c.confidence(), c.dueDate(), c.decisionDate(), c.updated());
        }
    }
}
