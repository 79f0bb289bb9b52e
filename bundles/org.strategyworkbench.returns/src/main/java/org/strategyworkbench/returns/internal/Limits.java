package org.strategyworkbench.returns.internal;

import java.time.Duration;

/**
 * What a returned file may hold; beyond any of these it is refused. A real return is a few
 * hundred kilobytes: the limits leave room for large allies and stop zip bombs, huge sheets and
 * giant cells well before they cost seconds or much memory.
 *
 * @param fileBytes the largest file accepted
 * @param partBytes the most bytes one part of the package may inflate to
 * @param totalBytes the most bytes all parts read may inflate to together
 * @param ratio the highest inflate ratio accepted for a part larger than a megabyte
 * @param entries the most entries the package may list
 * @param sharedStrings the most shared strings kept
 * @param sharedChars the most characters of shared strings kept, together
 * @param rows the highest row number with a value on a sheet read
 * @param columns the columns read; cells further right are ignored
 * @param cells the most cells a sheet may hold, with or without a value
 * @param cellChars the longest cell text kept; a longer one is reported by its length only
 * @param time how long reading one file may take
 */
record Limits(long fileBytes, long partBytes, long totalBytes, int ratio, int entries, int sharedStrings,
        long sharedChars, int rows, int columns, long cells, int cellChars, Duration time) {

    /** The limits of the import. */
    static final Limits DEFAULT = new Limits(20L << 20, 16L << 20, 64L << 20, 100, 2_000, 200_000, 4_000_000,
            10_000, 16, 500_000, 32_767, Duration.ofSeconds(4));

    /** These limits with another time allowed. */
    Limits withTime(Duration newTime) {
        return new Limits(fileBytes, partBytes, totalBytes, ratio, entries, sharedStrings, sharedChars, rows, columns,
                cells, cellChars, newTime);
    }
}
