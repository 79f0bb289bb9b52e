package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.strategyworkbench.core.store.PartitionKey;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.core.store.WorkspaceStore;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Change;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.SnapshotBuilder;

/**
 * Entities of one type through the real store service: written into a new workspace folder, read
 * back in a session of their own, the folders compared byte for byte.
 */
final class EntityRoundTripStore {

    /** Files that differ between two workspaces holding the same entities: when it was created, and who holds the lock. */
    private static final Set<String> NOT_COMPARED = Set.of("workspace.json", ".lock");

    private final WorkspaceStore store;

    EntityRoundTripStore(WorkspaceStore store) {
        this.store = store;
    }

    /** The audit entry that adds the entities, as the first edit of a workspace records it. */
    static <T> AuditEntry added(EntityType<T> type, List<T> entities) {
        return new AuditEntry(1, "round-trip test", Instant.parse("2026-12-04T10:15:30.123456789Z"), AuditEntry.Kind.EDIT,
                "Add every example " + type.name(), "examples of the round-trip test",
                entities.stream().map(e -> new Change(type.name(), type.idOf(e), type.partitionOf(e), null, e)).toList());
    }

    /** The entry that undoes {@code entry}: its changes inverted, so that the entities are the befores. */
    static AuditEntry undone(AuditEntry entry) {
        return new AuditEntry(entry.revision() + 1, entry.author(), entry.time().plusSeconds(60), AuditEntry.Kind.UNDO,
                "Undo " + entry.label(), entry.source(), entry.changes().stream().map(Change::inverse).toList());
    }

    /** Saves the entities in a new workspace folder with the first entry, then appends the others. */
    <T> void write(Path folder, EntityType<T> type, List<T> entities, List<AuditEntry> history) throws IOException {
        SnapshotBuilder snapshot = new SnapshotBuilder().revision(history.get(0).revision());
        entities.forEach(e -> snapshot.add(type, e));
        Set<PartitionKey> partitions = entities.stream().map(e -> new PartitionKey(type.name(), type.partitionOf(e)))
                .collect(Collectors.toSet());
        try (StoreSession session = store.open(folder)) {
            assertTrue(session.isNew(), folder + " is a new workspace");
            session.save(snapshot.build(), partitions, history.get(0));
            for (AuditEntry entry : history.subList(1, history.size())) {
                session.append(entry);
            }
        }
    }

    /** The type's entities as a new session reads them. */
    <T> List<T> read(Path folder, EntityType<T> type) throws IOException {
        try (StoreSession session = store.open(folder)) {
            return session.read(type);
        }
    }

    /** The audit trail as a new session reads it, knowing only {@code type}. */
    List<AuditEntry> history(Path folder, EntityType<?> type) throws IOException {
        try (StoreSession session = store.open(folder)) {
            return session.history(name -> name.equals(type.name()) ? Optional.of(type) : Optional.empty());
        }
    }

    /** Fails naming the first file, and its first line, in which the two workspaces differ. */
    static void assertSameFiles(Path expected, Path actual) throws IOException {
        assertEquals(files(expected), files(actual), "the files of " + actual + " and " + expected);
        for (String file : files(expected)) {
            byte[] first = Files.readAllBytes(expected.resolve(file));
            byte[] second = Files.readAllBytes(actual.resolve(file));
            if (!Arrays.equals(first, second)) {
                assertEquals(firstDifference(first, second), firstDifference(second, first),
                        file + " is not written byte for byte the same the second time (first differing line shown)");
                assertEquals(Arrays.toString(first), Arrays.toString(second), file + " differs in its bytes");
            }
        }
    }

    private static Set<String> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString())
                    .filter(name -> !NOT_COMPARED.contains(name)).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The first line of {@code text} that {@code other} does not have at the same place, with its number. */
    private static String firstDifference(byte[] text, byte[] other) {
        List<String> lines = new String(text, StandardCharsets.UTF_8).lines().toList();
        List<String> others = new String(other, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (i >= others.size() || !lines.get(i).equals(others.get(i))) {
                return (i + 1) + ": " + lines.get(i);
            }
        }
        return (lines.size() + 1) + ": (end of file)";
    }
}
