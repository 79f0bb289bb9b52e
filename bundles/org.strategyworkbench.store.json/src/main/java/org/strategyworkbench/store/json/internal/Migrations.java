package org.strategyworkbench.store.json.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Brings a workspace of an older format up to {@link Header#FORMAT}, one step per format, each
 * step atomic per file. Format 1 is the first; a step is added here with every format change,
 * together with a test that migrates a workspace written in the old format.
 */
final class Migrations {

    /** A step from one format to the next. */
    @FunctionalInterface
    interface Step {
        void migrate(Path folder) throws IOException;
    }

    /** The step that leaves each format, by the format it leaves. */
    private static final Map<Integer, Step> STEPS = Map.of();

    private Migrations() {
    }

    static void migrate(Path folder, int format) throws IOException {
        for (int f = format; f < Header.FORMAT; f++) {
            Step step = STEPS.get(f);
            if (step == null) {
                throw new IOException("the workspace " + folder + " has format " + f + ", which this version cannot migrate");
            }
            step.migrate(folder);
        }
    }
}
