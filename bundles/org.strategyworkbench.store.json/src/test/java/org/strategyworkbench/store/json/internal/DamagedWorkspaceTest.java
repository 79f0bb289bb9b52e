package org.strategyworkbench.store.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.store.CorruptWorkspaceException;
import org.strategyworkbench.core.store.PartitionKey;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Change;
import org.strategyworkbench.store.json.internal.Items.Item;

/** Damage done to a workspace outside the workbench is named on open, never silently accepted. */
class DamagedWorkspaceTest {

    @TempDir
    Path folder;

    private final JsonWorkspaceStore store = new JsonWorkspaceStore("Strategy Workbench test");
    private static final Item A1 = new Item("a1", "alpha", LocalDate.of(2026, 6, 30), List.of("x"));
    private static final Item B1 = new Item("b1", "beta", null, List.of());

    /** Saves the items as the workspace does, one edit with its history entry; returns that entry. */
    private AuditEntry edit(StoreSession s, long revision, Item... items) throws IOException {
        List<Change> changes = new ArrayList<>();
        Set<PartitionKey> partitions = new java.util.LinkedHashSet<>();
        for (Item i : items) {
            changes.add(new Change("item", i.id(), i.group(), null, i));
            partitions.add(new PartitionKey("item", i.group()));
        }
        AuditEntry entry = new AuditEntry(revision, "alice", Instant.parse("2026-01-02T03:04:05Z").plusSeconds(revision),
                AuditEntry.Kind.EDIT, "Edit " + revision, "", changes);
        s.save(new FakeSnapshot(List.of(items)), partitions, entry);
        return entry;
    }

    private List<String> problemsOnOpen() throws IOException {
        try (StoreSession s = store.open(folder)) {
            s.history(name -> Optional.of(Items.TYPE));
            return s.problems().stream().map(Problem::describe).toList();
        }
    }

    @Test
    void anUntouchedWorkspaceHasNoProblems() throws IOException {
        try (StoreSession s = store.open(folder)) {
            edit(s, 1, A1, B1);
        }
        assertEquals(List.of(), problemsOnOpen());
    }

    @Test
    void aMissingPartitionFileIsAnErrorNamingItAndTheRevisionThatSavedIt() throws IOException {
        try (StoreSession s = store.open(folder)) {
            edit(s, 1, A1, B1);
        }
        long bytes = Files.size(folder.resolve("item/beta.json"));
        Files.delete(folder.resolve("item/beta.json"));
        assertEquals(List.of("ERROR: item/beta.json is missing: the save of revision 1 left it with " + bytes + " bytes, "
                + "and its entities are not in the workspace; restore it from a backup, then open the workspace again "
                + "(until then no change can be saved). If its entities are meant to be gone, put a file there holding "
                + "{\"type\" : \"item\", \"entities\" : [ ]}"), problemsOnOpen());
    }

