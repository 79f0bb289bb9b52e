package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugins folder that accepts only plugins signed by allowed signers, in the assembled product:
 * the signed plugin runs; an unsigned, a stranger's and a tampered jar are refused, each with its
 * reason, and stay in the folder.
 */
class SignedPluginsIT {

    @TempDir
    static Path shared;
    static Path plugins;
    static Path norwayCertificate;
    @TempDir
    Path temp;

    /** The folder is only read by the product, so every test may share it. */
    @BeforeAll
    static void fillThePluginsFolder() throws Exception {
        Path temp = shared;
        SignedPlugins signing = new SignedPlugins(Files.createDirectories(temp.resolve("keys")));
        norwayCertificate = signing.signer("norway", "CN=Delegation of Norway, O=NATO");
        signing.signer("stranger", "CN=Stranger");
        plugins = Files.createDirectories(temp.resolve("plugins"));
        signing.sign(TestJars.bundle(plugins, "com.example.norway", Map.of()), "norway");
        TestJars.bundle(plugins, "com.example.plain", Map.of());
        signing.sign(TestJars.bundle(plugins, "com.example.stranger", Map.of()), "stranger");
        Path signed = signing.sign(TestJars.bundle(temp.resolve("unsigned"), "com.example.tampered", Map.of()), "norway");
        SignedPlugins.tamper(signed, plugins.resolve("com.example.tampered.jar"));
    }

    @Test
    void onlyPluginsSignedByAnAllowedSignerAreInstalledAndEveryRefusalSaysWhy() throws Exception {
        ProductProcess.Result r = ProductProcess.run("--workspace", temp.resolve("ws").toString(), "--plugins", plugins.toString(),
                "--trusted-signers", norwayCertificate.toString(), "bundles");
        assertEquals(1, r.exitCode(), "a refused plugin fails the check: " + r.all());
        assertTrue(active(r, "com.example.norway"), r.all());
        for (String refused : List.of("plain", "stranger", "tampered")) {
            assertTrue(!r.out().contains("com.example." + refused + " "), "not even installed: " + r.all());
            assertTrue(Files.exists(plugins.resolve("com.example." + refused + ".jar")), "a refused jar stays in the folder");
        }
        assertTrue(r.out().contains("plugin com.example.plain.jar: refused: it is not signed (sign it with jarsigner)"), r.all());
        assertTrue(Pattern.compile("plugin com\\.example\\.stranger\\.jar: refused: it is signed by CN=Stranger \\(SHA-256 [0-9A-F:]{95}\\), "
                + "which is not an allowed signer").matcher(r.out()).find(), r.all());
        assertTrue(r.out().contains("plugin com.example.tampered.jar: refused: it was changed after it was signed: readme.txt does not match its signature"),
                r.all());
        assertTrue(r.err().contains("workbench: plugin com.example.plain.jar refused: it is not signed"), r.all());
    }

    @Test
    void theAllowedSignersMayAlsoBeGivenAsASystemProperty() throws Exception {
        ProductProcess.Result r = ProductProcess.run("", List.of("-Dstrategyworkbench.plugins.signers=" + norwayCertificate),
                "--workspace", temp.resolve("ws").toString(), "--plugins", plugins.toString(), "bundles");
        assertTrue(active(r, "com.example.norway"), r.all());
        assertTrue(r.out().contains("plugin com.example.plain.jar: refused: it is not signed"), r.all());
    }

    @Test
    void withoutAllowedSignersEveryBundleIsInstalledAsBefore() throws Exception {
        ProductProcess.Result r = ProductProcess.run("--workspace", temp.resolve("ws").toString(), "--plugins", plugins.toString(), "bundles");
        assertEquals(0, r.exitCode(), r.all());
        for (String name : List.of("norway", "plain", "stranger", "tampered")) {
            assertTrue(active(r, "com.example." + name), r.all());
        }
    }

