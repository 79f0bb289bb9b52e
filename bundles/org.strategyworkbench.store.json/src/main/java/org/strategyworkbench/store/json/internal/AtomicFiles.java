package org.strategyworkbench.store.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Checksum;

/**
 * Writes files so that a crash at any moment leaves either the old or the new content: the
 * content goes to a temporary file beside the target, is forced to disk, moved over the target
 * atomically, and the folder entry is forced too.
 */
final class AtomicFiles {

    /** Temporary files carry this marker; {@link #removeOrphans} deletes leftovers of a crash. */
    static final String TEMP_MARKER = ".swb-tmp-";
    /**
     * The temporary file of the returns key as earlier versions named it: a copy of the secret that
     * a crash left, removed like any other leftover.
     */
    private static final java.util.regex.Pattern OLD_KEY_TEMP = java.util.regex.Pattern.compile("\\.returns\\.key\\..+\\.tmp");

    /** Writes the content of one file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    static void write(Path target, Content content) throws IOException {
        Path temp = prepare(target, content);
        replace(temp, target);
        forceFolder(target.toAbsolutePath().getParent());
    }

    /**
     * Writes the content to a new temporary file beside the target and forces it to disk; {@link
     * #replace} then puts it in place. A temporary file never put in place is an orphan.
     */
    static Path prepare(Path target, Content content) throws IOException {
        return prepare(target, content, null);
    }

    /** As {@link #prepare(Path, Content)}, adding every byte written to the checksum when there is one. */
    static Path prepare(Path target, Content content, Checksum checksum) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve("." + target.getFileName() + TEMP_MARKER + UUID.randomUUID());
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream plain = Channels.newOutputStream(channel);
            OutputStream out = checksum == null ? plain : new CheckedOutputStream(plain, checksum);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /** Moves a prepared temporary file over its target atomically; the caller forces the folder. */
    static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(temp);
            throw new IOException("the file system of " + target.getParent() + " cannot replace files atomically", e);
        }
    }

    /** Deletes a file and forces its folder, so the deletion survives a crash. */
    static void delete(Path target) throws IOException {
        if (Files.deleteIfExists(target)) {
            forceFolder(target.toAbsolutePath().getParent());
        }
    }

    static void forceFolder(Path folder) throws IOException {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some platforms cannot open a folder for reading; the file itself was forced
            if (System.getProperty("os.name", "").startsWith("Linux")) {
                throw e;
            }
        }
    }

    /** Deletes the temporary files a crash left in the folder tree; returns what it deleted. */
    static List<Path> removeOrphans(Path root) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return removed;
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.contains(TEMP_MARKER) || OLD_KEY_TEMP.matcher(name).matches()) {
                    Files.deleteIfExists(p);
                    removed.add(p);
                }
            }
        }
        return removed;
    }
}
