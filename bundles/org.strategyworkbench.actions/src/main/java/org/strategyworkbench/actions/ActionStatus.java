package org.strategyworkbench.actions;

/**
 * How far an action has come.
 *
 * @since 1.0
 */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}
