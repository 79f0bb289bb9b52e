package org.strategyworkbench.reporting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a timeline: months when the dates span at most four years, else quarters, else
 * years, so that the whole plan fits in a readable number of columns.
 */
record TimelineBuckets(List<LocalDate> starts, int monthsPerBucket) {

    static final int MAX_COLUMNS = 48;

    static TimelineBuckets covering(LocalDate first, LocalDate last) {
        YearMonth from = YearMonth.from(first);
        YearMonth to = YearMonth.from(last);
        int span = (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
        int size = span <= MAX_COLUMNS ? 1 : span <= MAX_COLUMNS * 3 ? 3 : 12;
        YearMonth start = size == 1 ? from : size == 3 ? from.withMonth((from.getMonthValue() - 1) / 3 * 3 + 1)
                : from.withMonth(1);
        List<LocalDate> starts = new ArrayList<>();
        for (YearMonth m = start; !m.isAfter(to); m = m.plusMonths(size)) {
            starts.add(m.atDay(1));
        }
        return new TimelineBuckets(starts, size);
    }

    /** The column of a date, or -1 outside the timeline. */
    int indexOf(LocalDate date) {
        for (int i = starts.size() - 1; i >= 0; i--) {
            if (!date.isBefore(starts.get(i))) {
                return date.isBefore(starts.get(i).plusMonths(monthsPerBucket)) ? i : -1;
            }
        }
        return -1;
    }

    /** The heading of a column: "2025-02", "2025 Q1" or "2025". */
    String label(int index) {
        LocalDate d = starts.get(index);
        return switch (monthsPerBucket) {
            case 1 -> YearMonth.from(d).toString();
            case 3 -> d.getYear() + " Q" + ((d.getMonthValue() - 1) / 3 + 1);
            default -> Integer.toString(d.getYear());
        };
    }
}
