package org.strategyworkbench.commitments;

import java.util.Objects;

/**
 * Where a fact comes from, kept visible so that a press report is never mistaken for the
 * official text.
 *
 * @param origin the kind of source
 * @param source the source itself: a document title, a reference or a link
 * @param location where in the source, for example "para 2", or {@code ""}
 * @since 1.0
 */
public record Provenance(Origin origin, String source, String location) {

    /** The kinds of source, from the most to the least authoritative. */
    public enum Origin {
        /** Read in the official text. */
        OFFICIAL_TEXT,
        /** Stated in a published analysis. */
        ANALYSIS_ARTICLE,
        /** Reported by the press or a secondary source, not checked against the official text. */
        PRESS_REPORT,
        /** Recorded by staff of this workspace. */
        STAFF_RECORD
    }

    /**
     * Creates a provenance.
     *
     * @param origin the kind of source; not null
     * @param source the source itself; null is taken as empty
     * @param location where in the source; null is taken as empty
     * @throws NullPointerException when origin is null
     */
    public Provenance {
        Objects.requireNonNull(origin, "origin");
        source = source == null ? "" : source;
        location = location == null ? "" : location;
    }
}
