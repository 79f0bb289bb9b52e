package org.strategyworkbench.store.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.core.internal.workspace.WorkspaceEngine;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Change;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * What a workspace folder holds when it is opened again, the way the workbench opens it: the
 * store (which cleans up after a crash), the audit trail and every entity through the engine.
 *
 * @param snapshot every entity as loaded
 * @param history the audit trail as loaded
 * @param temporaryBefore the unfinished saves the folder held before it was opened
 * @param temporaryAfter the unfinished saves it still held after it was opened and closed
 * @param problems what the store found wrong in the folder (files lost or changed, duplicates)
 */
record ReopenedWorkspace(WorkspaceSnapshot snapshot, List<AuditEntry> history, List<Path> temporaryBefore,
        List<Path> temporaryAfter, List<String> problems) {

    static ReopenedWorkspace open(Path folder, JsonWorkspaceStore store) throws IOException {
        List<Path> before = temporaryFiles(folder);
        WorkspaceSnapshot snapshot;
        List<AuditEntry> history;
        List<String> problems;
        try (StoreSession session = store.open(folder)) {
            history = session.history(CrashWorkspace.LOOKUP);
            WorkspaceEngine engine = new WorkspaceEngine(folder, session, history, Clock.systemUTC(), "crash test",
                    event -> { });
            for (EntityType<?> type : CrashWorkspace.TYPES) {
                engine.load(type);
            }
            snapshot = engine.snapshot();
            problems = session.problems().stream().map(org.strategyworkbench.core.problems.Problem::describe).toList();
        }
        parseEveryFile(folder);
        return new ReopenedWorkspace(snapshot, history, before, temporaryFiles(folder), problems);
    }

    /** The revision the last entry of the audit trail recorded. */
    long lastRecordedRevision() {
        List<Change> changes = history.get(history.size() - 1).changes();
        return changes.stream().filter(c -> c.after() instanceof Commitment).map(c -> (Commitment) c.after())
                .mapToLong(CrashWorkspace::revision).findFirst()
                .orElseThrow(() -> new AssertionError("the last history entry changed no commitment: " + changes));
    }

    /** Every JSON file of the folder, including those of no loaded type, must be whole. */
    private static void parseEveryFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json"))::iterator) {
                try {
                    Json.MAPPER.readTree(file.toFile());
                } catch (IOException e) {
                    throw new AssertionError(file + " is not whole JSON: " + e.getMessage(), e);
                }
            }
        }
    }

    private static List<Path> temporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().contains(AtomicFiles.TEMP_MARKER)).toList();
        }
    }
}
