package org.strategyworkbench.launcher.internal;

import java.io.File;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.hooks.bundle.FindHook;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Keeps what comes through the plugins folder away from the product. FileInstall does not see the
 * product's bundles at all (a bundle find hook), so it can neither update nor uninstall one of them
 * in place of a plugin. When only signed plugins are accepted, the guard also keeps the plugins
 * folder closed while the check is missing. The core bundle's check stands in front of FileInstall; should it be gone at some
 * moment (the core bundle stopped or refreshed while the workbench runs), FileInstall would install
 * jars unchecked. A bundle installed or updated from the plugins folder at such a moment is never
 * resolved, so none of its code runs, and it is uninstalled. The launcher holds this guard because
 * the launcher cannot be stopped.
 */
final class PluginGuard implements SynchronousBundleListener, ResolverHookFactory, FindHook {

    /** The core bundle's check, as a FileInstall transformer (not any transformer some plugin might register). */
    private static final String CHECK = "(&(objectClass=org.apache.felix.fileinstall.ArtifactTransformer)"
            + "(component.name=org.strategyworkbench.core.internal.plugins.PluginJarCheck))";
    private static final String FILEINSTALL = "org.apache.felix.fileinstall";

    private final BundleContext context;
    private final String folder;
    private final java.io.PrintStream err;
    private final Set<Long> unchecked = ConcurrentHashMap.newKeySet();

    private PluginGuard(BundleContext context, String folder, java.io.PrintStream err) {
        this.context = context;
        this.folder = folder;
        this.err = err;
    }

    /** Puts the guard in place: the find hook always, the rest when the settings name allowed signers. */
    static void install(BundleContext context, Settings settings) {
        PluginGuard guard = new PluginGuard(context, new File(settings.plugins().toString()).toURI().normalize().toString(),
                settings.err());
        context.registerService(FindHook.class, guard, null);
        if (settings.signers().isPresent()) {
            context.addBundleListener(guard);
            context.registerService(ResolverHookFactory.class, guard, null);
        }
    }

    @Override
    public void find(BundleContext asking, Collection<Bundle> bundles) {
        Bundle asker = asking.getBundle();
        if (asker != null && FILEINSTALL.equals(asker.getSymbolicName())) {
            bundles.removeIf(b -> b.getBundleId() != 0 && !fromPluginsFolder(b));
        }
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        if (event.getType() == BundleEvent.UPDATED && !fromPluginsFolder(bundle) && bundle.getBundleId() != 0) {
            // nothing in the workbench updates its own bundles while it runs
            unchecked.add(bundle.getBundleId());
            err.println("workbench: the product bundle " + bundle.getSymbolicName() + " was replaced while running;"
                    + " it is kept from running");
            return;
        }
        if ((event.getType() != BundleEvent.INSTALLED && event.getType() != BundleEvent.UPDATED) || !fromPluginsFolder(bundle)) {
            return;
        }
        if (checkInPlace()) {
            unchecked.remove(bundle.getBundleId());
            return;
        }
        unchecked.add(bundle.getBundleId());
        err.println("workbench: plugin " + bundle.getLocation() + " was installed while the signature check was not available;"
                + " it is removed");
        Thread remover = new Thread(() -> {
            try {
                bundle.uninstall();
            } catch (BundleException | IllegalStateException e) {
                // already gone; it was never resolved in any case
            }
        }, "plugin-guard");
        remover.setDaemon(true);
        remover.start();
    }

    private boolean fromPluginsFolder(Bundle bundle) {
        String location = bundle.getLocation();
        return location.startsWith(folder) || location.startsWith("jardir:");
    }

    private boolean checkInPlace() {
        try {
            return context.getServiceReferences((String) null, CHECK) != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                if (!unchecked.isEmpty()) {
                    candidates.removeIf(revision -> unchecked.contains(revision.getBundle().getBundleId()));
                }
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton, Collection<BundleCapability> collisions) {
                // no opinion
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                // no opinion
            }

            @Override
            public void end() {
                // nothing held
            }
        };
    }
}
