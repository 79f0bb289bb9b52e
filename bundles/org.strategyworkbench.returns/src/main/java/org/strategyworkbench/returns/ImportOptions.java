package org.strategyworkbench.returns;

import java.util.Objects;
import java.util.Optional;

/**
 * How a return is imported.
 *
 * @param ally the ally the return must come from, or empty to accept any ally's return
 * @param mode whether rows change actions at once or wait for the secretariat's review
 * @since 1.0
 */
public record ImportOptions(Optional<String> ally, Mode mode) {

    /** Where imported rows land. */
    public enum Mode {
        /** The return's rows change the actions at once. */
        APPLY,
        /** The return's rows become submissions that the secretariat accepts or rejects row by row. */
        SUBMIT
    }

    /** Applies rows at once, from any ally. */
    public static final ImportOptions DEFAULT = new ImportOptions(Optional.empty(), Mode.APPLY);

    /**
     * Creates options.
     *
     * @param ally the ally's ISO 3166 alpha-3 code the return must come from, or empty for any;
     *        not null
     * @param mode where imported rows land; not null
     * @throws NullPointerException when ally or mode is null
     */
    public ImportOptions {
        Objects.requireNonNull(ally, "ally");
        Objects.requireNonNull(mode, "mode");
    }
}
