package org.strategyworkbench.launcher.internal;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Holds a workspace as the JSON store does (an exclusive lock on .lock, which names the holder) until killed. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        FileChannel channel = FileChannel.open(Path.of(args[0]).resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        channel.lock();
        channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + " of tester").getBytes(StandardCharsets.UTF_8)), 0);
        System.out.println("HELD");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
