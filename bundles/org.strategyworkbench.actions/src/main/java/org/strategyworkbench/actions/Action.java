package org.strategyworkbench.actions;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One thing an ally did, or plans to do, for a commitment. Immutable; stored under
 * {@link ActionEntityType#TYPE}, in the ally's partition.
 *
 * @param id stable id, for example {@code "NOR-0001"}
 * @param ally the ally's ISO 3166 alpha-3 code
 * @param commitment the commitment's id
 * @param type what kind of action
 * @param status how far it has come
 * @param title what was done, in a line
 * @param start when it started, or null
 * @param end when it ended or is due to end, or null
 * @param amount the money involved, or null
 * @param currency ISO 4217 code of the amount, required with an amount
 * @param evidence a link or reference that shows it happened; expected once it is done
 * @param source where the record came from (typed by staff, or an imported return and its round)
 * @param marking the release marking ({@code ""} when releasable to every audience)
 * @param example whether this is an example or synthetic record, not a real one
 * @param lastChange who last changed it, and when
 * @since 1.0
 */
public record Action(String id, String ally, String commitment, ActionType type, ActionStatus status, String title,
        LocalDate start, LocalDate end, BigDecimal amount, String currency, String evidence, String source,
        String marking, boolean example, LastChange lastChange) {

    /**
     * Creates an action; absent optional texts become {@code ""}.
     *
     * @param id stable id, for example {@code "NOR-0001"}
     * @param ally the ally's ISO 3166 alpha-3 code, three capital letters; also the partition
     * @param commitment the commitment's id; required
     * @param type what kind of action; required
     * @param status how far it has come; required
     * @param title what was done, in a line; required
     * @param start when it started, or null
     * @param end when it ended or is due to end, not before the start, or null
     * @param amount the money involved, not negative, or null
     * @param currency ISO 4217 code of the amount, such as {@code "EUR"}: required with an amount,
     *        empty without one; null is taken as empty
     * @param evidence a link or reference that shows it happened; null is taken as empty. A done
     *        action without evidence is reported as a warning
     * @param source where the record came from; null is taken as empty
     * @param marking the release marking; null is taken as {@code ""} (every audience)
     * @param example whether this is an example or synthetic record, not a real one
     * @param lastChange who last changed it, and when; required
     */
    public Action {
        currency = currency == null ? "" : currency;
        evidence = evidence == null ? "" : evidence;
        source = source == null ? "" : source;
        marking = marking == null ? "" : marking;
    }
}
