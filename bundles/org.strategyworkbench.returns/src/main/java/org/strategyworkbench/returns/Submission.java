package org.strategyworkbench.returns;

import java.util.Objects;
import org.strategyworkbench.actions.Action;

/**
 * A row of a return waiting for the secretariat: the action as the delegation would have it. It
 * does not count anywhere (matrix, reports, checks) until accepted; accepting it puts the action,
 * rejecting it drops it. An action has at most one submission waiting: a later return replaces it.
 *
 * @param id the id of the action concerned (for a new row, the id reserved for it)
 * @param ally the ally whose return it came from
 * @param round the round of the return
 * @param origin where it came from: file, sheet and row
 * @param base the action as the workspace held it when submitted, or null for a new action
 * @param proposed the action as the delegation would have it
 * @since 1.0
 */
public record Submission(String id, String ally, String round, String origin, Action base, Action proposed) {

    /**
     * Creates a submission; applying a plan in {@link ImportOptions.Mode#SUBMIT} mode stores them.
     *
     * @param id the action's id; the submission type requires it to be the proposed action's
     * @param ally the ally's code; also the partition, and the proposed action's ally
     * @param round the round of the return
     * @param origin file, sheet and row; null is taken as empty
     * @param base the action when submitted, or null for a new action
     * @param proposed the action as the delegation would have it; not null
     * @throws NullPointerException when proposed is null
     */
    public Submission {
        Objects.requireNonNull(proposed, "proposed");
        origin = origin == null ? "" : origin;
    }

    /**
     * Whether the submission proposes a new action.
     *
     * @return true when there is no base action
     */
    public boolean isNew() {
        return base == null;
    }
}
