package org.strategyworkbench.actions;

/**
 * How far an action has come.
 *
 * @since 0.1
 */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}
