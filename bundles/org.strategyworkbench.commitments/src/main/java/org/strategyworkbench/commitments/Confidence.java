package org.strategyworkbench.commitments;

/**
 * How likely a commitment is to be delivered, judged by staff; separate from its stage.
 *
 * @since 1.0
 */
public enum Confidence {
    /** Not judged yet: the value of a new commitment, and of one stored without a confidence. */
    NOT_ASSESSED,
    /** A low likelihood of delivery. */
    LOW,
    /** A medium likelihood of delivery. */
    MEDIUM,
    /** A high likelihood of delivery. */
    HIGH
}
