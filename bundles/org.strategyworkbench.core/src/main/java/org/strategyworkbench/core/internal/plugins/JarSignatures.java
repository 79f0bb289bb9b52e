package org.strategyworkbench.core.internal.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Checks a jar's {@code jarsigner} signature the way an OSGi framework with security would: every
 * entry (other than the signature files) must be signed, unchanged since, and signed by at least
 * one allowed signer. Certificates are pinned: an allowed signer is a certificate, compared
 * whole, so neither a certificate authority nor the certificate's validity dates play a part.
 */
final class JarSignatures {

    private JarSignatures() {
    }

    /**
     * Why a jar is not accepted, or empty when it is.
     *
     * @param jar the jar to check
     * @param allowed the allowed signers' certificates
     * @return the reason, in words for the jar's author
     */
    static Optional<String> refusal(Path jar, Collection<X509Certificate> allowed) {
        Set<X509Certificate> signers = new LinkedHashSet<>();
        boolean anySigned = false;
        String unsigned = null;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            Set<X509Certificate> seenSigners = new HashSet<>();
            Set<String> names = new HashSet<>();
            Set<String> upperNames = new HashSet<>();
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                upperNames.add(entry.getName().toUpperCase(Locale.ROOT));
            }
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                names.add(entry.getName());
                Optional<String> odd = oddEntry(file, entry);
                if (odd.isPresent()) {
                    return odd;
                }
                if (entry.isDirectory() || isSignatureFile(entry.getName(), upperNames)) {
                    continue;
                }
                Optional<String> changed = readWhole(file, entry);
                if (changed.isPresent()) {
                    return changed;
                }
                CodeSigner[] codeSigners = entry.getCodeSigners();
                if (codeSigners == null) {
                    unsigned = unsigned == null ? entry.getName() : unsigned;
                    continue;
                }
                anySigned = true;
                Set<X509Certificate> entrySigners = endEntities(codeSigners);
                seenSigners.addAll(entrySigners);
                if (entrySigners.stream().noneMatch(allowed::contains)) {
                    signers.addAll(entrySigners);
                    return Optional.of(notAllowed(signers));
                }
            }
            Optional<String> removed = removedEntry(file, names);
            if (removed.isPresent()) {
                return removed;
            }
            Optional<String> hollow = hollowSignature(file, upperNames, seenSigners);
            if (hollow.isPresent()) {
                return hollow;
            }
        } catch (IOException e) {
            return Optional.of("it is not a readable jar (" + e.getMessage() + ")");
        } catch (SecurityException e) {
            return Optional.of("its signature is damaged (" + e.getMessage() + ")");
        }
        if (!anySigned) {
            return Optional.of("it is not signed (sign it with jarsigner)");
        }
        if (unsigned != null) {
            return Optional.of("it was changed after it was signed: " + unsigned + " is not signed");
        }
        return Optional.empty();
    }

    /**
     * An entry no signature can vouch for: a folder entry holding data (class loaders find
     * {@code X.class/} when {@code X.class} is missing, and folder entries are not signed), or a
     * name that is not a plain relative path.
     */
    private static Optional<String> oddEntry(JarFile file, JarEntry entry) throws IOException {
        String name = entry.getName();
        if (name.startsWith("/") || name.contains("\\") || name.contains("../") || name.equals("..")) {
            return Optional.of("it holds an entry whose name is not a plain path: " + name);
        }
        if (entry.isDirectory()) {
            try (InputStream in = file.getInputStream(entry)) {
                if (entry.getSize() > 0 || in.read() >= 0) {
                    return Optional.of("it holds data in the folder entry " + name + ", which no signature covers");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A signature file or block the JDK did not count: a block it could not read is ignored as if
     * absent, which would let anything ride under such names, and a signature file that does not
     * cover the manifest's main section lets its headers be rewritten (jarsigner always covers it).
     */
    private static Optional<String> hollowSignature(JarFile file, Set<String> upperNames, Set<X509Certificate> seenSigners)
            throws IOException {
        for (JarEntry entry : java.util.Collections.list(file.entries())) {
            String name = entry.getName();
            if (!isSignatureFile(name, upperNames) || name.equals(PluginJarCopy.MANIFEST)) {
                continue;
            }
            String upper = name.toUpperCase(Locale.ROOT);
            if (upper.endsWith(".SF")) {
                try (InputStream in = file.getInputStream(entry)) {
                    if (!coversMainAttributes(new java.util.jar.Manifest(in))) {
                        return Optional.of("its signature " + name + " does not cover the manifest's main headers (sign it with jarsigner)");
                    }
                }
            } else if (!signsThisJar(file, entry, seenSigners)) {
                return Optional.of("it holds " + name + ", which is not a signature of this jar");
            }
        }
        return Optional.empty();
    }

    /** Whether a signature file names a digest of the manifest's main section. */
    static boolean coversMainAttributes(java.util.jar.Manifest signatureFile) {
        return signatureFile.getMainAttributes().keySet().stream()
                .anyMatch(key -> key.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST-MANIFEST-MAIN-ATTRIBUTES"));
    }

    private static boolean signsThisJar(JarFile file, JarEntry block, Set<X509Certificate> seenSigners) {
        try (InputStream in = file.getInputStream(block)) {
            List<? extends java.security.cert.Certificate> path = java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertPath(in, "PKCS7").getCertificates();
            return !path.isEmpty() && path.stream().anyMatch(seenSigners::contains);
        } catch (IOException | java.security.cert.CertificateException | RuntimeException e) {
            return false;
        }
    }

    /** A signed entry (named, with its digest, in the manifest) that is no longer in the jar. */
    private static Optional<String> removedEntry(JarFile file, Set<String> names) throws IOException {
        java.util.jar.Manifest manifest = file.getManifest();
        if (manifest == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, java.util.jar.Attributes> section : manifest.getEntries().entrySet()) {
            boolean signed = section.getValue().keySet().stream().anyMatch(k -> k.toString().endsWith("-Digest"));
            if (signed && !names.contains(section.getKey())) {
                return Optional.of("it was changed after it was signed: " + section.getKey() + " was removed");
            }
        }
        return Optional.empty();
    }

    /** Reads an entry to its end, which makes the jar file check its digest. */
    private static Optional<String> readWhole(JarFile file, JarEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            in.transferTo(OutputStream.nullOutputStream());
            return Optional.empty();
        } catch (SecurityException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Manifest main attributes")) {
                return Optional.of("it was changed after it was signed: its manifest headers do not match the signature");
            }
            return Optional.of("it was changed after it was signed: " + entry.getName() + " does not match its signature");
        }
    }

    private static Set<X509Certificate> endEntities(CodeSigner[] codeSigners) {
        Set<X509Certificate> certificates = new LinkedHashSet<>();
        for (CodeSigner signer : codeSigners) {
            Certificate first = signer.getSignerCertPath().getCertificates().get(0);
            if (first instanceof X509Certificate x509) {
                certificates.add(x509);
            }
        }
        return certificates;
    }

    private static String notAllowed(Set<X509Certificate> signers) {
        StringBuilder names = new StringBuilder();
        for (X509Certificate signer : signers) {
            names.append(names.length() == 0 ? "" : " and ").append(Signers.describe(signer));
        }
        return "it is signed by " + names + ", which is not an allowed signer";
    }

    /**
     * Whether an entry is the manifest or part of a signature (which the signature itself
     * covers), given the upper-case names of every entry.
     */
    static boolean isSignatureFile(String name, Set<String> upperNames) {
        if (name.equals(PluginJarCopy.MANIFEST)) {
            return true;   // the exact name only: readers that ignore case would find a look-alike
        }
        if (!name.chars().allMatch(c -> c < 128)) {
            return false;   // upper-casing other letters makes look-alikes of signature names
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        // a signature file and its block come in pairs (X.SF with X.RSA, X.DSA or X.EC); anything
        // else with such a name is content like any other, and must be signed
        int dot = upper.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String base = upper.substring(0, dot);
        String suffix = upper.substring(dot + 1);
        if (suffix.equals("SF")) {
            return BLOCKS.stream().anyMatch(block -> upperNames.contains(base + "." + block));
        }
        return BLOCKS.contains(suffix) && upperNames.contains(base + ".SF");
    }

    private static final List<String> BLOCKS = List.of("RSA", "DSA", "EC");
}
