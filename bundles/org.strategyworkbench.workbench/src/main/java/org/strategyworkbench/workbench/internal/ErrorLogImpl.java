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
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.strategyworkbench.workbench.service.ErrorLog;
import org.strategyworkbench.workbench.service.LogEntry;

/** The error log: a bounded list of entries, told to the Error Log view and the status line. */
@Component(service = {ErrorLog.class, ErrorLogImpl.class})
public final class ErrorLogImpl implements ErrorLog {

    static final int CAPACITY = 1000;

    private final Deque<LogEntry> entries = new ArrayDeque<>();
    /** Framework errors and warnings (a bundle that fails to start, a listener that throws). */
    private final FrameworkListener framework = event -> {
        if (event.getType() == FrameworkEvent.ERROR || event.getType() == FrameworkEvent.WARNING) {
            Throwable error = event.getThrowable();
            log(event.getType() == FrameworkEvent.ERROR ? LogEntry.Level.ERROR : LogEntry.Level.WARNING, event.getBundle(),
                    error == null ? "Framework " + (event.getType() == FrameworkEvent.ERROR ? "error" : "warning")
                            : Guard.message(error), error);
        }
    };
    private BundleContext context;
    private final List<Consumer<LogEntry>> listeners = new CopyOnWriteArrayList<>();

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
        bundleContext.addFrameworkListener(framework);
    }

    @Deactivate
    void deactivate() {
        if (context != null) {
            context.removeFrameworkListener(framework);
        }
    }

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
