package org.strategyworkbench.commitments.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Confidence;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.workspace.SnapshotBuilder;

class CommitmentChecksTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private final CommitmentChecks checks = new CommitmentChecks(config(180));

    static CommitmentChecks.Config config(int days) {
        return new CommitmentChecks.Config() {
            @Override public int stallAfterDays() { return days; }
            @Override public Class<? extends Annotation> annotationType() { return CommitmentChecks.Config.class; }
        };
    }

    static Commitment commitment(String id, String kind, Stage stage, LocalDate decision, LocalDate updated,
            String... followUps) {
        return new Commitment(id, "Title " + id, "", kind, "NATO staff", "Acquisition",
                new Provenance(Provenance.Origin.STAFF_RECORD, "test", ""), stage, "", null, decision,
                List.of(followUps), Confidence.MEDIUM, "", updated);
    }

    private List<String> problems(Commitment... commitments) {
        return checks.validate(new SnapshotBuilder().add(CommitmentType.TYPE, commitments).build(),
                new ValidationContext(AS_OF)).stream().map(Problem::describe).toList();
    }

    @Test
    void aSoftCommitmentWithoutDecisionDateIsStalling() {
        assertEquals(List.of("WARNING commitment CSS-06: stalling: soft commitment with no decision date"),
                problems(commitment("CSS-06", "explore", Stage.EXPLORING, null, AS_OF)));
    }

    @Test
    void aSoftCommitmentUnchangedTooLongIsStalling() {
        assertEquals(List.of("WARNING commitment CSS-06: stalling: unchanged for 181 days (limit 180)"),
                problems(commitment("CSS-06", "explore", Stage.EXPLORING, AS_OF.plusMonths(2), AS_OF.minusDays(181))));
    }

    @Test
    void theStallingLimitIsConfigurable() {
        CommitmentChecks strict = new CommitmentChecks(config(30));
        Commitment c = commitment("CSS-06", "explore", Stage.EXPLORING, AS_OF.plusMonths(2), AS_OF.minusDays(31));
        assertEquals(1, strict.validate(new SnapshotBuilder().add(CommitmentType.TYPE, c).build(),
                new ValidationContext(AS_OF)).size());
    }

    @Test
    void aSoftCommitmentRecentlyChangedWithAFutureDecisionIsFine() {
        assertEquals(List.of(), problems(commitment("CSS-06", "explore", Stage.EXPLORING, AS_OF.plusMonths(2), AS_OF.minusDays(10))));
    }

    @Test
    void decidedOrConcreteCommitmentsDoNotStall() {
        assertEquals(List.of(), problems(commitment("CSS-06", "explore", Stage.DECIDED, null, AS_OF.minusYears(2)),
                commitment("CSS-01", "establish", Stage.PROPOSED, null, AS_OF.minusYears(2))));
    }

    @Test
    void anOpenCommitmentPastItsDueDateIsOverdueAndADoneOneIsNot() {
        Commitment late = new Commitment("CSS-01", "Front door", "", "establish", "NATO", "Industry",
                new Provenance(Provenance.Origin.STAFF_RECORD, "test", ""), Stage.IMPLEMENTING, "", AS_OF.minusDays(1),
                AS_OF.minusYears(1), List.of(), Confidence.HIGH, "", AS_OF);
        assertEquals(List.of("WARNING commitment CSS-01: overdue: due 2026-05-31 and still IMPLEMENTING"), problems(late));
        assertEquals(List.of(), problems(late.withStage(Stage.DONE, "", AS_OF)));
    }

    @Test
    void aFollowUpMustExist() {
        assertEquals(List.of("ERROR commitment CSS-06 followUps: follow-up CSS-99 does not exist"),
                problems(commitment("CSS-06", "explore", Stage.DECIDED, AS_OF, AS_OF, "CSS-99")));
    }

    @Test
    void closingNeedsAReasonAndAnUnknownKindIsAnError() {
        Commitment closed = commitment("CSS-06", "explore", Stage.CLOSED, AS_OF, AS_OF);
        Commitment odd = commitment("CSS-07", "ponder", Stage.PROPOSED, AS_OF, AS_OF);
        assertEquals("closedReason", CommitmentType.TYPE.check(closed).get(0).field());
        assertEquals("kind", CommitmentType.TYPE.check(odd).get(0).field());
        assertEquals(List.of(), CommitmentType.TYPE.check(closed.withStage(Stage.CLOSED, "overtaken by CSS-09", AS_OF)));
    }

    @Test
    void decidingSetsTheDecisionDateAndTheChangeDate() {
        Commitment decided = commitment("CSS-06", "explore", Stage.EXPLORING, null, AS_OF.minusYears(1))
                .withStage(Stage.DECIDED, "", AS_OF);
        assertEquals(AS_OF, decided.decisionDate());
        assertEquals(AS_OF, decided.updated());
    }
}
