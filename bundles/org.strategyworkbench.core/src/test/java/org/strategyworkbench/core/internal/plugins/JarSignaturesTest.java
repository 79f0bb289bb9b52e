package org.strategyworkbench.core.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarSignaturesTest {

    @TempDir
    static Path keys;
    @TempDir
    Path temp;

    static List<X509Certificate> allowed;

    @BeforeAll
    static void makeKeys() throws Exception {
        allowed = Signers.read(Jars.keyAndCertificate(keys, "norway", "CN=Delegation of Norway, O=NATO"));
        Jars.keyAndCertificate(keys, "stranger", "CN=Stranger");
    }

    private Path signedBy(String alias) throws Exception {
        Path jar = Jars.bundle(temp.resolve(alias + ".jar"), "com.example." + alias,
                Map.of("com/example/View.class", "view", "OSGI-INF/view.xml", "<component/>"));
        return Jars.sign(jar, keys, alias);
    }

    @Test
    void aJarSignedByAnAllowedSignerIsAccepted() throws Exception {
        assertEquals(Optional.empty(), JarSignatures.refusal(signedBy("norway"), allowed));
    }

    @Test
    void anUnsignedJarIsRefused() throws Exception {
        Path jar = Jars.bundle(temp.resolve("plain.jar"), "com.example.plain", Map.of("a.txt", "a"));
        assertEquals(Optional.of("it is not signed (sign it with jarsigner)"), JarSignatures.refusal(jar, allowed));
    }

    @Test
    void aJarSignedBySomeoneElseIsRefusedNamingTheSigner() throws Exception {
        String reason = JarSignatures.refusal(signedBy("stranger"), allowed).orElseThrow();
        assertTrue(reason.matches("it is signed by CN=Stranger \\(SHA-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}\\), which is not an allowed signer"),
                reason);
    }

    @Test
    void aJarWhoseClassChangedAfterSigningIsRefusedNamingTheEntry() throws Exception {
        Path signed = signedBy("norway");
        Path tampered = Jars.rewrite(signed, temp.resolve("tampered.jar"),
                name -> name.equals("com/example/View.class") ? "evil" : null, Map.of());
        assertEquals(Optional.of("it was changed after it was signed: com/example/View.class does not match its signature"),
                JarSignatures.refusal(tampered, allowed));
    }

    @Test
    void aJarWithAnEntryAddedAfterSigningIsRefusedNamingTheEntry() throws Exception {
        Path grown = Jars.rewrite(signedBy("norway"), temp.resolve("grown.jar"), name -> null,
                Map.of("com/example/Extra.class", "extra"));
        assertEquals(Optional.of("it was changed after it was signed: com/example/Extra.class is not signed"),
                JarSignatures.refusal(grown, allowed));
    }

    @Test
    void aJarWhoseManifestHeadersChangedAfterSigningIsRefused() throws Exception {
        Path signed = signedBy("norway");
        String manifest = Jars.text(signed, "META-INF/MANIFEST.MF");
        Path edited = Jars.rewrite(signed, temp.resolve("edited.jar"), name -> name.equals("META-INF/MANIFEST.MF")
                ? manifest.replace("Bundle-Version: 1.0.0", "Bundle-Version: 9.0.0") : null, Map.of());
        assertEquals(Optional.of("it was changed after it was signed: its manifest headers do not match the signature"),
                JarSignatures.refusal(edited, allowed));
    }

    @Test
    void aClassSwappedForAFolderEntryHoldingCodeIsRefused() throws Exception {
        // a class loader finds "View.class/" when "View.class" is missing, and folder entries are not signed
        Path swapped = Jars.rewrite(signedBy("norway"), temp.resolve("swapped.jar"),
                name -> name.equals("com/example/View.class") ? Jars.DROP : null, Map.of("com/example/View.class/", "evil"));
        assertEquals(Optional.of("it holds data in the folder entry com/example/View.class/, which no signature covers"),
                JarSignatures.refusal(swapped, allowed));
    }

    @Test
    void aJarWithASignedEntryRemovedIsRefusedNamingTheEntry() throws Exception {
        Path shrunk = Jars.rewrite(signedBy("norway"), temp.resolve("shrunk.jar"),
                name -> name.equals("OSGI-INF/view.xml") ? Jars.DROP : null, Map.of());
        assertEquals(Optional.of("it was changed after it was signed: OSGI-INF/view.xml was removed"),
                JarSignatures.refusal(shrunk, allowed));
    }

    @Test
    void anEntryNamedOutsideTheJarIsRefused() throws Exception {
        Path odd = Jars.rewrite(signedBy("norway"), temp.resolve("odd.jar"), name -> null, Map.of("../escape.class", "x"));
        assertEquals(Optional.of("it holds an entry whose name is not a plain path: ../escape.class"), JarSignatures.refusal(odd, allowed));
    }

    @Test
    void aSignatureBlockTheJdkCannotReadIsRefusedRatherThanIgnored() throws Exception {
        Path junk = Jars.rewrite(signedBy("norway"), temp.resolve("junk.jar"), name -> null,
                Map.of("META-INF/X.SF", "Signature-Version: 1.0\nSHA-256-Digest-Manifest-Main-Attributes: abc=\n",
                        "META-INF/X.RSA", "anything at all"));
        assertEquals(Optional.of("it holds META-INF/X.RSA, which is not a signature of this jar"), JarSignatures.refusal(junk, allowed));
    }

    @Test
    void aSignatureFileMustCoverTheManifestsMainHeaders() throws Exception {
        java.util.jar.Manifest partial = new java.util.jar.Manifest(new java.io.ByteArrayInputStream(
                "Signature-Version: 1.0\nSHA-256-Digest-Manifest: abc=\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        java.util.jar.Manifest whole = new java.util.jar.Manifest(new java.io.ByteArrayInputStream(
                "Signature-Version: 1.0\nSHA-256-Digest-Manifest-Main-Attributes: abc=\nSHA-256-Digest-Manifest: abc=\n\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(!JarSignatures.coversMainAttributes(partial));
        assertTrue(JarSignatures.coversMainAttributes(whole));
        // and what jarsigner writes passes
        assertEquals(Optional.empty(), JarSignatures.refusal(signedBy("norway"), allowed));
    }

    @Test
    void aFileThatIsNotAJarIsRefusedAsUnreadable() throws Exception {
        Path text = java.nio.file.Files.writeString(temp.resolve("notes.jar"), "not a zip");
        assertTrue(JarSignatures.refusal(text, allowed).orElseThrow().startsWith("it is not a readable jar"));
    }

    @Test
    void signatureFilesAreRecognisedOnlyInPairsDirectlyInMetaInf() {
        Set<String> names = Set.of("META-INF/MANIFEST.MF", "META-INF/NORWAY.SF", "META-INF/NORWAY.EC", "META-INF/LONE.RSA",
                "META-INF/SIG-X.CLASS", "META-INF/SERVICES/X.SF");
        assertTrue(JarSignatures.isSignatureFile("META-INF/NORWAY.SF", names));
        assertTrue(JarSignatures.isSignatureFile("meta-inf/norway.ec", names));
        assertTrue(JarSignatures.isSignatureFile("META-INF/MANIFEST.MF", names));
        assertTrue(!JarSignatures.isSignatureFile("META-INF/LONE.RSA", names), "a block without its signature file");
        assertTrue(!JarSignatures.isSignatureFile("META-INF/SIG-x.class", names));
        assertTrue(!JarSignatures.isSignatureFile("META-INF/services/x.SF", names));
        assertTrue(!JarSignatures.isSignatureFile("OSGI-INF/view.xml", names));
    }

    @Test
    void unsignedContentNamedLikeASignatureBlockIsRefused() throws Exception {
        Path hidden = Jars.rewrite(signedBy("norway"), temp.resolve("hidden.jar"), name -> null,
                Map.of("META-INF/payload.EC", "unsigned", "META-INF/SIG-x.class", "unsigned"));
        String reason = JarSignatures.refusal(hidden, allowed).orElseThrow();
        assertTrue(reason.startsWith("it was changed after it was signed: META-INF/") && reason.endsWith(" is not signed"), reason);
    }
}
