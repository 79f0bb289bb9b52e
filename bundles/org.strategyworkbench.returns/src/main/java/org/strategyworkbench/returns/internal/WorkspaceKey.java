package org.strategyworkbench.returns.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The workspace's id and the secret key that signs its templates, kept in the workspace folder
 * ({@code returns.key}). Created when the first template is made; never part of the audit trail.
 */
final class WorkspaceKey {

    /** The workspace's key file cannot be used; the message says so and what to do. */
    static final class Damaged extends IOException {
        private static final long serialVersionUID = 1L;

        Damaged(Path file, String what) {
            super("the workspace's key file " + file + " is damaged (" + what + "): restore it from a backup of the"
                    + " workspace folder; the return templates already sent out can only be imported with it. Without a"
                    + " backup, move the file away and make and send new templates (workbench templates)");
        }
    }

    /** Marks a temporary file: the workspace store deletes such files whenever it opens the workspace. */
    static final String TEMP_MARKER = ".swb-tmp-";
    private static final int SECRET_BYTES = 32;

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

    /**
     * Reads the folder's key, or empty when it has none yet.
     *
     * @throws Damaged when the file is there but cannot be used
     */
    static Optional<WorkspaceKey> read(Path file) throws Damaged {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new Damaged(file, Files.isDirectory(file) ? "it is a folder" : "it cannot be read as a key file");
        }
        String id = p.getProperty("workspace", "").strip();
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(p.getProperty("key", "").strip());
        } catch (IllegalArgumentException e) {
            throw new Damaged(file, "its key is not readable");
        }
        if (id.isEmpty() || secret.length != SECRET_BYTES) {
            throw new Damaged(file, id.isEmpty() ? "it names no workspace" : "its key is incomplete");
        }
        return Optional.of(new WorkspaceKey(id, secret));
    }

    /** Reads the folder's key, creating it first when there is none. */
    static WorkspaceKey readOrCreate(Path file) throws IOException {
        var existing = read(file);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] secret = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        Properties p = new Properties();
        p.setProperty("workspace", UUID.randomUUID().toString());
        p.setProperty("key", Base64.getEncoder().encodeToString(secret));
        Path part = temporary(file);
        try {
            write(part, p);
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file);
            }
            forceFolder(file.toAbsolutePath().getParent());
        } catch (FileAlreadyExistsException e) {
            // made by someone else at the same moment: theirs counts
        } finally {
            Files.deleteIfExists(part);
        }
        return read(file).orElseThrow(() -> new IOException(file + " could not be created"));
    }

    /** Where the key is written before it is moved into place: a name the store's start-up clean-up removes. */
    static Path temporary(Path file) {
        return file.resolveSibling("." + file.getFileName() + TEMP_MARKER + UUID.randomUUID());
    }

    /** Writes the properties to a new file readable by its owner only, and forces them to the disk. */
    private static void write(Path part, Properties p) throws IOException {
        FileAttribute<?>[] ownerOnly = part.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        try (FileChannel channel = FileChannel.open(part, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), ownerOnly)) {
            OutputStream out = Channels.newOutputStream(channel);
            p.store(out, "Strategy Workbench: signs this workspace's return templates. Keep it secret; do not edit.");
            out.flush();
            channel.force(true);
        }
    }

    /** Forces the folder's entry of the moved file to the disk, where the file system allows it. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every file system opens folders (Windows): the move itself is atomic
        }
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
