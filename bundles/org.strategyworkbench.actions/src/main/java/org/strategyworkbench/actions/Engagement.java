package org.strategyworkbench.actions;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The state of one ally on one commitment, as the ally × commitment matrix shows it.
 *
 * @param state the cell's state
 * @param actions the ally's actions on the commitment (empty unless the state is {@link State#ACTING})
 * @since 1.0
 */
public record Engagement(State state, List<Action> actions) {

    /** What is known of an ally on a commitment. */
    public enum State {
        /** The ally has at least one action. */
        ACTING,
        /** The ally reported that it took no action. */
        NO_ACTION,
        /** The commitment does not apply to the ally, or it opted out. */
        NOT_APPLICABLE,
        /** Nothing was reported. */
        NOT_REPORTED
    }

    /**
     * Creates an engagement; {@link #of} derives the state.
     *
     * @param state the cell's state
     * @param actions the ally's actions on the commitment; copied, not null
     * @throws NullPointerException when actions is null
     */
    public Engagement {
        actions = List.copyOf(actions);
    }

    /**
     * The engagement from an ally's actions on a commitment and its position, if any. Actions win
     * over a declared position.
     *
     * @param actions the ally's actions on the commitment, possibly empty; not null
     * @param position the ally's declared position on the commitment, or empty when it declared
     *        none
     * @return {@link State#ACTING} with the actions when there are any; otherwise
     *         {@link State#NO_ACTION} or {@link State#NOT_APPLICABLE} from the position, or
     *         {@link State#NOT_REPORTED} without one
     */
    public static Engagement of(List<Action> actions, Optional<Position> position) {
        if (!actions.isEmpty()) {
            return new Engagement(State.ACTING, actions);
        }
        return position.map(p -> new Engagement(p.response() == Position.Response.NO_ACTION ? State.NO_ACTION
                : State.NOT_APPLICABLE, List.of())).orElse(new Engagement(State.NOT_REPORTED, List.of()));
    }

    /**
     * The most advanced status among the actions, for a one-word cell.
     *
     * @return the latest of {@link ActionStatus#PLANNED}, {@link ActionStatus#IN_PROGRESS} and
     *         {@link ActionStatus#DONE} among the actions; empty when not acting or when every
     *         action is cancelled
     */
    public Optional<ActionStatus> leadingStatus() {
        return actions.stream().map(Action::status).filter(s -> s != ActionStatus.CANCELLED)
                .max(Comparator.naturalOrder());
    }
}
