package org.strategyworkbench.console.internal;

import java.nio.file.Path;
import org.strategyworkbench.launcher.command.Failures;

/**
 * What a command says when the workspace could not be opened. Opening writes (who holds the
 * workspace, a save a crash left unfinished), so even a command that only reads can meet a full
 * disk; the user learns that and that the workspace is as it was.
 */
final class OpenFailure {

    /** The messages of a full disk on Linux and macOS, and on Windows. */
    private static final String[] DISK_FULL = {"No space left on device", "not enough space on the disk"};

    private OpenFailure() {
    }

    static String describe(Path folder, Throwable failure, String command) {
        if (!diskFull(failure)) {
            return Failures.describe(failure);
        }
        return "the workspace " + folder + " could not be opened because the disk is full: nothing could be written"
                + " there, and nothing in the workspace was changed. Free some space and run " + command + " again.";
    }

    static boolean diskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (String text : DISK_FULL) {
                if (t.getMessage() != null && t.getMessage().contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }
}
