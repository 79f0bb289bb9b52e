package org.strategyworkbench.actions;

/**
 * What kind of thing an ally did.
 *
 * @since 1.0
 */
public enum ActionType {
    /** Money committed or spent. */
    FUNDING,
    /** A contract placed or signed. */
    CONTRACT,
    /** An exercise or training event. */
    EXERCISE,
    /** Data or services shared with others. */
    DATA_SHARING,
    /** A policy, strategy or law adopted. */
    POLICY,
    /** Work on standards or interoperability. */
    STANDARDISATION,
    /** People: posts filled, staff trained or sent. */
    PERSONNEL,
    /** Anything else. */
    OTHER
}
