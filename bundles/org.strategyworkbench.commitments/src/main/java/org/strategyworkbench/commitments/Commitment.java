package org.strategyworkbench.commitments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One commitment of the strategy. Immutable; stored under {@link CommitmentType#TYPE}, which
 * checks it when an edit stores it.
 *
 * @param id stable id, for example {@code "CSS-07"}
 * @param title a short title in the workspace's own words
 * @param summary what the commitment means, in the workspace's own words
 * @param kind the verb: explore, study, establish, …; see {@link Kinds}
 * @param owner the body that owns it
 * @param objective the strategy objective it serves
 * @param provenance where the commitment is stated
 * @param stage where it stands
 * @param closedReason why it was closed; required when the stage is {@link Stage#CLOSED}
 * @param dueDate when it should be delivered, or null
 * @param decisionDate when a decision is due (for soft commitments) or was taken, or null
 * @param followUps ids of the concrete commitments this one turned into
 * @param confidence how likely it is to be delivered
 * @param marking the release marking ({@code ""} when releasable to every audience)
 * @param updated the date of the last change of substance (stage, dates, follow-ups)
 * @since 1.0
 */
public record Commitment(String id, String title, String summary, String kind, String owner, String objective,
        Provenance provenance, Stage stage, String closedReason, LocalDate dueDate, LocalDate decisionDate,
        List<String> followUps, Confidence confidence, String marking, LocalDate updated) {

    /**
     * Creates a commitment; absent optional values are replaced by their defaults.
     *
     * @param id stable id, for example {@code "CSS-07"}: an upper-case letter, more upper-case
     *        letters or digits, a hyphen, then letters, digits and hyphens
     * @param title a short title in the workspace's own words; required
     * @param summary what the commitment means; null is taken as empty
     * @param kind the verb, one of {@link Kinds#all()} in any case
     * @param owner the body that owns it
     * @param objective the strategy objective it serves
     * @param provenance where the commitment is stated; required
     * @param stage where it stands; required
     * @param closedReason why it was closed, required when the stage is {@link Stage#CLOSED}; null
     *        is taken as empty
     * @param dueDate when it should be delivered, or null
     * @param decisionDate when a decision is due or was taken, or null
     * @param followUps ids of the concrete commitments this one turned into; null is taken as
     *        none, copied
     * @param confidence how likely it is to be delivered; null is taken as
     *        {@link Confidence#NOT_ASSESSED}
     * @param marking the release marking; null is taken as {@code ""} (every audience)
     * @param updated the date of the last change of substance; required
     */
    public Commitment {
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        closedReason = closedReason == null ? "" : closedReason;
        marking = marking == null ? "" : marking;
        confidence = confidence == null ? Confidence.NOT_ASSESSED : confidence;
        summary = summary == null ? "" : summary;
    }

    /**
     * The strength its kind implies.
     *
     * @return the strength, or empty for an unknown kind (which the checks report as an error)
     */
    public Optional<Strength> strength() {
        return Kinds.strengthOf(kind);
    }

    /**
     * This commitment moved to another stage on a date; a reason is needed to close it. Whether
     * the move is one of {@link Stage#next()} is not checked here.
     *
     * @param newStage the stage to move to
     * @param reason why it is closed; kept only when {@code newStage} is {@link Stage#CLOSED},
     *        otherwise the closed reason is cleared
     * @param on the date of the move: it becomes {@code updated}, and the decision date too when
     *        the commitment is decided and had none
     * @return a new commitment; this one is unchanged
     */
    public Commitment withStage(Stage newStage, String reason, LocalDate on) {
        return new Commitment(id, title, summary, kind, owner, objective, provenance, newStage,
                newStage == Stage.CLOSED ? reason : "", dueDate, newStage == Stage.DECIDED && decisionDate == null ? on
                        : decisionDate, followUps, confidence, marking, on);
    }

    /**
     * This commitment with one more follow-up.
     *
     * @param commitmentId the id of the concrete commitment this one turned into; added at the end
     *        unless it is a follow-up already. Whether it exists is checked by the commitment checks,
     *        not here
     * @param on the date of the change; it becomes {@code updated}
     * @return a new commitment; this one is unchanged
     */
    public Commitment withFollowUp(String commitmentId, LocalDate on) {
        List<String> more = new java.util.ArrayList<>(followUps);
        if (!more.contains(commitmentId)) {
            more.add(commitmentId);
        }
        return new Commitment(id, title, summary, kind, owner, objective, provenance, stage, closedReason, dueDate,
                decisionDate, more, confidence, marking, on);
    }
}
