package org.strategyworkbench.commitments;

/**
 * Whether a commitment promises an outcome or only an effort.
 *
 * @since 1.0
 */
public enum Strength {
    /** Promises an effort ("explore", "study", "assess"): needs following until it is decided. */
    SOFT,
    /** Promises an outcome ("establish", "develop", "integrate"). */
    CONCRETE
}
