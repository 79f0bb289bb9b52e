package org.strategyworkbench.store.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyworkbench.core.store.CorruptWorkspaceException;
import org.strategyworkbench.core.store.PartitionKey;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.core.store.WorkspaceLockedException;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Change;
import org.strategyworkbench.store.json.internal.Items.Item;

class JsonWorkspaceStoreTest {

    @TempDir
    Path folder;

    private final JsonWorkspaceStore store = new JsonWorkspaceStore("Strategy Workbench test");
    private static final Item A1 = new Item("a1", "alpha", LocalDate.of(2026, 6, 30), List.of("x"));
    private static final Item A2 = new Item("a2", "alpha", null, List.of());
    private static final Item B1 = new Item("b1", "beta", LocalDate.of(2027, 1, 1), List.of("y", "z"));

    private void save(StoreSession session, Item... items) throws IOException {
        session.write(new FakeSnapshot(List.of(items)),
                Set.of(new PartitionKey("item", "alpha"), new PartitionKey("item", "beta")));
    }

    @Test
    void whatIsWrittenIsReadBackAfterReopening() throws IOException {
        try (StoreSession s = store.open(folder)) {
            assertTrue(s.isNew());
            save(s, A1, A2, B1);
        }
        try (StoreSession s = store.open(folder)) {
            assertFalse(s.isNew());
            assertEquals(List.of(A1, A2, B1), s.read(Items.TYPE));
        }
    }

    @Test
    void derivedAccessorsAreNeitherWrittenNorExpectedOnReading() throws IOException {
        try (StoreSession s = store.open(folder)) {
            save(s, A1);
        }
        String alpha = Files.readString(folder.resolve("item/alpha.json"));
        assertFalse(alpha.contains("tagged") || alpha.contains("label") || alpha.contains("dated"), alpha);
        try (StoreSession s = store.open(folder)) {
            assertEquals(List.of(A1), s.read(Items.TYPE));
        }
    }

    @Test
    void filesArePrettySortedAndOnePerPartition() throws IOException {
        try (StoreSession s = store.open(folder)) {
            save(s, A2, B1, A1);
        }
        String alpha = Files.readString(folder.resolve("item/alpha.json"));
        assertTrue(alpha.startsWith("{\n  \"type\" : \"item\",\n  \"entities\" : [\n    {\n      \"id\" : \"a1\""), alpha);
        assertTrue(alpha.indexOf("\"a1\"") < alpha.indexOf("\"a2\""), alpha);
        assertTrue(alpha.contains("\"due\" : \"2026-06-30\""), alpha);
        assertTrue(alpha.endsWith("}\n"));
        assertTrue(Files.exists(folder.resolve("item/beta.json")));
    }

    @Test
    void anEmptiedPartitionLosesItsFile() throws IOException {
        try (StoreSession s = store.open(folder)) {
            save(s, A1, B1);
            save(s, A1);
        }
        assertFalse(Files.exists(folder.resolve("item/beta.json")));
    }

    @Test
    void aSecondOpenIsRefusedNamingTheHolder() throws IOException {
        try (StoreSession first = store.open(folder)) {
            WorkspaceLockedException e = assertThrows(WorkspaceLockedException.class, () -> store.open(folder));
            assertTrue(e.getMessage().contains("is open in another process (process " + ProcessHandle.current().pid()),
                    e.getMessage());
        }
        store.open(folder).close();
    }

    @Test
    void aBrokenFileIsReportedWithPathLineAndFieldAndNeverOverwritten() throws IOException {
        try (StoreSession s = store.open(folder)) {
            save(s, A1, A2, B1);
        }
        Path alpha = folder.resolve("item/alpha.json");
        String broken = Files.readString(alpha).replace("\"due\" : \"2026-06-30\"", "\"due\" : \"next spring\"");
        Files.writeString(alpha, broken);
        try (StoreSession s = store.open(folder)) {
            CorruptWorkspaceException e = assertThrows(CorruptWorkspaceException.class, () -> s.read(Items.TYPE));
            assertEquals(alpha, e.file());
            assertEquals(7, e.line());
            assertEquals("entities[0].due", e.field());
            IOException refused = assertThrows(IOException.class, () -> save(s, A1));
            assertTrue(refused.getMessage().contains("could not be read"), refused.getMessage());
        }
        assertEquals(broken, Files.readString(alpha));
    }

    @Test
    void malformedJsonIsReportedWithItsLine() throws IOException {
        store.open(folder).close();
        Files.createDirectories(folder.resolve("item"));
        Files.writeString(folder.resolve("item/alpha.json"), "{\n  \"type\" : \"item\",\n  \"entities\" : [ {\n    \"id\" : }");
        try (StoreSession s = store.open(folder)) {
            CorruptWorkspaceException e = assertThrows(CorruptWorkspaceException.class, () -> s.read(Items.TYPE));
            assertEquals(4, e.line());
        }
    }

