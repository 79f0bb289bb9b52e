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
            assertTrue(!active(r, "com.example." + refused), r.all());
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
    void unreadableAllowedSignersRefuseEveryPlugin() throws Exception {
        Path garbage = Files.writeString(temp.resolve("signers.pem"), "not a certificate");
        ProductProcess.Result r = ProductProcess.run("--workspace", temp.resolve("ws").toString(), "--plugins", plugins.toString(),
                "--trusted-signers", garbage.toString(), "bundles");
        assertTrue(!active(r, "com.example.norway"), r.all());
        assertTrue(r.out().contains("plugin com.example.norway.jar: refused: the allowed signers cannot be read: " + garbage
                + " is not a certificate file"), r.all());
    }

    private static boolean active(ProductProcess.Result r, String symbolicName) {
        return Pattern.compile("ACTIVE\\s+" + Pattern.quote(symbolicName) + "\\s+1\\.0\\.0").matcher(r.out()).find();
    }
}
