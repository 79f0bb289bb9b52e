package org.strategyworkbench.allies;

/**
 * An ally's space maturity as staff judge it; {@link #NOT_ASSESSED} until someone does.
 *
 * @since 1.0
 */
public enum MaturityTier {
    /** Not judged yet: the tier of an ally stored without one. */
    NOT_ASSESSED,
    /** Relies on partners for space capabilities. */
    EMERGING,
    /** Operates some national capabilities or programmes. */
    DEVELOPING,
    /** Operates national systems across several mission areas. */
    ESTABLISHED,
    /** Operates a broad independent space enterprise. */
    ADVANCED
}
