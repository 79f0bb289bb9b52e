package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Plugin jars made, signed and tampered with as a delegation would: the JDK's keytool and jarsigner. */
final class SignedPlugins {

    private static final String PASSWORD = "changeit";

    private final Path keys;

    SignedPlugins(Path keys) {
        this.keys = keys;
    }

    /** A new key pair; its certificate, as {@code keytool -exportcert -rfc} writes it, is returned. */
    Path signer(String alias, String subject) throws IOException, InterruptedException {
        Path store = keys.resolve(alias + ".p12");
        jdk("keytool", "-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", subject,
                "-validity", "365", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        Path certificate = keys.resolve(alias + ".pem");
        jdk("keytool", "-exportcert", "-rfc", "-alias", alias, "-keystore", store.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        return certificate;
    }

    Path sign(Path jar, String alias) throws IOException, InterruptedException {
        jdk("jarsigner", "-keystore", keys.resolve(alias + ".p12").toString(), "-storepass", PASSWORD, jar.toString(), alias);
        return jar;
    }

    /** The same jar with {@code readme.txt} changed after signing, the signature files kept. */
    static Path tamper(Path signed, Path copy) throws IOException {
        try (ZipFile in = new ZipFile(signed.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals("readme.txt") ? "changed".getBytes(StandardCharsets.UTF_8)
                        : in.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
        }
        return copy;
    }

    private static void jdk(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", tool).toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, tool + " failed: " + output);
    }
}
