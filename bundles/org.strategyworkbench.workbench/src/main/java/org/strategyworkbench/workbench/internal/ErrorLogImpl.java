package org.strategyworkbench.workbench.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.workbench.service.ErrorLog;
import org.strategyworkbench.workbench.service.LogEntry;

/** The error log: a bounded list of entries, told to the Error Log view and the status line. */
@Component(service = {ErrorLog.class, ErrorLogImpl.class})
public final class ErrorLogImpl implements ErrorLog {

    static final int CAPACITY = 1000;

    private final Deque<LogEntry> entries = new ArrayDeque<>();
    private final List<Consumer<LogEntry>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void log(LogEntry.Level level, Bundle bundle, String message, Throwable error) {
        add(new LogEntry(Instant.now(), level, describe(bundle), message, error == null ? "" : stackTrace(error)));
    }

    void add(LogEntry entry) {
        synchronized (entries) {
            if (entries.size() == CAPACITY) {
                entries.removeFirst();
            }
            entries.addLast(entry);
        }
        for (Consumer<LogEntry> listener : listeners) {
            listener.accept(entry);
        }
    }

    @Override
    public List<LogEntry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    @Override
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
        for (Consumer<LogEntry> listener : listeners) {
            listener.accept(null);
        }
    }

    /** Tells {@code listener} of each new entry, and {@code null} when the log is cleared; any thread. */
    void addListener(Consumer<LogEntry> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<LogEntry> listener) {
        listeners.remove(listener);
    }

    static String describe(Bundle bundle) {
        if (bundle == null) {
            return "";
        }
        String name = bundle.getSymbolicName() == null ? bundle.getLocation() : bundle.getSymbolicName();
        return name + " " + bundle.getVersion();
    }

    static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
