package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.strategyworkbench.launcher.command.CommandInvocation;
import org.strategyworkbench.launcher.command.WorkbenchCommand;

/** The product's features, resolved and started in a real Felix framework. */
class ProductRuntimeTest {

    @InjectBundleContext
    BundleContext context;

    @Test
    void everyBundleOfTheProductRuns() {
        List<String> notRunning = Arrays.stream(context.getBundles())
                .filter(b -> b.getHeaders("").get(Constants.FRAGMENT_HOST) == null)
                .filter(b -> b.getState() != Bundle.ACTIVE && b.getState() != Bundle.STARTING)
                .map(b -> b.getSymbolicName() + " is " + b.getState()).toList();
        assertEquals(List.of(), notRunning);
    }

    @Test
    void theFeaturesBringTheirBundles() {
        Set<String> names = Arrays.stream(context.getBundles()).map(Bundle::getSymbolicName).collect(Collectors.toSet());
        for (String expected : List.of("org.apache.felix.scr", "org.apache.felix.fileinstall",
                "org.apache.felix.configadmin", "org.apache.felix.gogo.runtime", "org.strategyworkbench.core",
                "org.strategyworkbench.console", "org.strategyworkbench.workbench", "com.formdev.flatlaf")) {
            assertTrue(names.contains(expected), expected + " missing from " + names);
        }
    }

    @Test
    void bundlesCommandListsEveryBundleAndSucceeds(
            @InjectService(filter = "(workbench.command.name=bundles)") WorkbenchCommand bundles) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = bundles.run(invocation(List.of(), out));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(WorkbenchCommand.OK, code, text);
        assertTrue(text.contains("org.strategyworkbench.console"), text);
        assertTrue(text.contains(context.getBundles().length + " of " + context.getBundles().length + " bundles running"), text);
    }

    @Test
    void bundlesCommandRefusesArguments(
            @InjectService(filter = "(workbench.command.name=bundles)") WorkbenchCommand bundles) throws Exception {
        assertEquals(WorkbenchCommand.USAGE, bundles.run(invocation(List.of("--bogus"), new ByteArrayOutputStream())));
    }

    @Test
    void theWindowCommandIsOfferedAsOpen(
            @InjectService(filter = "(workbench.command.name=open)") WorkbenchCommand open) {
        assertTrue(open.summary().contains("window"), open.summary());
    }

    static CommandInvocation invocation(List<String> arguments, ByteArrayOutputStream out) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new CommandInvocation() {
            @Override public List<String> arguments() { return arguments; }
            @Override public Path workspace() { return Path.of("target", "test-workspace"); }
            @Override public Path plugins() { return Path.of("target", "test-plugins"); }
            @Override public PrintStream out() { return print; }
            @Override public PrintStream err() { return print; }
        };
    }
}