    @Test
    void aPluginBearingTheNameOfAProductBundleIsRefused() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("impostor"));
        TestJars.bundle(folder, "org.strategyworkbench.core", Map.of("Bundle-Version", "9.9.9"));
        ProductProcess.Result r = ProductProcess.run("--workspace", temp.resolve("ws").toString(), "--plugins", folder.toString(), "bundles");
        assertTrue(r.out().contains("plugin org.strategyworkbench.core.jar: refused: org.strategyworkbench.core is part of the product"
                + " (0.1.0); a plugin cannot replace a product bundle"), r.all());
        assertTrue(!r.out().contains("9.9.9"), "the product's core bundle stays as it is: " + r.all());
    }

    @Test
    void unreadableAllowedSignersRefuseEveryPlugin() throws Exception {
        Path garbage = Files.writeString(temp.resolve("signers.pem"), "not a certificate");
        ProductProcess.Result r = ProductProcess.run("--workspace", temp.resolve("ws").toString(), "--plugins", plugins.toString(),
                "--trusted-signers", garbage.toString(), "bundles");
        assertTrue(!active(r, "com.example.norway"), r.all());
        assertTrue(r.out().contains("plugin com.example.norway.jar: refused: the allowed signers cannot be read: " + garbage
                + " is not a certificate file"), r.all());
    }

    @Test
    void whileTheWorkbenchRunsASignedDropStartsAndAnUnsignedReplacementTakesItsPlace() throws Exception {
        Path live = Files.createDirectories(temp.resolve("live"));
        try (Shell console = shell(live)) {
            console.run("echo READY");
            drop(plugins.resolve("com.example.norway.jar"), live.resolve("com.example.norway.jar"));
            console.await("the signed plugin to start", "lb -s", out -> out.matches("(?s).*Active\\s*\\|.*com\\.example\\.norway.*"));
            Path unsigned = TestJars.bundle(temp.resolve("unsigned"), "com.example.norway", Map.of());
            drop(unsigned, live.resolve("com.example.norway.jar"));
            String after = console.await("the plugin to go", "lb -s", out -> !out.contains("com.example.norway"));
            assertTrue(console.seen().contains("workbench: plugin com.example.norway.jar refused: it is not signed"), console.seen());
            assertTrue(Files.exists(live.resolve("com.example.norway.jar")), "the refused jar stays: " + after);
        }
    }

    @Test
    void noPluginMayPassItselfOffAsAnotherBundleOrReachIntoTheProduct() throws Exception {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        // bytes in front of a signed jar claiming to be the core bundle: FileInstall reads a jar's
        // name from its first bytes and would have updated the core bundle with it
        byte[] claim = zipWithManifest("Manifest-Version: 1.0\nBundle-ManifestVersion: 2\n"
                + "Bundle-SymbolicName: org.strategyworkbench.core\nBundle-Version: 0.1.0\n");
        Files.write(rules.resolve("prefixed.jar"), concat(claim, Files.readAllBytes(plugins.resolve("com.example.norway.jar"))));
        // a second manifest first, under a look-alike name ("ſ" upper-cases to "S") some readers take for the manifest
        byte[] signed = Files.readAllBytes(plugins.resolve("com.example.norway.jar"));
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(signed));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(rules.resolve("lookalike.jar")))) {
            out.putNextEntry(new java.util.zip.ZipEntry("META-INF/MANIFE\u017fT.MF"));
            out.write(("Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: org.strategyworkbench.actions\n"
                    + "Bundle-Version: 0.1.0\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        TestJars.bundle(rules, "com.example.fragment", Map.of("Fragment-Host", "org.strategyworkbench.core"));
        TestJars.bundle(rules, "com.example.exporter", Map.of("Export-Package", "com.example.api,org.osgi.service.log;version=1.4"));
        ProductProcess.Result r = ProductProcess.run("--workspace", temp.resolve("ws").toString(), "--plugins", rules.toString(),
                "--trusted-signers", norwayCertificate.toString(), "bundles");
        assertTrue(active(r, "com.example.norway"), "the signed jar behind the bytes is what is installed: " + r.all());
        assertTrue(r.out().matches("(?s).*ACTIVE\\s+org\\.strategyworkbench\\.core\\s+0\\.1\\.0.*"), "core untouched: " + r.all());
        assertTrue(r.out().matches("(?s).*ACTIVE\\s+org\\.strategyworkbench\\.actions\\s+0\\.1\\.0.*"), "actions untouched: " + r.all());
        assertTrue(r.err().contains("workbench: plugin lookalike.jar refused: it holds a second manifest"), r.all());
        assertTrue(r.out().contains("plugin com.example.fragment.jar: refused: it is a fragment of org.strategyworkbench.core,"
                + " which is part of the product"), r.all());
        assertTrue(r.out().contains("plugin com.example.exporter.jar: refused: it exports org.osgi.service.log, a package of the"
                + " framework or the product"), r.all());
    }

    @Test
    void aSecondJarWithAnInstalledPluginsNameAndVersionIsRefusedInsteadOfReplacingIt() throws Exception {
        Path twins = Files.createDirectories(temp.resolve("twins"));
        Files.copy(plugins.resolve("com.example.norway.jar"), twins.resolve("a.jar"));
        Files.copy(plugins.resolve("com.example.norway.jar"), twins.resolve("b.jar"));
        ProductProcess.Result r = ProductProcess.run("--workspace", temp.resolve("ws").toString(), "--plugins", twins.toString(),
                "--trusted-signers", norwayCertificate.toString(), "bundles");
        assertTrue(active(r, "com.example.norway"), r.all());
        assertTrue(Pattern.compile("plugin [ab]\\.jar: refused: com\\.example\\.norway 1\\.0\\.0 is already installed from [ab]\\.jar;"
                + " give the new one another version, or remove the other").matcher(r.out()).find(), r.all());
    }

    @Test
    void whileTheCheckIsMissingNothingFromThePluginsFolderRuns() throws Exception {
        Path live = Files.createDirectories(temp.resolve("guarded"));
        try (Shell console = shell(live)) {
            String core = console.run("lb -s org.strategyworkbench.core");
            java.util.regex.Matcher id = Pattern.compile("(?m)^\\s*(\\d+)\\|Active").matcher(core);
            assertTrue(id.find(), core);
            console.run("stop " + id.group(1));   // the check goes with the core bundle
            drop(TestJars.bundle(temp.resolve("unchecked"), "com.example.unchecked", Map.of()), live.resolve("unchecked.jar"));
            console.await("the guard to remove the unchecked plugin", "echo", out -> console.seen().contains(
                    "was installed while the signature check was not available; it is removed"));
            console.await("the plugin to be gone", "lb -s", out -> !out.contains("com.example.unchecked"));
        }
    }

    private static byte[] zipWithManifest(String manifest) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/MANIFEST.MF"));
            zip.write(manifest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** The product's Gogo shell on a plugins folder that accepts only Norway's signature. */
    private Shell shell(Path folder) throws java.io.IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new Shell(new ProcessBuilder(java, "-Djava.awt.headless=true", "-jar",
                ProductProcess.product().resolve("lib/org.strategyworkbench.launcher.jar").toString(), "--workspace",
                temp.resolve("ws").toString(), "--plugins", folder.toString(), "--trusted-signers", norwayCertificate.toString(), "shell")
                .redirectErrorStream(true).start());
    }

    private static void drop(Path jar, Path target) throws java.io.IOException {
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        Files.copy(jar, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The product's Gogo shell, driven a command at a time; everything it printed is kept. */
    private static final class Shell implements AutoCloseable {
        private final Process process;
        private final java.io.BufferedReader out;
        private final StringBuilder seen = new StringBuilder();
        private int marker;

        Shell(Process process) {
            this.process = process;
            this.out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }

        /** Runs a command and returns what it printed. */
        String run(String command) throws java.io.IOException {
            String end = "END-" + (++marker);
            process.getOutputStream().write((command + "\necho " + end + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            StringBuilder printed = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null && !line.contains(end)) {
                printed.append(line).append('\n');
            }
            seen.append(printed);
            if (line == null) {
                throw new AssertionError("the shell ended: " + seen);
            }
            return printed.toString();
        }

        /** Runs a command until what it prints passes, for up to 15 s. */
        String await(String what, String command, java.util.function.Predicate<String> done) throws Exception {
            long deadline = System.currentTimeMillis() + 15_000;
            String printed = run(command);
            while (!done.test(printed)) {
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("timed out waiting for " + what + ":\n" + printed);
                }
                Thread.sleep(200);
                printed = run(command);
            }
            return printed;
        }

        String seen() {
            return seen.toString();
        }

        @Override
        public void close() throws Exception {
            process.getOutputStream().close();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static boolean active(ProductProcess.Result r, String symbolicName) {
        return Pattern.compile("ACTIVE\\s+" + Pattern.quote(symbolicName) + "\\s+1\\.0\\.0").matcher(r.out()).find();
    }
}
