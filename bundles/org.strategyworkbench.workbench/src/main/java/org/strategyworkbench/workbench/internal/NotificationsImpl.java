package org.strategyworkbench.workbench.internal;

import java.awt.EventQueue;
import java.util.function.BiConsumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.workbench.service.LogEntry;
import org.strategyworkbench.workbench.service.Notifications;

/** Notifications: shown by the open window, if any; errors also go to the error log. */
@Component(service = {Notifications.class, NotificationsImpl.class})
public final class NotificationsImpl implements Notifications {

    private final ErrorLogImpl log;
    private volatile BiConsumer<LogEntry.Level, String> display;

    @Activate
    public NotificationsImpl(@Reference ErrorLogImpl log) {
        this.log = log;
    }

    /** Where notifications are shown (on the event thread), or {@code null} when no window is open. */
    void display(BiConsumer<LogEntry.Level, String> display) {
        this.display = display;
    }

    @Override
    public void info(String message) {
        show(LogEntry.Level.INFO, message);
    }

    @Override
    public void warning(String message) {
        show(LogEntry.Level.WARNING, message);
    }

    @Override
    public void error(String message, Throwable error) {
        log.log(LogEntry.Level.ERROR, null, message, error);
        show(LogEntry.Level.ERROR, message);
    }

    /** Shows a message without writing it to the Error Log (for failures logged already, with their bundle). */
    void show(LogEntry.Level level, String message) {
        BiConsumer<LogEntry.Level, String> target = display;
        if (target != null) {
            EventQueue.invokeLater(() -> target.accept(level, message));
        }
    }
}
