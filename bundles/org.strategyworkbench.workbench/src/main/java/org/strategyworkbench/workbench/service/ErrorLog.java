package org.strategyworkbench.workbench.service;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * The workbench's error log, shown in the Error Log view: failures of contributions, of jobs,
 * frozen UI threads, each naming the bundle at fault. Keeps the latest 1,000 entries. Any thread.
 *
 * @since 1.0
 */
@ProviderType
public interface ErrorLog {

    /**
     * Records an entry.
     *
     * @param bundle the bundle at fault, or {@code null} when unknown
     * @param error the failure, or {@code null}
     */
    void log(LogEntry.Level level, Bundle bundle, String message, Throwable error);

    /** The entries, oldest first. */
    List<LogEntry> entries();

    /** Removes every entry. */
    void clear();
}
