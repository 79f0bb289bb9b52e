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
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new WorkspaceLockedException("the workspace " + folder + " is open in another process ("
                    + holder(file) + "); close it there first");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
        return new WorkspaceLock(channel, lock);
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
