package org.strategyworkbench.commitments;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a commitment stands: proposed, then exploring or studying (soft work under way), decided,
 * implementing, done; or closed on purpose, with a reason, from any open stage.
 *
 * @since 1.0
 */
public enum Stage {
    /** Recorded; no work on it has begun. */
    PROPOSED,
    /** Soft work under way: options are being explored. */
    EXPLORING,
    /** Soft work under way: a study is being made. */
    STUDYING,
    /** A decision was taken; {@link Commitment#withStage} then sets a missing decision date. */
    DECIDED,
    /** The decision is being carried out. */
    IMPLEMENTING,
    /** Delivered; no move leads on from here. */
    DONE,
    /** Closed on purpose, with a reason; may be proposed again. */
    CLOSED;

    /**
     * The stages a commitment may move to from this one. The commitment editor offers only these;
     * the entity type does not check moves.
     *
     * @return the stages, a new set on every call; empty for {@link #DONE}
     */
    public Set<Stage> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(EXPLORING, STUDYING, DECIDED, CLOSED);
            case EXPLORING -> EnumSet.of(STUDYING, DECIDED, CLOSED);
            case STUDYING -> EnumSet.of(EXPLORING, DECIDED, CLOSED);
            case DECIDED -> EnumSet.of(IMPLEMENTING, CLOSED);
            case IMPLEMENTING -> EnumSet.of(DONE, CLOSED);
            case DONE -> EnumSet.noneOf(Stage.class);
            case CLOSED -> EnumSet.of(PROPOSED);
        };
    }

    /**
     * Whether work on the commitment is still expected; an open commitment past its due date is
     * reported as overdue.
     *
     * @return true for every stage but {@link #DONE} and {@link #CLOSED}
     */
    public boolean isOpen() {
        return this != DONE && this != CLOSED;
    }

    /**
     * Whether the commitment is still undecided: proposed, exploring or studying. An undecided soft
     * commitment is the one the checks watch for stalling.
     *
     * @return true for {@link #PROPOSED}, {@link #EXPLORING} and {@link #STUDYING}
     */
    public boolean isUndecided() {
        return this == PROPOSED || this == EXPLORING || this == STUDYING;
    }
}
