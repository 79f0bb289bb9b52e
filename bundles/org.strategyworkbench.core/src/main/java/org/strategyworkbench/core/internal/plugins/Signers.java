package org.strategyworkbench.core.internal.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The allowed signers: certificates read from a file, or from every file of a folder. */
final class Signers {

    private Signers() {
    }

    /**
     * Reads the certificates of a file (PEM, possibly several, or DER) or of every file in a
     * folder.
     *
     * @param path the file or folder
     * @return the certificates, in file-name order
     * @throws IOException naming the file that cannot be read or holds no certificate
     */
    static List<X509Certificate> read(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException(path + " does not exist");
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted()
                        .forEach(files::add);
            }
        } else {
            files.add(path);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            certificates.addAll(readFile(file));
        }
        if (certificates.isEmpty()) {
            throw new IOException(path + " holds no certificate");
        }
        return certificates;
    }

    private static List<X509Certificate> readFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                X509Certificate certificate = (X509Certificate) c;
                String weak = weakness(certificate.getPublicKey());
                if (weak != null) {
                    throw new IOException(file + ": the certificate of " + certificate.getSubjectX500Principal().getName()
                            + " has " + weak + ", too weak to trust");
                }
                certificates.add(certificate);
            }
            if (certificates.isEmpty()) {
                throw new IOException(file + " holds no certificate");
            }
            return certificates;
        } catch (CertificateException e) {
            throw new IOException(file + " is not a certificate file (" + e.getMessage() + ")", e);
        }
    }

    /** What makes a key too weak to pin (RSA or DSA under 2048 bits, EC under 256), or {@code null}. */
    static String weakness(java.security.PublicKey key) {
        if (key instanceof java.security.interfaces.RSAKey rsa && rsa.getModulus().bitLength() < 2048) {
            return "a " + rsa.getModulus().bitLength() + "-bit RSA key";
        }
        if (key instanceof java.security.interfaces.DSAKey dsa && dsa.getParams().getP().bitLength() < 2048) {
            return "a " + dsa.getParams().getP().bitLength() + "-bit DSA key";
        }
        if (key instanceof java.security.interfaces.ECKey ec && ec.getParams().getOrder().bitLength() < 256) {
            return "a " + ec.getParams().getOrder().bitLength() + "-bit EC key";
        }
        return null;
    }

    /** A certificate as its subject and SHA-256 fingerprint, as keytool prints it. */
    static String describe(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName() + " (SHA-256 " + fingerprint(certificate) + ")";
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint " + certificate.getSubjectX500Principal(), e);
        }
    }
}
