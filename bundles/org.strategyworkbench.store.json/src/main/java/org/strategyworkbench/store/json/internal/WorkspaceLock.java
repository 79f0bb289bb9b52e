package org.strategyworkbench.store.json.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.strategyworkbench.core.store.WorkspaceLockedException;

/**
 * An operating-system lock on the workspace's {@code .lock} file, held while the workspace is
 * open. The file says who holds it, so that a second process can tell the user. The lock dies
 * with its process, so a crash never leaves a workspace locked.
 */
final class WorkspaceLock implements AutoCloseable {

    static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WorkspaceLock acquire(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        if (lock == null) {
            channel.close();
            throw new WorkspaceLockedException("the workspace " + folder + " is open in another process ("
                    + holder(file) + "); close it there first");
        }
        describe(channel);
        return new WorkspaceLock(channel, lock);
    }

    /**
     * The lock, or null when another process holds it. Another launcher checks who holds a
     * workspace by taking the lock shared for an instant, so a refusal is confirmed for a moment.
     */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        long giveUp = System.nanoTime() + 250_000_000L;
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null || System.nanoTime() > giveUp) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                return null;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /**
     * Says who holds the lock, for a second process to tell its user. Best effort: the
     * operating-system lock is what counts, and a full disk must not stop a workspace being read.
     */
    private static void describe(FileChannel channel) {
        byte[] text = describeThisProcess().getBytes(StandardCharsets.UTF_8);
        try {
            channel.write(ByteBuffer.wrap(text), 0);
            channel.truncate(text.length);
            channel.force(true);
        } catch (IOException e) {
            try {
                channel.truncate(0);
            } catch (IOException ignored) {
                // the holder stays unknown to others; the lock itself is held
            }
        }
    }

    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "holder unknown" : text;
        } catch (IOException e) {
            return "holder unknown";
        }
    }

    static String describeThisProcess() {
        return "process " + ProcessHandle.current().pid() + " of " + System.getProperty("user.name") + " on " + hostName()
                + ", since " + Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The host name without a network look-up, which can hang on a badly configured machine. */
    private static String hostName() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException e) {
            String env = System.getenv(System.getProperty("os.name", "").startsWith("Windows") ? "COMPUTERNAME" : "HOSTNAME");
            return env != null ? env : "this computer";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
