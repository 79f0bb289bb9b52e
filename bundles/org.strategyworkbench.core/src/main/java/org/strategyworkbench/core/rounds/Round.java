package org.strategyworkbench.core.rounds;

import java.time.LocalDate;

/**
 * A reporting round: the workspace frozen at one revision.
 *
 * @param name the round's name and id, for example {@code "Spring 2026 ministerial"}
 * @param date the date the round reports on
 * @param revision the workspace revision it froze
 * @param note what the round was for
 * @since 1.0
 */
public record Round(String name, LocalDate date, long revision, String note) {

    /**
     * Creates a round; {@link Rounds#freeze} creates and stores one.
     *
     * @param name the round's name and id; an edit storing it checks that it is not blank and at
     *        most 80 characters
     * @param date the date the round reports on; required by the same check
     * @param revision the workspace revision it froze; not negative
     * @param note what the round was for; null is taken as empty
     */
    public Round {
        note = note == null ? "" : note;
    }
}
