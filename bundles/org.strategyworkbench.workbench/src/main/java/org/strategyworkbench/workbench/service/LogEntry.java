package org.strategyworkbench.workbench.service;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the {@link ErrorLog}. Immutable.
 *
 * @param time when it was logged
 * @param level how serious it is
 * @param bundle the symbolic name and version of the bundle at fault, or empty when unknown
 * @param message one line
 * @param detail the stack trace or other detail, or empty
 * @since 1.0
 */
public record LogEntry(Instant time, Level level, String bundle, String message, String detail) {

    /** How serious an entry is. */
    public enum Level {
        /** Something failed. */
        ERROR,
        /** Something went wrong but the work went on. */
        WARNING,
        /** Worth recording. */
        INFO
    }

    /**
     * Creates an entry; {@link ErrorLog#log} creates them.
     *
     * @param time when it was logged; not null
     * @param level how serious it is; not null
     * @param bundle the bundle's symbolic name and version; null is taken as empty
     * @param message one line; not null
     * @param detail the stack trace or other detail; null is taken as empty
     * @throws NullPointerException when time, level or message is null
     */
    public LogEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        bundle = bundle == null ? "" : bundle;
        detail = detail == null ? "" : detail;
    }
}