    @Test
    void aFileChangedOutsideTheWorkbenchIsAWarningNamingIt() throws IOException {
        try (StoreSession s = store.open(folder)) {
            edit(s, 1, A1, B1);
            edit(s, 2, new Item("a1", "alpha", null, List.of()));
        }
        Path alpha = folder.resolve("item/alpha.json");
        Files.writeString(alpha, Files.readString(alpha).replace("\"a1\"", "\"a9\""));
        List<String> problems = problemsOnOpen();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("WARNING: item/alpha.json was changed outside the workbench after "
                + "revision 2"), problems.get(0));
    }

    @Test
    void aFolderWhereAFileBelongsIsReportedNotSkipped() throws IOException {
        try (StoreSession s = store.open(folder)) {
            edit(s, 1, A1);
        }
        Files.createDirectories(folder.resolve("item/gamma.json"));
        try (StoreSession s = store.open(folder)) {
            CorruptWorkspaceException e = assertThrows(CorruptWorkspaceException.class, () -> s.read(Items.TYPE));
            assertEquals(folder.resolve("item/gamma.json"), e.file());
            assertTrue(e.getMessage().endsWith("is a folder where a file of item entities belongs; move it away or "
                    + "restore the file from a backup"), e.getMessage());
        }
    }

    @Test
    void aHistoryCutOffKeepsItsRevisionSoThatNoneIsUsedTwice() throws IOException {
        AuditEntry first;
        try (StoreSession s = store.open(folder)) {
            first = edit(s, 1, A1);
            edit(s, 2, B1);
        }
        Path history = folder.resolve(Layout.HISTORY);
        String text = Files.readString(history);
        int secondLine = text.indexOf('\n') + 1;
        Files.writeString(history, text.substring(0, secondLine + 30));
        try (StoreSession s = store.open(folder)) {
            List<AuditEntry> read = s.history(name -> Optional.of(Items.TYPE));
            assertEquals(List.of(first.revision(), 2L), read.stream().map(AuditEntry::revision).toList());
            assertEquals(first, read.get(0));
            assertTrue(s.problems().get(0).describe().startsWith("WARNING: history.jsonl line 2 (revision 2) is cut off"),
                    s.problems().toString());
            edit(s, 3, new Item("b1", "beta", null, List.of("y")));
        }
        try (StoreSession s = store.open(folder)) {
            List<AuditEntry> read = s.history(name -> Optional.of(Items.TYPE));
            assertEquals(List.of(1L, 2L, 3L), read.stream().map(AuditEntry::revision).toList());
            assertEquals("An entry whose record was cut off (history.jsonl line 2)", read.get(1).label());
            assertEquals(List.of(), s.problems(), "the note repaired the history, and revision 3 recorded beta.json");
        }
        assertEquals(3, Files.readAllLines(history).size());
    }

    @Test
    void aFileRemovedByTheEditWhoseRecordWasCutOffIsOnlyAWarning() throws IOException {
        try (StoreSession s = store.open(folder)) {
            edit(s, 1, A1, B1);
            List<Change> removal = List.of(new Change("item", "b1", "beta", B1, null));
            s.save(new FakeSnapshot(List.of(A1)), Set.of(new PartitionKey("item", "beta")), new AuditEntry(2, "alice",
                    Instant.parse("2026-01-02T03:04:09Z"), AuditEntry.Kind.EDIT, "Remove b1", "", removal));
        }
        Path history = folder.resolve(Layout.HISTORY);
        String text = Files.readString(history);
        Files.writeString(history, text.substring(0, text.indexOf('\n') + 20));
        List<String> problems = problemsOnOpen();
        assertTrue(problems.stream().noneMatch(p -> p.startsWith("ERROR")), problems.toString());
        assertTrue(problems.contains("WARNING: item/beta.json is missing (the edit of revision 2, whose record was cut off, "
                + "may have removed it) outside the workbench after revision 1: the history does not record what changed, "
                + "so rounds frozen before and comparisons may not show it"), problems.toString());
    }

    @Test
    void aLostHistoryIsAnErrorSoThatRevisionsDoNotStartAgain() throws IOException {
        try (StoreSession s = store.open(folder)) {
            edit(s, 1, A1);
        }
        Files.delete(folder.resolve(Layout.HISTORY));
        List<String> problems = problemsOnOpen();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("ERROR: history.jsonl is missing or empty, but the workspace holds entities"),
                problems.get(0));
    }

    @Test
    void aWorkspaceWhoseCreationWasCutShortIsFilledAgain() throws IOException {
        store.open(folder).close();
        assertTrue(Files.exists(folder.resolve(Layout.HEADER)));
        try (StoreSession s = store.open(folder)) {
            assertTrue(s.isNew(), "only the header was written: the workspace is created again");
            edit(s, 1, A1);
        }
        try (StoreSession s = store.open(folder)) {
            assertTrue(!s.isNew());
        }
    }
}
