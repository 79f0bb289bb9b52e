package org.strategyworkbench.launcher.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
                new Settings(Path.of("/ws"), Path.of("/plugins"), Optional.empty(), System.err), Path.of("/cache"));
        assertEquals("org.strategyworkbench.launcher.command;version=\"1.0.0\"",
                p.get("org.osgi.framework.system.packages.extra"));
        assertEquals("1.2.3", p.get("strategyworkbench.version"));
    }

    @Test
    void fileInstallWatchesThePluginsFolderAndGogoNeverReadsTheTerminalItself() {
        Map<String, String> p = FrameworkRuntime.properties(distribution(),
                new Settings(Path.of("/ws"), Path.of("/plugins"), Optional.empty(), System.err), Path.of("/cache"));
        assertEquals("/plugins", p.get("felix.fileinstall.dir"));
        assertEquals("/ws", p.get("strategyworkbench.workspace"));
        assertEquals("--nointeractive --quiet", p.get("gosh.args"));
    }

    @Test
    void trustedSignersReachTheFrameworkOnlyWhenGiven() {
        Map<String, String> open = FrameworkRuntime.properties(distribution(),
                new Settings(Path.of("/ws"), Path.of("/plugins"), Optional.empty(), System.err), Path.of("/cache"));
        assertFalse(open.containsKey("strategyworkbench.plugins.signers"));
        Map<String, String> signed = FrameworkRuntime.properties(distribution(),
                new Settings(Path.of("/ws"), Path.of("/plugins"), Optional.of(Path.of("/etc/signers.pem")), System.err),
                Path.of("/cache"));
        assertEquals("/etc/signers.pem", signed.get("strategyworkbench.plugins.signers"));
    }
}
