package org.strategyworkbench.store.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyworkbench.core.store.SaveIncompleteException;

class CommitJournalTest {

    @TempDir
    Path folder;

    private final JsonWorkspaceStore store = new JsonWorkspaceStore("Strategy Workbench test");

    private static AtomicFiles.Content text(String content) {
        return out -> out.write(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSaveOfSeveralFilesReplacesAndDeletesThemAll() throws IOException {
        store.open(folder).close();
        Files.writeString(folder.resolve("a.json"), "old a");
        Files.writeString(folder.resolve("gone.json"), "old");
        CommitJournal.save(folder, List.of(new CommitJournal.Step(folder.resolve("a.json"), text("new a")),
                new CommitJournal.Step(folder.resolve("b/c.json"), text("new c")),
                new CommitJournal.Step(folder.resolve("gone.json"), null)));
        assertEquals("new a", Files.readString(folder.resolve("a.json")));
        assertEquals("new c", Files.readString(folder.resolve("b/c.json")));
        assertFalse(Files.exists(folder.resolve("gone.json")));
        assertFalse(Files.exists(folder.resolve(Layout.JOURNAL)));
    }

    @Test
    void aSaveThatCannotBeCompletedCountsAndIsCompletedBeforeTheNextSave() throws IOException {
        store.open(folder).close();
        Path history = folder.resolve(Layout.HISTORY);
        Files.createDirectory(history); // appending the history line fails, as on a full disk
        CommitJournal.HistoryLine first = files -> new HistoryFile.Pending(0, "{\"revision\":1}\n");
        SaveIncompleteException e = assertThrows(SaveIncompleteException.class, () ->
                CommitJournal.save(folder, List.of(new CommitJournal.Step(folder.resolve("a.json"), text("new a"))), first));
        assertTrue(e.getMessage().endsWith("the workbench completes it before the next save, or when the workspace is "
                + "next opened"), e.getMessage());
        assertTrue(Files.exists(folder.resolve(Layout.JOURNAL)));
        Files.delete(history);
        CommitJournal.save(folder, List.of(new CommitJournal.Step(folder.resolve("b.json"), text("new b"))),
                files -> new HistoryFile.Pending(Files.size(history), "{\"revision\":2}\n"));
        assertEquals(List.of("{\"revision\":1}", "{\"revision\":2}"), Files.readAllLines(history));
        assertEquals("new a", Files.readString(folder.resolve("a.json")));
        assertFalse(Files.exists(folder.resolve(Layout.JOURNAL)));
    }

    @Test
    void aSaveInterruptedAfterItsJournalIsFinishedOnOpen() throws IOException {
        store.open(folder).close();
        Files.writeString(folder.resolve("a.json"), "old a");
        Files.writeString(folder.resolve("b.json"), "old b");
        Path tempA = AtomicFiles.prepare(folder.resolve("a.json"), text("new a"));
        Path tempB = AtomicFiles.prepare(folder.resolve("b.json"), text("new b"));
        Files.move(tempA, folder.resolve("a.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve(Layout.JOURNAL), "{\"moves\":[{\"from\":\"" + tempA.getFileName()
                + "\",\"to\":\"a.json\"},{\"from\":\"" + tempB.getFileName() + "\",\"to\":\"b.json\"}],\"deletions\":[]}");
        store.open(folder).close();
        assertEquals("new a", Files.readString(folder.resolve("a.json")));
        assertEquals("new b", Files.readString(folder.resolve("b.json")));
        assertFalse(Files.exists(folder.resolve(Layout.JOURNAL)));
    }

    @Test
    void aSaveInterruptedBeforeItsJournalLeavesTheOldFiles() throws IOException {
        store.open(folder).close();
        Files.writeString(folder.resolve("a.json"), "old a");
        AtomicFiles.prepare(folder.resolve("a.json"), text("new a"));
        store.open(folder).close();
        assertEquals("old a", Files.readString(folder.resolve("a.json")));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(f -> f.toString().contains(AtomicFiles.TEMP_MARKER)).toList());
        }
    }

    @Test
    void aJournalNamingAFileOutsideTheWorkspaceIsRefused() throws IOException {
        store.open(folder).close();
        Files.writeString(folder.resolve(Layout.JOURNAL), "{\"moves\":[],\"deletions\":[\"../elsewhere.json\"]}");
        org.strategyworkbench.core.store.CorruptWorkspaceException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.strategyworkbench.core.store.CorruptWorkspaceException.class, () -> store.open(folder));
        assertEquals(folder.resolve(Layout.JOURNAL), e.file());
    }
}
