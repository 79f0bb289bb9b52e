package org.strategyworkbench.reporting;

/**
 * The colour a cell carries, from the workbook's palette. Chosen by meaning, not by colour, so
 * that every sheet reads the same way.
 *
 * @since 1.0
 */
public enum Tone {
    /** No fill. */
    PLAIN,
    /** Done, on track, acting: green. */
    GOOD,
    /** At risk, stalling, needs attention: amber. */
    WARNING,
    /** Late, missing, an error: red. */
    BAD,
    /** Informational, in progress: blue. */
    INFO,
    /** Not applicable, not reported, closed: grey. */
    MUTED
}
