package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of {@code ./workbench}, checked on the assembled product. */
class CommandLineIT {

    @TempDir
    Path temp;

    private String[] withFolders(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--workspace", temp.resolve("ws").toString(),
                "--plugins", temp.resolve("plugins").toString()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Test
    void bundlesListsEveryBundleActiveAndExitsZero() throws Exception {
        ProductProcess.Result r = ProductProcess.run(withFolders("bundles"));
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.out().matches("(?s).*ACTIVE\\s+org\\.strategyworkbench\\.core\\s+0\\.1\\.0.*"), r.all());
        assertTrue(r.out().contains("org.apache.felix.scr"), r.all());
        assertTrue(!r.out().contains("INSTALLED") && !r.out().contains("RESOLVED "), r.all());
    }

    @Test
    void anUnknownCommandSaysSoAndShowsTheUsageWithExitTwo() throws Exception {
        ProductProcess.Result r = ProductProcess.run(withFolders("nonsense"));
        assertEquals(2, r.exitCode(), r.all());
        assertEquals("workbench: unknown command 'nonsense'", r.err().lines().findFirst().orElse(""), r.all());
        assertTrue(r.err().contains("Usage: workbench"), r.all());
    }

    @Test
    void aGlobalOptionWithoutItsValueIsAUsageError() throws Exception {
        ProductProcess.Result r = ProductProcess.run("bundles", "--workspace");
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.err().startsWith("workbench: --workspace needs a folder"), r.all());
    }

    @Test
    void anUnknownOptionOfACommandIsAUsageError() throws Exception {
        ProductProcess.Result r = ProductProcess.run(withFolders("bundles", "--colour"));
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.err().contains("unexpected argument '--colour'"), r.all());
    }

    @Test
    void versionNamesProductFrameworkAndJava() throws Exception {
        ProductProcess.Result r = ProductProcess.run("--version");
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.out().matches("Strategy Workbench 0\\.1\\.0 \\(Apache Felix 7\\.0\\.5, Java .+\\)\\R"), r.all());
    }

    @Test
    void helpListsTheCommandsOfferedByTheBundles() throws Exception {
        ProductProcess.Result r = ProductProcess.run(withFolders("--help"));
        assertEquals(0, r.exitCode(), r.all());
        for (String command : List.of("bundles", "open", "shell")) {
            assertTrue(r.out().contains("\n  " + command + " "), command + " missing: " + r.all());
        }
    }

    @Test
    void theWindowNeedsADisplayAndSaysSo() throws Exception {
        ProductProcess.Result r = ProductProcess.run(withFolders());
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.err().contains("no display"), r.all());
    }

    @Test
    void theShellRunsGogoCommandsAndEndsAtEndOfInput() throws Exception {
        ProductProcess.Result r = ProductProcess.run("lb\n", List.of(), withFolders("shell"));
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.out().matches("(?s).*Active\\s+\\|\\s+1\\|Strategy Workbench core \\(0\\.1\\.0\\).*"), r.all());
        assertTrue(!r.out().contains("|Installed") && !r.out().contains("|Resolved"), r.all());
    }

    @Test
    void aBrokenPluginMakesBundlesFailAndNamesTheMissingRequirement() throws Exception {
        TestJars.bundle(temp.resolve("plugins"), "com.example.broken",
                Map.of("Import-Package", "com.example.missing"));
        ProductProcess.Result r = ProductProcess.run(withFolders("bundles"));
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.out().contains("com.example.broken"), r.all());
        assertTrue(r.out().contains("missing requirement osgi.wiring.package; (osgi.wiring.package=com.example.missing)"), r.all());
    }

    @Test
    void aPluginBuiltAgainstAnIncompatibleApiIsNamedWithTheRangeItNeedsAndTheVersionProvided() throws Exception {
        TestJars.bundle(temp.resolve("plugins"), "com.example.future",
                Map.of("Import-Package", "org.strategyworkbench.core.workspace;version=\"[2.0,3)\""));
        ProductProcess.Result r = ProductProcess.run(withFolders("bundles"));
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.out().contains("needs package org.strategyworkbench.core.workspace [2.0.0,3.0.0); the workbench provides"
                + " 1.1.0 (by org.strategyworkbench.core 0.1.0)"), r.all());
    }
}
