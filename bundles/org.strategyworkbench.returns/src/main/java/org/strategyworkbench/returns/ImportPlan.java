package org.strategyworkbench.returns;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param receipt the receipt applying the plan stores: the template's earlier receipt with this
 *        file's name and digest and what its new rows said; empty when the file could not be read
 *        (then {@link Returns#apply} works the plan out again before applying it)
 * @since 1.0
 */
public record ImportPlan(Path file, String ally, String round, String template, long templateRevision, long revision, String digest,
        ImportOptions options, List<RowChange> rows, List<ImportProblem> problems, Optional<ReturnReceipt> receipt) {

    /**
     * Creates a plan; {@link Returns#preview} creates them.
     *
     * @param file the file read; not null
     * @param ally the ally's code, or {@code ""}
     * @param round the round's name, or {@code ""}
     * @param template the template's id, or {@code ""}
     * @param templateRevision the workspace revision the template was made from, or -1
     * @param revision the workspace revision the plan was worked out against
     * @param digest the SHA-256 of the file in hex, or {@code ""}
     * @param options how the file is imported; not null
     * @param rows the rows that concern an action; copied, not null
     * @param problems the problems found; copied, not null
     * @param receipt the receipt applying the plan stores, or empty; not null
     * @throws NullPointerException when file, options, rows, problems or receipt is null
     * @since 1.1
     */
    public ImportPlan {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(receipt, "receipt");
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /**
     * Creates a plan without the receipt it would store; {@link Returns#apply} works such a plan
     * out again before applying it.
     *
     * @param file the file read; not null
     * @param ally the ally's code, or {@code ""}
     * @param round the round's name, or {@code ""}
     * @param template the template's id, or {@code ""}
     * @param templateRevision the workspace revision the template was made from, or -1
     * @param revision the workspace revision the plan was worked out against
     * @param digest the SHA-256 of the file in hex, or {@code ""}
     * @param options how the file is imported; not null
     * @param rows the rows that concern an action; copied, not null
     * @param problems the problems found; copied, not null
     * @throws NullPointerException when file, options, rows or problems is null
     */
    public ImportPlan(Path file, String ally, String round, String template, long templateRevision, long revision,
            String digest, ImportOptions options, List<RowChange> rows, List<ImportProblem> problems) {
        this(file, ally, round, template, templateRevision, revision, digest, options, rows, problems, Optional.empty());
    }

    /**
     * The file's name, as problems name it.
     *
     * @return the last element of the file's path, without its folder
     */
    public String fileName() {
        return String.valueOf(file.getFileName());
    }

    /**
     * Whether an error refuses the file; then nothing of it is applied.
     *
     * @return true when at least one problem is an {@link ImportProblem.Severity#ERROR}
     */
    public boolean hasErrors() {
        return problems.stream().anyMatch(ImportProblem::isError);
    }

    /**
     * The rows of one kind.
     *
     * @param kind added, changed or unchanged
     * @return those rows in sheet order; empty when there are none
     */
    public List<RowChange> rows(RowChange.Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).toList();
    }

    /**
     * Whether applying would change something.
     *
     * @return true when at least one row adds or changes an action
     */
    public boolean changesSomething() {
        return rows.stream().anyMatch(r -> r.kind() != RowChange.Kind.UNCHANGED);
    }
}
