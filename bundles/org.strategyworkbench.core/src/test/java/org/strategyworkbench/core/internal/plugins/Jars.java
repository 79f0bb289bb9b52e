package org.strategyworkbench.core.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Makes, signs and tampers with plugin jars the way a delegation would, with the JDK's keytool and jarsigner. */
final class Jars {

    private static final String PASSWORD = "changeit";

    private Jars() {
    }

    /** A bundle jar with a manifest and the given entries. */
    static Path bundle(Path jar, String symbolicName, Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** A new key pair in its own keystore, and its certificate exported as PEM beside it. */
    static Path keyAndCertificate(Path folder, String alias, String subject) throws IOException, InterruptedException {
        return keyAndCertificate(folder, alias, subject, "EC", 256);
    }

    /** The same with a key of the given algorithm and size. */
    static Path keyAndCertificate(Path folder, String alias, String subject, String algorithm, int size)
            throws IOException, InterruptedException {
        Path store = folder.resolve(alias + ".p12");
        tool("keytool", "-genkeypair", "-alias", alias, "-keyalg", algorithm, "-keysize", String.valueOf(size), "-dname", subject,
                "-validity", "365", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        Path certificate = folder.resolve(alias + ".pem");
        tool("keytool", "-exportcert", "-rfc", "-alias", alias, "-keystore", store.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        return certificate;
    }

    /** Signs a jar in place with the key of {@link #keyAndCertificate}. */
    static Path sign(Path jar, Path folder, String alias) throws IOException, InterruptedException {
        tool("jarsigner", "-keystore", folder.resolve(alias + ".p12").toString(), "-storepass", PASSWORD, jar.toString(), alias);
        return jar;
    }

    /** What a change returns to leave an entry out of the copy. */
    static final String DROP = new String("drop");

    /** A copy of a jar with every entry passed through a change (name to new bytes, {@code null} to keep, {@link #DROP}). */
    static Path rewrite(Path jar, Path copy, UnaryOperator<String> change, Map<String, String> added) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                String replaced = change.apply(entry.getName());
                if (replaced == DROP) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(replaced != null ? replaced.getBytes(StandardCharsets.UTF_8) : in.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
            for (Map.Entry<String, String> e : added.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return copy;
    }

    static String text(Path jar, String name) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return new String(file.getInputStream(file.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void tool(String name, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", name).toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        OutputStream ignored = process.getOutputStream();
        ignored.close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, name + " failed: " + output);
    }
}
