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
    PROPOSED, EXPLORING, STUDYING, DECIDED, IMPLEMENTING, DONE, CLOSED;

    /** The stages a commitment may move to from this one. */
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

    /** Whether work on the commitment is still expected. */
    public boolean isOpen() {
        return this != DONE && this != CLOSED;
    }

    /** Whether the commitment is still undecided: proposed, exploring or studying. */
    public boolean isUndecided() {
        return this == PROPOSED || this == EXPLORING || this == STUDYING;
    }
}
