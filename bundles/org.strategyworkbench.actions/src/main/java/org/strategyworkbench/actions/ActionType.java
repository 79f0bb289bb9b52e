package org.strategyworkbench.actions;

/**
 * What kind of thing an ally did.
 *
 * @since 1.0
 */
public enum ActionType {
    FUNDING, CONTRACT, EXERCISE, DATA_SHARING, POLICY, STANDARDISATION, PERSONNEL, OTHER
}
