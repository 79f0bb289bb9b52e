package org.strategyworkbench.store.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32C;
import org.strategyworkbench.core.store.CorruptWorkspaceException;
import org.strategyworkbench.core.store.SaveIncompleteException;

/**
 * Makes a save of several files atomic as a whole. Every new file is first written to a forced
 * temporary file; then the journal, listing each move and deletion, is written atomically: that
 * is the moment the save happens. The moves and deletions follow, and the journal is deleted.
 * After a crash, {@link #recover} finishes a save whose journal exists; a save without one left
 * only temporary files, which the store removes as orphans. A save of one file needs no journal.
 */
final class CommitJournal {

    /** One file of a save: its new content, or null to delete it. */
    record Step(Path target, AtomicFiles.Content content) {
    }

    /**
     * The journal as stored; paths are relative to the workspace folder. {@code history}, when
     * present, is the audit line that records the save, with the history file's length before it.
     */
    record Entries(List<Move> moves, List<String> deletions, HistoryFile.Pending history) {
    }

    /** A prepared temporary file and the file it replaces. */
    record Move(String from, String to) {
    }

    /** Makes the audit line of a save once its files are prepared, from what they hold. */
    @FunctionalInterface
    interface HistoryLine {
        HistoryFile.Pending line(List<SavedFiles.State> files) throws IOException;
    }

    private CommitJournal() {
    }

    /** Saves every step, all or nothing. */
    static void save(Path root, List<Step> steps) throws IOException {
        save(root, steps, null);
    }

    /**
     * Saves every step and appends the audit line that records them, all or nothing: with a line
     * to append, the journal is used even for one file.
     */
    static void save(Path root, List<Step> steps, HistoryLine history) throws IOException {
        if (steps.isEmpty() && history == null) {
            return;
        }
        // a save that could not be completed (disk full) is completed first: its journal stays
        // until then, and this save's journal must not replace it
        recover(root);
        if (steps.size() == 1 && history == null) {
            Step step = steps.get(0);
            if (step.content() == null) {
                AtomicFiles.delete(step.target());
            } else {
                AtomicFiles.write(step.target(), step.content());
            }
            return;
        }
        List<Move> moves = new ArrayList<>();
        List<String> deletions = new ArrayList<>();
        // what each file holds, checksummed while it is written rather than read again
        List<SavedFiles.State> states = new ArrayList<>();
        HistoryFile.Pending line;
        try {
            for (Step step : steps) {
                String target = relative(root, step.target());
                if (step.content() == null) {
                    deletions.add(target);
                    states.add(SavedFiles.State.deleted(target));
                } else {
                    CRC32C crc = new CRC32C();
                    Path temp = AtomicFiles.prepare(step.target(), step.content(), crc);
                    moves.add(new Move(relative(root, temp), target));
                    states.add(SavedFiles.State.of(target, Files.size(temp), crc));
                }
            }
            line = history == null ? null : history.line(states);
        } catch (IOException | RuntimeException e) {
            for (Move m : moves) {
                Files.deleteIfExists(root.resolve(m.from()));
            }
            throw e;
        }
        Entries entries = new Entries(moves, deletions, line);
        AtomicFiles.write(root.resolve(Layout.JOURNAL), out -> Json.MAPPER.writeValue(out, entries));
        try {
            finish(root, entries);
        } catch (IOException | RuntimeException e) {
            throw new SaveIncompleteException("it could not be completed (" + e.getMessage() + "): the workbench "
                    + "completes it before the next save, or when the workspace is next opened", e);
        }
    }

    /**
     * Finishes the save a crash interrupted after its journal was written, if any; returns whether
     * there was one. Runs before orphans are removed, since the journal names temporary files.
     */
    static boolean recover(Path root) throws IOException {
        Path file = root.resolve(Layout.JOURNAL);
        if (!Files.exists(file)) {
            return false;
        }
        Entries entries;
        try {
            entries = Json.MAPPER.readValue(file.toFile(), Entries.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CorruptWorkspaceException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
                    ReadFailures.describe(e), e);
        }
        finish(root, entries);
        return true;
    }

    /** Moves and deletes what the journal says, forces the folders, then drops the journal. */
    private static void finish(Path root, Entries entries) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        for (Move m : entries.moves()) {
            Path from = inside(root, m.from());
            Path to = inside(root, m.to());
            if (Files.exists(from)) {
                AtomicFiles.replace(from, to);
            }
            folders.add(to.getParent());
        }
        for (String d : entries.deletions()) {
            Path target = inside(root, d);
            Files.deleteIfExists(target);
            folders.add(target.getParent());
        }
        for (Path folder : folders) {
            AtomicFiles.forceFolder(folder);
        }
        if (entries.history() != null) {
            HistoryFile.write(root.resolve(Layout.HISTORY), entries.history().length(), entries.history().line());
        }
        AtomicFiles.delete(root.resolve(Layout.JOURNAL));
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** A path of the journal, which must stay inside the workspace folder. */
    private static Path inside(Path root, String path) throws IOException {
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new CorruptWorkspaceException(root.resolve(Layout.JOURNAL), 0, "", "names a file outside the workspace: "
                    + path, null);
        }
        return resolved;
    }
}
