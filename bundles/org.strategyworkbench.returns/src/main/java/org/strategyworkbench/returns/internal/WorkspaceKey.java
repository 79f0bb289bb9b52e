package org.strategyworkbench.returns.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The workspace's id and the secret key that signs its templates, kept in the workspace folder
 * ({@code returns.key}). Created when the first template is made; never part of the audit trail.
 */
final class WorkspaceKey {

    private final String workspaceId;
    private final byte[] secret;

    private WorkspaceKey(String workspaceId, byte[] secret) {
        this.workspaceId = workspaceId;
        this.secret = secret.clone();
    }

    /** A key held in memory only, for tests. */
    static WorkspaceKey of(String workspaceId, byte[] secret) {
        return new WorkspaceKey(workspaceId, secret);
    }

    /** Reads the folder's key, or empty when it has none yet. */
    static java.util.Optional<WorkspaceKey> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        String id = p.getProperty("workspace", "");
        String key = p.getProperty("key", "");
        try {
            return java.util.Optional.of(new WorkspaceKey(id, Base64.getDecoder().decode(key)));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is damaged: its key is not readable");
        }
    }

    /** Reads the folder's key, creating it first when there is none. */
    static WorkspaceKey readOrCreate(Path file) throws IOException {
        var existing = read(file);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Properties p = new Properties();
        p.setProperty("workspace", UUID.randomUUID().toString());
        p.setProperty("key", Base64.getEncoder().encodeToString(secret));
        Path part = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                p.store(out, "Strategy Workbench: signs this workspace's return templates. Keep it secret; do not edit.");
            }
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file);
            }
        } catch (FileAlreadyExistsException e) {
            // made by someone else at the same moment: theirs counts
        } finally {
            Files.deleteIfExists(part);
        }
        return read(file).orElseThrow(() -> new IOException(file + " could not be created"));
    }

    String workspaceId() {
        return workspaceId;
    }

    /** HMAC-SHA256 of the text, in hex. */
    String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
