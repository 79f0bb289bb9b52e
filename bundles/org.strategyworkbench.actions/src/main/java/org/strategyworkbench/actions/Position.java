package org.strategyworkbench.actions;

/**
 * What an ally declared about a commitment on which it reports no action. Immutable; stored
 * under {@link PositionType#TYPE}, in the ally's partition. A position of an ally that has actions
 * on the commitment is reported as a warning.
 *
 * @param id {@code ALLY:COMMITMENT}, for example {@code "ISL:CSS-08"}; see {@link #idOf}
 * @param ally the ally's code
 * @param commitment the commitment's id
 * @param response the declaration
 * @param note why, in the ally's words
 * @param lastChange who declared it, and when
 * @since 1.0
 */
public record Position(String id, String ally, String commitment, Response response, String note,
        LastChange lastChange) {

    /** An ally's declaration on a commitment. */
    public enum Response {
        /** The ally reported that it has taken no action. */
        NO_ACTION,
        /** The commitment does not apply to the ally, or the ally opted out. */
        NOT_APPLICABLE
    }

    /**
     * Creates a position.
     *
     * @param id {@code ALLY:COMMITMENT}, as {@link #idOf} makes it; the entity type rejects any
     *        other
     * @param ally the ally's ISO 3166 alpha-3 code; also the partition
     * @param commitment the commitment's id
     * @param response the declaration; required
     * @param note why, in the ally's words; null is taken as empty
     * @param lastChange who declared it, and when
     */
    public Position {
        note = note == null ? "" : note;
    }

    /**
     * The id of the position of an ally on a commitment.
     *
     * @param ally the ally's code, for example {@code "ISL"}
     * @param commitment the commitment's id, for example {@code "CSS-08"}
     * @return the two joined by a colon, for example {@code "ISL:CSS-08"}
     */
    public static String idOf(String ally, String commitment) {
        return ally + ":" + commitment;
    }
}
