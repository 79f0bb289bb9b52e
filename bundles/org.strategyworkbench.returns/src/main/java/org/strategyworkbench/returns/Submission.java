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

    public Submission {
        Objects.requireNonNull(proposed, "proposed");
        origin = origin == null ? "" : origin;
    }

    /** Whether the submission proposes a new action. */
    public boolean isNew() {
        return base == null;
    }
}
