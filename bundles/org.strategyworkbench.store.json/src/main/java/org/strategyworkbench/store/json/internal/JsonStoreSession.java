package org.strategyworkbench.store.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.store.CorruptWorkspaceException;
import org.strategyworkbench.core.store.PartitionKey;
import org.strategyworkbench.core.store.SaveIncompleteException;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.core.store.TypeLookup;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/** One workspace folder, open and locked. */
final class JsonStoreSession implements StoreSession {

    private final Path folder;
    private final WorkspaceLock lock;
    private final boolean isNew;
    private final HistoryFile history;
    /** Files that could not be read: never overwritten, so that nothing of them is lost. */
    private final Set<Path> unreadable = new HashSet<>();
    private final DuplicateIds duplicates;
    /** What the history says was saved and the folder does not hold; found when the history is read. */
    private volatile List<Problem> integrity = List.of();

    JsonStoreSession(Path folder, WorkspaceLock lock, boolean isNew) {
        this.folder = folder;
        this.lock = lock;
        this.isNew = isNew;
        this.history = new HistoryFile(folder);
        this.duplicates = new DuplicateIds(folder);
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @Override
    public <T> List<T> read(EntityType<T> type) throws IOException {
        Map<Path, List<EntityFiles.Located<T>>> byFile = new LinkedHashMap<>();
        for (Path file : files(type.name())) {
            try {
                byFile.put(file, EntityFiles.readLocated(file, type.name(), type.entityClass()));
            } catch (CorruptWorkspaceException e) {
                unreadable.add(file);
                throw e;
            }
        }
        return duplicates.keepFirst(type, byFile);
    }

    @Override
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(integrity);
        all.addAll(duplicates.problems());
        return all;
    }

    /** The files of a type: its single file and its partitions' files, each of which must be a file. */
    private List<Path> files(String typeName) throws IOException {
        List<Path> files = new ArrayList<>();
        Path single = Layout.file(folder, new PartitionKey(typeName, ""));
        if (Files.exists(single)) {
            files.add(requireFile(single, typeName));
        }
        Path partitions = folder.resolve(Layout.safe(typeName));
        if (Files.exists(partitions) && !Files.isDirectory(partitions)) {
            throw notWhereExpected(partitions, "a file", "the folder of the " + typeName + " files");
        }
        if (Files.isDirectory(partitions)) {
            try (Stream<Path> list = Files.list(partitions)) {
                for (Path p : (Iterable<Path>) list.sorted()::iterator) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".json") && !name.startsWith(".")) {
                        files.add(requireFile(p, typeName));
                    }
                }
            }
        }
        return files;
    }

    private Path requireFile(Path file, String typeName) throws CorruptWorkspaceException {
        if (!Files.isRegularFile(file)) {
            throw notWhereExpected(file, Files.isDirectory(file) ? "a folder" : "not a regular file",
                    "a file of " + typeName + " entities");
        }
        return file;
    }

    private CorruptWorkspaceException notWhereExpected(Path path, String found, String expected) {
        unreadable.add(path);
        return new CorruptWorkspaceException(path, 0, "", "is " + found + " where " + expected + " belongs; move it away "
                + "or restore the " + (found.equals("a file") ? "folder" : "file") + " from a backup", null);
    }

    @Override
    public void write(WorkspaceSnapshot snapshot, Set<PartitionKey> partitions) throws IOException {
        CommitJournal.save(folder, steps(snapshot, partitions));
    }

    @Override
    public void save(WorkspaceSnapshot snapshot, Set<PartitionKey> partitions, AuditEntry entry) throws IOException {
        try {
            CommitJournal.save(folder, steps(snapshot, partitions), files -> history.prepare(entry, files));
        } catch (SaveIncompleteException e) {
            history.written(); // the journal holds the line and completes it: it must not be written twice
            throw e;
        }
        history.written();
    }

    private List<CommitJournal.Step> steps(WorkspaceSnapshot snapshot, Set<PartitionKey> partitions) throws IOException {
        for (PartitionKey key : partitions) {
            Path file = Layout.file(folder, key);
            if (unreadable.contains(file)) {
                throw new IOException(file + " could not be read when the workspace was opened; repair it (or move it "
                        + "away) before changing its entities, so that nothing in it is lost");
            }
        }
        List<CommitJournal.Step> steps = new ArrayList<>();
        for (PartitionKey key : partitions) {
            List<Object> content = snapshot.entities(key.typeName(), key.partition());
            steps.add(new CommitJournal.Step(Layout.file(folder, key),
                    content.isEmpty() ? null : out -> EntityFiles.write(out, key.typeName(), content)));
        }
        return steps;
    }

    @Override
    public void append(AuditEntry entry) throws IOException {
        history.append(entry);
    }

    @Override
    public List<AuditEntry> history(TypeLookup types) throws IOException {
        List<AuditEntry> entries = history.read(types);
        integrity = history.problems(folder);
        return entries;
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
