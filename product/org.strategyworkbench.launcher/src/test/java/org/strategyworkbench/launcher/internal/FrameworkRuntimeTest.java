package org.strategyworkbench.launcher.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

class FrameworkRuntimeTest {

    private static Distribution distribution() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Bundle-Version", "1.2.3");
        manifest.getMainAttributes().putValue("Export-Package", "org.strategyworkbench.launcher.command;version=\"1.0.0\"");
        return new Distribution(Path.of("/opt/workbench"), manifest);
    }

    @Test
    void theSystemBundleExportsTheLaunchersContractAtItsVersion() {
        Map<String, String> p = FrameworkRuntime.properties(distribution(),
                new Settings(Path.of("/ws"), Path.of("/plugins"), Optional.empty(), false, System.err), Path.of("/cache"));
        assertEquals("org.strategyworkbench.launcher.command;version=\"1.0.0\"",
                p.get("org.osgi.framework.system.packages.extra"));
        assertEquals("1.2.3", p.get("strategyworkbench.version"));
    }

    @Test
    void fileInstallWatchesThePluginsFolderAndTheShellIsQuietUnlessAsked() {
        Map<String, String> quiet = FrameworkRuntime.properties(distribution(),
                new Settings(Path.of("/ws"), Path.of("/plugins"), Optional.empty(), false, System.err), Path.of("/cache"));
        assertEquals("/plugins", quiet.get("felix.fileinstall.dir"));
        assertEquals("/ws", quiet.get("strategyworkbench.workspace"));
        assertEquals("--nointeractive", quiet.get("gosh.args"));
        Map<String, String> shell = FrameworkRuntime.properties(distribution(),
                new Settings(Path.of("/ws"), Path.of("/plugins"), Optional.empty(), true, System.err), Path.of("/cache"));
        assertTrue(shell.get("gosh.args").isEmpty());
    }

    @Test
    void trustedSignersReachTheFrameworkOnlyWhenGiven() {
        Map<String, String> open = FrameworkRuntime.properties(distribution(),
                new Settings(Path.of("/ws"), Path.of("/plugins"), Optional.empty(), false, System.err), Path.of("/cache"));
        assertFalse(open.containsKey("strategyworkbench.plugins.signers"));
        Map<String, String> signed = FrameworkRuntime.properties(distribution(),
                new Settings(Path.of("/ws"), Path.of("/plugins"), Optional.of(Path.of("/etc/signers.pem")), false, System.err),
                Path.of("/cache"));
        assertEquals("/etc/signers.pem", signed.get("strategyworkbench.plugins.signers"));
    }
}
