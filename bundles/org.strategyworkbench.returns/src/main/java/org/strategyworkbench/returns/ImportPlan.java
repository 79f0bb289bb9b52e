package org.strategyworkbench.returns;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What importing one returned file would do, worked out before anything changes: every row with
 * its before and after, and every problem found. Immutable.
 *
 * @param file the file read
 * @param ally the ally the return is from, or {@code ""} when the file could not tell
 * @param round the round the template was made for, or {@code ""}
 * @param template the template's own id, from its hidden record, or {@code ""}
 * @param templateRevision the workspace revision the template was made from, or -1
 * @param revision the workspace revision the plan was worked out against
 * @param digest the SHA-256 of the file's bytes, in hex, or {@code ""} when it could not be read
 * @param options how the file is imported
 * @param rows every row of the return that concerns an action, in sheet order
 * @param problems every problem found, errors first
 * @since 1.0
 */
public record ImportPlan(Path file, String ally, String round, String template, long templateRevision, long revision, String digest,
        ImportOptions options, List<RowChange> rows, List<ImportProblem> problems) {

    public ImportPlan {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** The file's name, as problems name it. */
    public String fileName() {
        return String.valueOf(file.getFileName());
    }

    /** Whether an error refuses the file; then nothing of it is applied. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(ImportProblem::isError);
    }

    /** The rows of one kind. */
    public List<RowChange> rows(RowChange.Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).toList();
    }

    /** Whether applying would change something. */
    public boolean changesSomething() {
        return rows.stream().anyMatch(r -> r.kind() != RowChange.Kind.UNCHANGED);
    }
}
