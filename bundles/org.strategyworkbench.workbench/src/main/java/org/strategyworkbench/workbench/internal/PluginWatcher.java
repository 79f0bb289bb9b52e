package org.strategyworkbench.workbench.internal;

import java.awt.EventQueue;
import java.net.URI;
import java.nio.file.Path;
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
 * line and the Error Log.
 */
final class PluginWatcher implements SynchronousBundleListener, AutoCloseable {

    static final int GRACE_MILLIS = 3000;

    private final BundleContext context;
    private final PluginDiagnostics diagnostics;
    private final ErrorLogImpl log;
    private final NotificationsImpl notifications;
    private final Path folder;

    PluginWatcher(BundleContext context, PluginDiagnostics diagnostics, ErrorLogImpl log, NotificationsImpl notifications) {
        this.context = context;
        this.diagnostics = diagnostics;
        this.log = log;
        this.notifications = notifications;
        String plugins = context.getProperty(PluginsView.PLUGINS);
        this.folder = plugins == null ? null : Path.of(plugins).toAbsolutePath();
        context.addBundleListener(this);
    }

    @Override
    public void close() {
        context.removeBundleListener(this);
    }

    private boolean isPlugin(Bundle bundle) {
        String location = bundle.getLocation();
        if (folder == null || !location.startsWith("file:")) {
            return false;
        }
        try {
            return Path.of(URI.create(location)).toAbsolutePath().startsWith(folder);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        if (!isPlugin(bundle)) {
            return;
        }
        String name = ErrorLogImpl.describe(bundle);
        switch (event.getType()) {
            case BundleEvent.STARTED -> notifications.info("Plugin " + name + " started");
            case BundleEvent.INSTALLED, BundleEvent.UPDATED -> EventQueue.invokeLater(() -> {
                Timer check = new Timer(GRACE_MILLIS, e -> check(bundle, name));
                check.setRepeats(false);
                check.start();
            });
            default -> {
                // stopping and uninstalling need no word: the Plugins view shows them
            }
        }
    }

    private void check(Bundle bundle, String name) {
        int state = bundle.getState();
        boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
        if (state == Bundle.UNINSTALLED || state == Bundle.ACTIVE || state == Bundle.STARTING || (fragment && state == Bundle.RESOLVED)) {
            return;
        }
        String why = diagnostics.problem(bundle).orElse("it did not start (state " + PluginsView.state(bundle).toLowerCase() + ")");
        log.log(LogEntry.Level.WARNING, bundle, "The plugin " + name + " does not run: " + why, null);
        notifications.warning("The plugin " + name + " does not run: " + why + " (details in the Error Log)");
    }
}
