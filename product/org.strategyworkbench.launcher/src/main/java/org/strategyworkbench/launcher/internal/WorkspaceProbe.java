package org.strategyworkbench.launcher.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Tells, before the framework starts, whether another process holds the workspace, so that a
 * second process is refused at once instead of after every bundle has started (2–3 s).
 *
 * <p>It asks the JSON store's own lock, not a second one: the operating-system lock on the
 * workspace's {@value #LOCK_FILE} file (the store's {@code WorkspaceLock}), which the holder keeps
 * exclusively while the workspace is open and which dies with its process. The probe takes it
 * shared for an instant and lets go; it never creates or writes the file, and the file's text
 * names the holder. When the probe cannot tell (no such file, another store, an error), the
 * command starts as usual and the store decides when the workspace is opened.
 */
final class WorkspaceProbe {

    /** The JSON store's lock file in the workspace folder. */
    static final String LOCK_FILE = ".lock";
    private static final int HOLDER_MAX = 512;

    private WorkspaceProbe() {
    }

    /** The refusal to print when another process holds the workspace; empty when it is free or unknown. */
    static Optional<String> refusal(Path workspace) {
        Path file = workspace.resolve(LOCK_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
            if (lock != null) {
                lock.release();
                return Optional.empty();
            }
            return Optional.of("the workspace " + workspace + " is open in another process (" + holder(channel)
                    + "); close it there first");
        } catch (IOException | OverlappingFileLockException e) {
            return Optional.empty();
        }
    }

    private static String holder(FileChannel channel) {
        ByteBuffer text = ByteBuffer.allocate(HOLDER_MAX);
        try {
            channel.read(text, 0);
        } catch (IOException e) {
            return "holder unknown";   // Windows keeps a locked file's bytes from other processes
        }
        String holder = new String(text.array(), 0, text.position(), StandardCharsets.UTF_8).strip();
        return holder.isEmpty() ? "holder unknown" : holder;
    }
}
