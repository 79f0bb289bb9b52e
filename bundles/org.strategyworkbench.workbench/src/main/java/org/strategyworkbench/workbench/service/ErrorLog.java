package org.strategyworkbench.workbench.service;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * The workbench's error log, shown in the Error Log view: failures of contributions, of jobs,
 * frozen UI threads, each naming the bundle at fault. Keeps the latest 1,000 entries. Any thread.
 * The framework's own errors and warnings (a bundle that fails to start, for example) are logged
 * too.
 *
 * @since 1.0
 */
@ProviderType
public interface ErrorLog {

    /**
     * Records an entry, stamped with the current time; the oldest entry goes when the log is full.
     * The Error Log view and the status line show it at once.
     *
     * @param level how serious it is; not null
     * @param bundle the bundle at fault, or {@code null} when unknown
     * @param message what happened, in one line; not null
     * @param error the failure, or {@code null}; its stack trace becomes the entry's detail
     */
    void log(LogEntry.Level level, Bundle bundle, String message, Throwable error);

    /**
     * The entries, oldest first.
     *
     * @return a copy of the latest entries, at most 1,000; empty after {@link #clear()}
     */
    List<LogEntry> entries();

    /** Removes every entry; the Error Log view empties. */
    void clear();
}
