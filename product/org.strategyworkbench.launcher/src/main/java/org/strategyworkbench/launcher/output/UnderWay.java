package org.strategyworkbench.launcher.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The outputs being written right now, one small file each in the user's settings folder
 * ({@code writing/} under {@code strategyworkbench.settings}, by default {@code ~/.strategyworkbench}),
 * naming the temporary file. A process killed while writing leaves its entry; the next start reads
 * the entries of dead processes, removes their temporary files and the entries. One file per write
 * (rather than one shared list) needs no locking between processes, and a half-written entry names
 * no temporary file of its owner, so it can only ever be dropped.
 *
 * <p>Keeping the list is housekeeping: when the settings folder cannot be written, outputs are still
 * written, and their leftovers are still removed by the next write into the same folder.
 */
final class UnderWay {

    private UnderWay() {
    }

    static Path folder() {
        String configured = System.getProperty("strategyworkbench.settings");
        Path settings = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".strategyworkbench");
        return settings.resolve("writing");
    }

    /** Notes a write under way; empty when it could not be noted. */
    static Optional<Path> add(PartFile part) {
        Path entry = folder().resolve(part.path().getFileName().toString().substring(1));
        try {
            Files.createDirectories(entry.getParent());
            Files.writeString(entry, part.path().toAbsolutePath().toString(), StandardCharsets.UTF_8);
            return Optional.of(entry);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void remove(Path entry) {
        Leftovers.delete(entry);
    }

    /** Removes the temporary files of every write whose process is gone, and their entries. */
    static void sweep() {
        if (!Files.isDirectory(folder())) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder())) {
            entries.forEach(UnderWay::sweep);
        } catch (IOException | RuntimeException e) {
            // housekeeping only: the next start tries again
        }
    }

    private static void sweep(Path entry) {
        Optional<PartFile> written = PartFile.parse(entry.resolveSibling("." + entry.getFileName()));
        if (written.isEmpty() || !written.get().abandoned()) {
            return;
        }
        read(entry).flatMap(PartFile::parse).filter(p -> p.owner().equals(written.get().owner())
                && p.path().getFileName().toString().equals("." + entry.getFileName()))
                .ifPresent(p -> Leftovers.delete(p.path()));
        Leftovers.delete(entry);
    }

    private static Optional<Path> read(Path entry) {
        try {
            return Optional.of(Path.of(Files.readString(entry, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