    @Test
    void anUnknownFieldIsAnErrorNotSilentlyDropped() throws IOException {
        store.open(folder).close();
        Files.createDirectories(folder.resolve("item"));
        Files.writeString(folder.resolve("item/alpha.json"),
                "{ \"type\" : \"item\", \"entities\" : [ { \"id\" : \"a1\", \"group\" : \"alpha\", \"tgas\" : [] } ] }");
        try (StoreSession s = store.open(folder)) {
            CorruptWorkspaceException e = assertThrows(CorruptWorkspaceException.class, () -> s.read(Items.TYPE));
            assertEquals("entities[0].tgas", e.field());
        }
    }

    @Test
    void temporaryFilesLeftByACrashAreRemovedOnOpen() throws IOException {
        store.open(folder).close();
        Files.createDirectories(folder.resolve("item"));
        Path orphan = folder.resolve("item/.alpha.json" + AtomicFiles.TEMP_MARKER + "1234");
        Files.writeString(orphan, "{ half");
        Path key = Files.writeString(folder.resolve(".returns.key.swb-tmp-5678"), "key=secret");
        Path olderKey = Files.writeString(folder.resolve(".returns.key.0b4f.tmp"), "key=secret");
        store.open(folder).close();
        assertFalse(Files.exists(orphan));
        assertFalse(Files.exists(key), "the returns key's temporary copy of the secret");
        assertFalse(Files.exists(olderKey), "the same, as earlier versions named it");
    }

    @Test
    void anEntryAppendedAfterALineCutOffByACrashStaysReadable() throws IOException {
        AuditEntry first = new AuditEntry(1, "alice", Instant.parse("2026-01-02T03:04:05Z"), AuditEntry.Kind.EDIT,
                "Add a1", "", List.of(new Change("item", "a1", "alpha", null, A1)));
        AuditEntry third = new AuditEntry(3, "alice", Instant.parse("2026-01-02T03:04:07Z"), AuditEntry.Kind.EDIT,
                "Add b1", "", List.of(new Change("item", "b1", "beta", null, B1)));
        try (StoreSession s = store.open(folder)) {
            s.append(first);
        }
        Files.writeString(folder.resolve("history.jsonl"), "{\"revision\":2,\"auth", java.nio.file.StandardOpenOption.APPEND);
        try (StoreSession s = store.open(folder)) {
            s.append(third);
        }
        try (StoreSession s = store.open(folder)) {
            assertEquals(List.of(first, third), s.history(name -> Optional.of(Items.TYPE)));
        }
    }

    @Test
    void aSaveOfSeveralPartitionsLeavesNoJournal() throws IOException {
        try (StoreSession s = store.open(folder)) {
            save(s, A1, B1);
        }
        assertFalse(Files.exists(folder.resolve(Layout.JOURNAL)));
        assertTrue(Files.exists(folder.resolve("item/alpha.json")));
        assertTrue(Files.exists(folder.resolve("item/beta.json")));
    }

    @Test
    void aFolderWithOtherFilesIsNotTakenOver() throws IOException {
        Files.writeString(folder.resolve("thesis.docx"), "mine");
        IOException e = assertThrows(IOException.class, () -> store.open(folder));
        assertTrue(e.getMessage().contains("is not a Strategy Workbench workspace"), e.getMessage());
        assertEquals("mine", Files.readString(folder.resolve("thesis.docx")));
    }

    @Test
    void aWorkspaceOfANewerFormatIsRefused() throws IOException {
        Files.writeString(folder.resolve("workspace.json"), "{ \"format\" : 99 }");
        IOException e = assertThrows(IOException.class, () -> store.open(folder));
        assertTrue(e.getMessage().contains("has format 99, written by a newer Strategy Workbench"), e.getMessage());
    }

    @Test
    void historyIsAppendedAndReadBackWithTypedEntities() throws IOException {
        AuditEntry entry = new AuditEntry(1, "alice", Instant.parse("2026-01-02T03:04:05Z"), AuditEntry.Kind.EDIT,
                "Add a1", "import of a.xlsx", List.of(new Change("item", "a1", "alpha", null, A1)));
        try (StoreSession s = store.open(folder)) {
            s.append(entry);
        }
        try (StoreSession s = store.open(folder)) {
            assertEquals(List.of(entry), s.history(name -> Optional.of(Items.TYPE)));
        }
    }
}
