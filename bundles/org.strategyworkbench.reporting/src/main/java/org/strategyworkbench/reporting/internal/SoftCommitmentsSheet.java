package org.strategyworkbench.reporting.internal;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Kinds;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.Validation;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.reporting.Cell;
import org.strategyworkbench.reporting.ReportRequest;
import org.strategyworkbench.reporting.SheetContributor;
import org.strategyworkbench.reporting.SheetOrder;
import org.strategyworkbench.reporting.SheetWriter;
import org.strategyworkbench.reporting.Tone;

/**
 * The watch list of soft commitments (explore, study, assess, …): how long each has been quiet,
 * when a decision is due, what it turned into, and what the checks say about it.
 */
@Component
@SheetOrder(300)
public final class SoftCommitmentsSheet implements SheetContributor {

    private final Validation validation;

    @Activate
    public SoftCommitmentsSheet(@Reference Validation validation) {
        this.validation = validation;
    }

    @Override
    public String sheetName() {
        return "Soft commitments";
    }

    @Override
    public void write(SheetWriter sheet, ReportRequest request) {
        // only the commitments' own problems are shown here: validate a view that holds nothing else
        Map<String, String> attention = validation.validate(new OnlyTypes(request.snapshot(), Set.of(CommitmentType.NAME)),
                        new ValidationContext(request.asOf()))
                .stream().filter(p -> p.entityType().equals(CommitmentType.NAME) && p.severity() != Problem.Severity.INFO)
                .collect(Collectors.groupingBy(Problem::entityId, Collectors.mapping(Problem::message, Collectors.joining("; "))));
        sheet.widths(9, 40, 10, 13, 28, 12, 12, 22, 48);
        sheet.header("Id", "Title", "Kind", "Stage", "Owner", "Days quiet", "Decision due", "Follow-ups", "Attention");
        for (Commitment c : request.snapshot().all(CommitmentType.TYPE)) {
            if (!Kinds.isSoft(c.kind())) {
                continue;
            }
            String flag = attention.getOrDefault(c.id(), "");
            long quiet = ChronoUnit.DAYS.between(c.updated(), request.asOf());
            sheet.row(c.id(), c.title(), c.kind(), Cell.of(c.stage(), SummarySheet.stageTone(c.stage())), c.owner(), quiet,
                    c.decisionDate(), String.join(", ", c.followUps()),
                    Cell.of(flag.isEmpty() ? "—" : flag, flag.contains("stalling") ? Tone.WARNING : Tone.PLAIN));
        }
    }

}
