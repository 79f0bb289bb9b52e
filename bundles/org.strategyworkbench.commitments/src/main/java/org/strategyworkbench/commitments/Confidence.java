package org.strategyworkbench.commitments;

/**
 * How likely a commitment is to be delivered, judged by staff; separate from its stage.
 *
 * @since 1.0
 */
public enum Confidence {
    NOT_ASSESSED, LOW, MEDIUM, HIGH
}
