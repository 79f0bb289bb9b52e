package org.strategyworkbench.launcher.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Removes temporary files that killed processes left in a folder; files of running processes stay. */
final class Leftovers {

    private Leftovers() {
    }

    static void sweep(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path file : files) {
                PartFile.parse(file).filter(PartFile::abandoned).ifPresent(p -> delete(p.path()));
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed cannot be written either; the write reports that
        }
    }

    /** Deletes a file if it is there; a file that cannot be deleted is left for a later sweep. */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            // left for a later sweep
        }
    }
}
