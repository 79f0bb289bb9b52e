package org.strategyworkbench.launcher.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Forces a folder's entries to disk, so that a moved file survives a power cut; where the system cannot, nothing happens. */
final class FolderSync {

    private FolderSync() {
    }

    static void force(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder as a channel; its moves are durable when they return
        }
    }
}
