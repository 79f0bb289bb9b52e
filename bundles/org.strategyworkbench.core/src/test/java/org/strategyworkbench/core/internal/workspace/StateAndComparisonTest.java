package org.strategyworkbench.core.internal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.strategyworkbench.core.internal.workspace.Notes.Note;
import org.strategyworkbench.core.rounds.Difference;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Edit;

class StateAndComparisonTest {

    private final MemorySession session = new MemorySession();
    private WorkspaceEngine workspace;

    @BeforeEach
    void open() throws Exception {
        workspace = new WorkspaceEngine(Path.of("ws"), session, List.of(),
                Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC), "alice", e -> { });
        workspace.load(Notes.TYPE);
        workspace.apply(Edit.named("Seed").put(Notes.TYPE, new Note("n1", "a", "one"))
                .put(Notes.TYPE, new Note("n2", "a", "two")).build());
    }

    @Test
    void anEarlierRevisionIsRebuiltFromTheAuditTrail() throws Exception {
        long frozen = workspace.snapshot().revision();
        workspace.apply(Edit.named("Reword n1").put(Notes.TYPE, new Note("n1", "a", "uno")).build());
        workspace.apply(Edit.named("Move n2, add n3").put(Notes.TYPE, new Note("n2", "b", "two"))
                .put(Notes.TYPE, new Note("n3", "b", "three")).build());
        workspace.apply(Edit.named("Remove n1").remove(Notes.TYPE, "n1").build());

        var then = workspace.stateAt(frozen);
        assertEquals(List.of(new Note("n1", "a", "one"), new Note("n2", "a", "two")), then.all(Notes.TYPE));
        assertEquals(List.of(new Note("n1", "a", "one"), new Note("n2", "a", "two")), then.partition(Notes.TYPE, "a"));
        assertEquals(frozen, then.revision());
        assertEquals(workspace.snapshot().all(Notes.TYPE), workspace.stateAt(workspace.snapshot().revision()).all(Notes.TYPE));
        assertThrows(IllegalArgumentException.class, () -> workspace.stateAt(99));
    }

    @Test
    void aComparisonListsAddedRemovedAndChangedWithTheFieldsThatDiffer() throws Exception {
        long frozen = workspace.snapshot().revision();
        workspace.apply(Edit.named("Change").put(Notes.TYPE, new Note("n2", "a", "deux"))
                .put(Notes.TYPE, new Note("n3", "b", "three")).remove(Notes.TYPE, "n1").build());
        List<Difference> diff = Comparison.between(workspace.stateAt(frozen), workspace.snapshot());
        assertEquals(List.of(
                new Difference("note", "n1", Difference.Kind.REMOVED, new Note("n1", "a", "one"), null, List.of()),
                new Difference("note", "n2", Difference.Kind.CHANGED, new Note("n2", "a", "two"), new Note("n2", "a", "deux"),
                        List.of("text")),
                new Difference("note", "n3", Difference.Kind.ADDED, null, new Note("n3", "b", "three"), List.of())), diff);
    }

    @Test
    void revisionsGoOnFromTheStoredAuditTrail() throws Exception {
        List<AuditEntry> stored = workspace.history();
        WorkspaceEngine reopened = new WorkspaceEngine(Path.of("ws"), session, stored, Clock.systemUTC(), "bob", e -> { });
        reopened.load(Notes.TYPE);
        assertEquals(1, reopened.snapshot().revision());
        AuditEntry next = reopened.apply(Edit.named("More").put(Notes.TYPE, new Note("n9", "a", "nine")).build());
        assertEquals(2, next.revision());
        assertEquals(List.of(new Note("n1", "a", "one"), new Note("n2", "a", "two")), reopened.stateAt(1).all(Notes.TYPE));
    }
}
