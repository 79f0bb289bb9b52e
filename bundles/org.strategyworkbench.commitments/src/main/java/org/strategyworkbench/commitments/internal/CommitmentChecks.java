package org.strategyworkbench.commitments.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Kinds;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.problems.Validator;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * The checks staff rely on to keep commitments from stalling: a soft commitment still undecided
 * with no decision date, or unchanged for too long, is stalling; an open commitment past its due
 * date is overdue; a follow-up must name an existing commitment.
 */
@Component(configurationPid = CommitmentChecks.PID)
@Designate(ocd = CommitmentChecks.Config.class)
public final class CommitmentChecks implements Validator {

    static final String PID = "org.strategyworkbench.commitments.checks";
    private static final String TYPE = CommitmentType.NAME;

    @ObjectClassDefinition(name = "Commitment checks", description = "When a soft commitment counts as stalling.")
    public @interface Config {
        @AttributeDefinition(description = "Days without a change after which an undecided soft commitment is stalling")
        int stallAfterDays() default 180;
    }

    private final int stallAfterDays;

    @Activate
    public CommitmentChecks(Config config) {
        this.stallAfterDays = config.stallAfterDays();
    }

    @Override
    public List<Problem> validate(WorkspaceSnapshot snapshot, ValidationContext context) {
        List<Problem> problems = new ArrayList<>();
        for (Commitment c : snapshot.all(CommitmentType.TYPE)) {
            stalling(c, context.asOf()).ifPresent(problems::add);
            if (c.stage() != null && c.stage().isOpen() && c.dueDate() != null && c.dueDate().isBefore(context.asOf())) {
                problems.add(Problem.warning(TYPE, c.id(), "overdue: due " + c.dueDate() + " and still " + c.stage()));
            }
            for (String followUp : c.followUps()) {
                if (snapshot.get(CommitmentType.TYPE, followUp).isEmpty()) {
                    problems.add(Problem.error(TYPE, c.id(), "followUps", "follow-up " + followUp + " does not exist"));
                }
            }
        }
        return problems;
    }

    java.util.Optional<Problem> stalling(Commitment c, LocalDate asOf) {
        if (!Kinds.isSoft(c.kind()) || c.stage() == null || !c.stage().isUndecided()) {
            return java.util.Optional.empty();
        }
        if (c.decisionDate() == null) {
            return java.util.Optional.of(Problem.warning(TYPE, c.id(), "stalling: soft commitment with no decision date"));
        }
        long quiet = ChronoUnit.DAYS.between(c.updated(), asOf);
        if (quiet > stallAfterDays) {
            return java.util.Optional.of(Problem.warning(TYPE, c.id(), "stalling: unchanged for " + quiet + " days (limit "
                    + stallAfterDays + ")"));
        }
        if (c.decisionDate().isBefore(asOf)) {
            return java.util.Optional.of(Problem.warning(TYPE, c.id(), "stalling: decision was due " + c.decisionDate()));
        }
        return java.util.Optional.empty();
    }
}
