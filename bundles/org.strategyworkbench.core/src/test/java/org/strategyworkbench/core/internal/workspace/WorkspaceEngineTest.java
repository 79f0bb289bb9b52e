package org.strategyworkbench.core.internal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.strategyworkbench.core.internal.workspace.Notes.Note;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.store.PartitionKey;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.EditRejectedException;
import org.strategyworkbench.core.workspace.WorkspaceEvent;

class WorkspaceEngineTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final MemorySession session = new MemorySession();
    private final List<WorkspaceEvent> events = new ArrayList<>();
    private WorkspaceEngine workspace;

    @BeforeEach
    void open() throws Exception {
        session.files.put(new PartitionKey("note", "a"), List.of(new Note("n1", "a", "first")));
        workspace = new WorkspaceEngine(Path.of("ws"), session, List.of(), Clock.fixed(NOW, ZoneOffset.UTC), "alice",
                events::add);
        workspace.load(Notes.TYPE);
    }

    private AuditEntry put(String label, Note... notes) throws EditRejectedException {
        Edit.Builder edit = Edit.named(label);
        for (Note n : notes) {
            edit.put(Notes.TYPE, n);
        }
        return workspace.apply(edit.build());
    }

    @Test
    void loadedEntitiesAreInTheSnapshotAtRevisionZero() {
        assertEquals(0, workspace.snapshot().revision());
        assertEquals(Optional.of(new Note("n1", "a", "first")), workspace.snapshot().get(Notes.TYPE, "n1"));
    }

    @Test
    void anEditIsRecordedWithAuthorTimeBeforeAndAfter() throws Exception {
        AuditEntry entry = put("Reword n1", new Note("n1", "a", "second"));
        assertEquals(1, entry.revision());
        assertEquals("alice", entry.author());
        assertEquals(NOW, entry.time());
        assertEquals(new Note("n1", "a", "first"), entry.changes().get(0).before());
        assertEquals(new Note("n1", "a", "second"), entry.changes().get(0).after());
        assertEquals(List.of(entry), session.audit);
        assertEquals(List.of(entry), workspace.history());
    }

    @Test
    void onlyTheChangedPartitionsAreWritten() throws Exception {
        put("Add n2", new Note("n2", "b", "other"));
        assertEquals(List.of(Set.of(new PartitionKey("note", "b"))), session.writes);
    }

    @Test
    void moving_an_entity_between_partitions_rewrites_both() throws Exception {
        put("Move n1", new Note("n1", "b", "first"));
        assertEquals(Set.of(new PartitionKey("note", "a"), new PartitionKey("note", "b")), session.writes.get(0));
        assertTrue(!session.files.containsKey(new PartitionKey("note", "a")), "emptied partition is deleted");
        assertEquals(List.of(new Note("n1", "b", "first")), workspace.snapshot().partition(Notes.TYPE, "b"));
    }

    @Test
    void undoRestoresTheStateBeforeAndRedoTheStateAfter() throws Exception {
        put("Add n2 and reword n1", new Note("n2", "b", "other"), new Note("n1", "a", "changed"));
        var afterEdit = workspace.snapshot();
        AuditEntry undone = workspace.undo().orElseThrow();
        assertEquals(AuditEntry.Kind.UNDO, undone.kind());
        assertEquals("Undo Add n2 and reword n1", undone.label());
        assertEquals(Optional.empty(), workspace.snapshot().get(Notes.TYPE, "n2"));
        assertEquals("first", workspace.snapshot().get(Notes.TYPE, "n1").orElseThrow().text());
        assertEquals(Optional.of("Add n2 and reword n1"), workspace.redoLabel());
        workspace.redo().orElseThrow();
        assertEquals(afterEdit.all(Notes.TYPE), workspace.snapshot().all(Notes.TYPE));
        assertEquals(3, workspace.history().size());
    }

    @Test
    void aNewEditClearsTheRedoStack() throws Exception {
        put("Add n2", new Note("n2", "b", "x"));
        workspace.undo();
        put("Add n3", new Note("n3", "b", "y"));
        assertEquals(Optional.empty(), workspace.redo());
    }

    @Test
    void removingIsUndoable() throws Exception {
        workspace.apply(Edit.named("Remove n1").remove(Notes.TYPE, "n1").build());
        assertEquals(0, workspace.snapshot().count("note"));
        workspace.undo();
        assertEquals(1, workspace.snapshot().count("note"));
    }

    @Test
    void anInvalidEntityRejectsTheWholeEditAndChangesNothing() {
        EditRejectedException e = assertThrows(EditRejectedException.class,
                () -> put("Two notes", new Note("n2", "b", "fine"), new Note("n3", "b", " ")));
        assertEquals("ERROR note n3 text: is required", e.problems().get(0).describe());
        assertEquals(0, workspace.snapshot().revision());
        assertEquals(Optional.empty(), workspace.snapshot().get(Notes.TYPE, "n2"));
        assertTrue(session.writes.isEmpty() && events.isEmpty());
    }

    @Test
    void controlCharactersInTextAreRejectedNamingTheField() {
        EditRejectedException e = assertThrows(EditRejectedException.class,
                () -> put("Bell", new Note("n2", "b", "ring\u0007")));
        assertEquals("ERROR note n2 text: contains a control character", e.problems().get(0).describe());
    }

    @Test
    void whileTheStoreReportsAnErrorNoEditIsSavedButReadingGoesOn() throws Exception {
        put("Add n2", new Note("n2", "b", "x"));
        session.problems.add(Problem.error("note", "n1", "", "is in note/a.json (line 3) and again in note/b.json (line 3)"));
        int writes = session.writes.size();
        EditRejectedException e = assertThrows(EditRejectedException.class, () -> put("Add n3", new Note("n3", "b", "y")));
        assertEquals(List.of("ERROR note n1: is in note/a.json (line 3) and again in note/b.json (line 3)"),
                e.problems().stream().map(Problem::describe).toList());
        IllegalStateException undo = assertThrows(IllegalStateException.class, workspace::undo);
        assertTrue(undo.getMessage().startsWith("\"Undo Add n2\" was not saved: the workspace files must be repaired"),
                undo.getMessage());
        assertEquals(writes, session.writes.size());
        assertEquals(Optional.of("Add n2"), workspace.undoLabel());
        assertEquals("first", workspace.snapshot().get(Notes.TYPE, "n1").orElseThrow().text());
    }

    @Test
    void removingWhatDoesNotExistIsRejected() {
        assertThrows(EditRejectedException.class,
                () -> workspace.apply(Edit.named("Remove ghost").remove(Notes.TYPE, "ghost").build()));
    }

    @Test
    void aFailedSaveLeavesTheWorkspaceUnchanged() {
        session.failNextWrite = true;
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> put("Add n2", new Note("n2", "b", "x")));
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        assertEquals(0, workspace.snapshot().revision());
        assertEquals(Optional.empty(), workspace.undoLabel());
    }

    @Test
    void aSaveToBeCompletedLaterCountsAsSaved() throws Exception {
        session.incompleteNextAppend = true;
        AuditEntry entry = put("Add n2", new Note("n2", "b", "x"));
        assertEquals(1, entry.revision());
        assertEquals(1, workspace.snapshot().revision());
        assertEquals(Optional.of("Add n2"), workspace.undoLabel());
        assertEquals(1, events.size());
    }

    @Test
    void aFailedSaveSaysNothingWasChanged() {
        session.failNextWrite = true;
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> put("Add n2", new Note("n2", "b", "x")));
        assertEquals("\"Add n2\" was not saved, and nothing in ws was changed: disk full", e.getMessage());
    }

    @Test
    void listenersSeeBeforeAndAfter() throws Exception {
        put("Add n2", new Note("n2", "b", "x"));
        WorkspaceEvent event = events.get(0);
        assertEquals(0, event.before().revision());
        assertEquals(1, event.after().revision());
        assertEquals(Optional.empty(), event.before().get(Notes.TYPE, "n2"));
    }

    @Test
    void anOldSnapshotNeverChanges() throws Exception {
        var old = workspace.snapshot();
        put("Reword n1", new Note("n1", "a", "second"));
        assertEquals("first", old.get(Notes.TYPE, "n1").orElseThrow().text());
    }

    @Test
    void anEditThatChangesNothingIsNeitherSavedNorRecorded() throws Exception {
        AuditEntry entry = put("Same", new Note("n1", "a", "first"));
        assertEquals(List.of(), entry.changes());
        assertEquals(0, workspace.snapshot().revision());
        assertTrue(workspace.history().isEmpty() && session.writes.isEmpty() && events.isEmpty());
        assertEquals(Optional.empty(), workspace.undoLabel());
    }
}
