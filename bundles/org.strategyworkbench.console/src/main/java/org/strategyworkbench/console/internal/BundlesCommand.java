package org.strategyworkbench.console.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.core.plugins.PluginDiagnostics;
import org.strategyworkbench.core.plugins.PluginStatus;
import org.strategyworkbench.launcher.command.CommandInvocation;
import org.strategyworkbench.launcher.command.CommandName;
import org.strategyworkbench.launcher.command.WorkbenchCommand;

/**
 * {@code workbench bundles}: every bundle with symbolic name, version and state, and what keeps
 * a bundle or a plugin jar from running. Exits 0 only when every bundle runs and every jar of the
 * plugins folder was installed.
 */
@Component
@CommandName("bundles")
public final class BundlesCommand implements WorkbenchCommand {

    private final BundleContext context;
    private final PluginDiagnostics diagnostics;

    @Activate
    public BundlesCommand(BundleContext context, @Reference PluginDiagnostics diagnostics) {
        this.context = context;
        this.diagnostics = diagnostics;
    }

    @Override
    public String summary() {
        return "List every bundle with its version and state; exit 1 if one, or a plugin jar, is not running";
    }

    @Override
    public int run(CommandInvocation invocation) {
        if (!invocation.arguments().isEmpty()) {
            invocation.err().println("workbench bundles: unexpected argument '" + invocation.arguments().get(0) + "'");
            return USAGE;
        }
        List<BundleRow> rows = Arrays.stream(context.getBundles())
                .sorted(Comparator.comparingLong(Bundle::getBundleId)).map(this::row).toList();
        BundleTable.print(rows, invocation.out());
        List<PluginStatus> strays = diagnostics.notInstalled();
        strays.forEach(p -> invocation.out().println("plugin " + p.file().getFileName() + ": "
                + p.problem().orElse("not installed")));
        return rows.stream().allMatch(BundleRow::running) && strays.isEmpty() ? OK : FAILED;
    }

    private BundleRow row(Bundle bundle) {
        Optional<String> problem = diagnostics.problem(bundle);
        String name = bundle.getSymbolicName() == null ? bundle.getLocation() : bundle.getSymbolicName();
        boolean fragment = bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
        String state = BundleRow.stateName(bundle.getState()) + (fragment ? "*" : "");
        return new BundleRow(bundle.getBundleId(), name, bundle.getVersion().toString(), state,
                problem.isEmpty(), problem);
    }
}
