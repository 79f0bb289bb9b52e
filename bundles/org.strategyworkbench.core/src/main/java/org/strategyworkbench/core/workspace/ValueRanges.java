package org.strategyworkbench.core.workspace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The ranges every number and date an entity holds must lie in, whatever its type: what a
 * spreadsheet can show exactly and what a person can mean. A value outside them (an amount of
 * {@code 1e999999}, a year 10000) would make every workbook, template and view that shows it
 * wrong, slow or invalid, so the workspace refuses it when an edit brings it and the store when
 * a file holds it.
 *
 * <ul>
 * <li>decimal numbers: at most {@value #MAX_DIGITS} significant digits (what a spreadsheet
 * keeps), at most {@value #MAX_DIGITS} before the decimal point and {@value #MAX_DECIMALS}
 * after it;</li>
 * <li>floating-point numbers: finite, below 10<sup>{@value #MAX_DIGITS}</sup> in magnitude;</li>
 * <li>dates and times: from {@link #EARLIEST} to {@link #LATEST}, the range of a spreadsheet's
 * dates.</li>
 * </ul>
 *
 * <p>Stateless; safe from any thread.
 *
 * @since 1.1
 */
public final class ValueRanges {

    /** The most significant digits a decimal number may have, and the most before its decimal point. */
    public static final int MAX_DIGITS = 15;
    /** The most digits a decimal number may have after its decimal point. */
    public static final int MAX_DECIMALS = 12;
    /** The earliest date an entity may hold. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest date an entity may hold. */
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private static final double MAX_MAGNITUDE = 1e15;

    private ValueRanges() {
    }

    /**
     * Why a value is out of range, in words for a person.
     *
     * @param value any value; numbers and dates are checked, anything else is in range
     * @return the reason, for example {@code "1E+999999 has more than 15 digits before the decimal
     *         point"}, or empty when the value is in range
     */
    public static Optional<String> problem(Object value) {
        if (value instanceof BigDecimal d) {
            return decimal(d);
        }
        if (value instanceof Double || value instanceof Float) {
            double v = ((Number) value).doubleValue();
            return Double.isFinite(v) && Math.abs(v) < MAX_MAGNITUDE ? Optional.empty()
                    : Optional.of(value + " is not a number of at most " + MAX_DIGITS + " digits");
        }
        LocalDate date = dateOf(value);
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            return Optional.of(value + " is not a date from " + EARLIEST + " to " + LATEST);
        }
        return Optional.empty();
    }

    private static Optional<String> decimal(BigDecimal d) {
        BigDecimal plain = d.stripTrailingZeros();
        // in long arithmetic: with an exponent near the largest int, an int difference wraps and passes
        long integerDigits = (long) plain.precision() - plain.scale();
        if (integerDigits > MAX_DIGITS) {
            return Optional.of(shortText(d) + " has more than " + MAX_DIGITS + " digits before the decimal point");
        }
        if (plain.scale() > MAX_DECIMALS) {
            return Optional.of(shortText(d) + " has more than " + MAX_DECIMALS + " digits after the decimal point");
        }
        if (plain.precision() > MAX_DIGITS) {
            return Optional.of(shortText(d) + " has more than " + MAX_DIGITS + " significant digits, more than a "
                    + "spreadsheet keeps");
        }
        return Optional.empty();
    }

    /** Scientific notation: the plain form of an out-of-range number can have a million digits. */
    private static String shortText(BigDecimal d) {
        String text = d.toString();
        return text.length() <= 40 ? text : text.substring(0, 20) + "…(" + text.length() + " characters)";
    }

    private static LocalDate dateOf(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof Instant i) {
            // Instant.MIN and MAX do not fit a LocalDateTime: compare the seconds
            long seconds = i.getEpochSecond();
            return seconds < EARLIEST.toEpochSecond(java.time.LocalTime.MIN, ZoneOffset.UTC) ? EARLIEST.minusDays(1)
                    : seconds > LATEST.toEpochSecond(java.time.LocalTime.MAX, ZoneOffset.UTC) ? LATEST.plusDays(1)
                    : LocalDate.ofInstant(i, ZoneOffset.UTC);
        }
        return null;
    }
}
