package org.strategyworkbench.workbench.internal;

import java.awt.EventQueue;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.Timer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.SynchronousBundleListener;
import org.strategyworkbench.core.plugins.PluginDiagnostics;
import org.strategyworkbench.workbench.service.LogEntry;

/**
 * While the window is open, tells the user what became of a plugin dropped into the plugins
 * folder: started, or (a few seconds after it was installed) why it does not run, in the status
 * line and the Error Log. A jar that is not installed at all (refused because it is not signed by
 * an allowed signer, or not a bundle) causes no bundle event: the folder is looked at every two
 * seconds, and each such jar is reported once per version of the file.
 */
final class PluginWatcher implements SynchronousBundleListener, AutoCloseable {

    static final int GRACE_MILLIS = 3000;

    private final BundleContext context;
    private final PluginDiagnostics diagnostics;
    private final ErrorLogImpl log;
    private final NotificationsImpl notifications;
    private final Path folder;
    private final java.util.Set<String> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The jars not installed at the latest poll, with their modification time and size. */
    private java.util.Map<Path, String> seen = java.util.Map.of();
    /** Plugins replaced by a new version and not started again yet. */
    private final java.util.Set<Long> updated = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.ScheduledExecutorService strays = java.util.concurrent.Executors
            .newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "plugin-watcher");
                t.setDaemon(true);
                return t;
            });

    PluginWatcher(BundleContext context, PluginDiagnostics diagnostics, ErrorLogImpl log, NotificationsImpl notifications) {
        this.context = context;
        this.diagnostics = diagnostics;
        this.log = log;
        this.notifications = notifications;
        String plugins = context.getProperty(PluginsView.PLUGINS);
        this.folder = plugins == null ? null : Path.of(plugins).toAbsolutePath();
        context.addBundleListener(this);
        strays.scheduleWithFixedDelay(this::reportStrays, 0, STRAYS_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    static final long STRAYS_MILLIS = 2000;

    @Override
    public void close() {
        context.removeBundleListener(this);
        strays.shutdownNow();
    }

    /**
     * Reports the jars that were definitely not installed: refused, or not bundles at all. A jar
     * is reported once it looked the same at two polls in a row, not while it is being copied.
     */
    private void reportStrays() {
        try {
            java.util.Map<Path, String> now = new java.util.HashMap<>();
            for (org.strategyworkbench.core.plugins.PluginStatus status : diagnostics.notInstalled()) {
                String problem = status.problem().orElse("");
                java.io.File file = status.file().toFile();
                String stamp = file.lastModified() + "/" + file.length();
                now.put(status.file(), stamp);
                if (problem.startsWith("not installed yet") || !stamp.equals(seen.get(status.file()))) {
                    continue;
                }
                if (reported.add(file + "@" + stamp)) {
                    String message = "The plugin " + status.file().getFileName()
                            + (problem.startsWith("refused: ") ? " was refused: " + problem.substring("refused: ".length())
                                    : " was not installed: " + problem);
                    log.log(LogEntry.Level.WARNING, context.getBundle(), message + " (" + status.file() + ")", null);
                    notifications.warning(message);
                }
            }
            seen = now;
        } catch (RuntimeException e) {
            log.log(LogEntry.Level.ERROR, context.getBundle(), "Could not look at the plugins folder", e);
        }
    }

    private boolean isPlugin(Bundle bundle) {
        return PluginRows.pluginFile(bundle, Optional.ofNullable(folder)).isPresent();
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        if (!isPlugin(bundle)) {
            return;
        }
        String name = ErrorLogImpl.describe(bundle);
        if (event.getType() == BundleEvent.UPDATED) {
            updated.add(bundle.getBundleId());
        }
        switch (event.getType()) {
            case BundleEvent.STARTED -> notifications.info("Plugin " + name + (updated.remove(bundle.getBundleId()) ? " updated" : " started"));
            case BundleEvent.INSTALLED, BundleEvent.UPDATED -> EventQueue.invokeLater(() -> {
                Timer check = new Timer(GRACE_MILLIS, e -> check(bundle, name));
                check.setRepeats(false);
                check.start();
            });
            case BundleEvent.UNINSTALLED -> notifications.info("Plugin " + name + " removed");
            default -> {
                // stopping needs no word: the Plugins view shows it
            }
        }
    }

    private void check(Bundle bundle, String name) {
        int state = bundle.getState();
        boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
        if (state == Bundle.UNINSTALLED || state == Bundle.ACTIVE || state == Bundle.STARTING || (fragment && state == Bundle.RESOLVED)) {
            return;
        }
        String why = diagnostics.problem(bundle).orElse("it did not start (state " + PluginRows.state(bundle).toLowerCase() + ")");
        log.log(LogEntry.Level.WARNING, bundle, "The plugin " + name + " does not run: " + why, null);
        notifications.warning("The plugin " + name + " does not run: " + why + " (details in the Error Log)");
    }
}
