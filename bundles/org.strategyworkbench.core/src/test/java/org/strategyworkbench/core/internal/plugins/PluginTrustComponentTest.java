package org.strategyworkbench.core.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginTrustComponentTest {

    @TempDir
    Path temp;

    @Test
    void withoutAllowedSignersEveryJarIsAccepted() throws Exception {
        PluginTrustComponent trust = new PluginTrustComponent(Optional.empty());
        Path plain = Jars.bundle(temp.resolve("plain.jar"), "com.example.plain", Map.of("a.txt", "a"));
        assertFalse(trust.signedOnly());
        assertEquals(Optional.empty(), trust.refusal(plain));
        assertTrue(trust.allowedSigners().isEmpty());
    }

    @Test
    void allowedSignersAreReadFromAFolderOfCertificatesAndDescribed() throws Exception {
        Path keys = Files.createDirectories(temp.resolve("keys"));
        Jars.keyAndCertificate(keys, "norway", "CN=Delegation of Norway");
        Jars.keyAndCertificate(keys, "denmark", "CN=Delegation of Denmark");
        Path certificates = Files.createDirectories(temp.resolve("signers"));
        Files.move(keys.resolve("norway.pem"), certificates.resolve("norway.pem"));
        Files.move(keys.resolve("denmark.pem"), certificates.resolve("denmark.pem"));
        PluginTrustComponent trust = new PluginTrustComponent(Optional.of(certificates));
        assertTrue(trust.signedOnly());
        assertEquals(2, trust.allowedSigners().size());
        assertTrue(trust.allowedSigners().get(0).startsWith("CN=Delegation of Denmark (SHA-256 "), trust.allowedSigners().toString());
        Path jar = Jars.sign(Jars.bundle(temp.resolve("dk.jar"), "com.example.dk", Map.of("a.txt", "a")), keys, "denmark");
        assertEquals(Optional.empty(), trust.refusal(jar));
    }

    @Test
    void unreadableAllowedSignersRefuseEveryJarNamingTheFile() throws Exception {
        Path garbage = Files.writeString(temp.resolve("signers.pem"), "not a certificate");
        PluginTrustComponent trust = new PluginTrustComponent(Optional.of(garbage));
        Path plain = Jars.bundle(temp.resolve("plain.jar"), "com.example.plain", Map.of("a.txt", "a"));
        assertTrue(trust.signedOnly());
        String reason = trust.refusal(plain).orElseThrow();
        assertTrue(reason.startsWith("the allowed signers cannot be read: ") && reason.contains("signers.pem"), reason);
    }

    @Test
    void missingAllowedSignersRefuseEveryJar() throws Exception {
        PluginTrustComponent trust = new PluginTrustComponent(Optional.of(temp.resolve("nowhere")));
        Path plain = Jars.bundle(temp.resolve("plain.jar"), "com.example.plain", Map.of("a.txt", "a"));
        assertTrue(trust.refusal(plain).orElseThrow().contains("nowhere does not exist"));
    }

    @Test
    void aCertificateWithAWeakKeyIsNotTrustedAndSaysWhy() throws Exception {
        Path keys = Files.createDirectories(temp.resolve("weak"));
        Path certificate = Jars.keyAndCertificate(keys, "weak", "CN=Weak", "RSA", 1024);
        PluginTrustComponent trust = new PluginTrustComponent(Optional.of(certificate));
        Path plain = Jars.bundle(temp.resolve("plain.jar"), "com.example.plain", Map.of("a.txt", "a"));
        String reason = trust.refusal(plain).orElseThrow();
        assertTrue(reason.contains("the certificate of CN=Weak has a 1024-bit RSA key, too weak to trust"), reason);
    }
}
