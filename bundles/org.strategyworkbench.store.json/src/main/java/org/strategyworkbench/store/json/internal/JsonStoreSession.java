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
        return duplicates.problems();
    }

    private List<Path> files(String typeName) throws IOException {
        List<Path> files = new ArrayList<>();
        Path single = Layout.file(folder, new PartitionKey(typeName, ""));
        if (Files.isRegularFile(single)) {
            files.add(single);
        }
        Path partitions = folder.resolve(Layout.safe(typeName));
        if (Files.isDirectory(partitions)) {
            try (Stream<Path> list = Files.list(partitions)) {
                list.filter(p -> p.getFileName().toString().endsWith(".json") && !p.getFileName().toString().startsWith("."))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Override
    public void write(WorkspaceSnapshot snapshot, Set<PartitionKey> partitions) throws IOException {
        CommitJournal.save(folder, steps(snapshot, partitions));
    }

    @Override
    public void save(WorkspaceSnapshot snapshot, Set<PartitionKey> partitions, AuditEntry entry) throws IOException {
        CommitJournal.save(folder, steps(snapshot, partitions), history.prepare(entry));
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
        return history.read(types);
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
