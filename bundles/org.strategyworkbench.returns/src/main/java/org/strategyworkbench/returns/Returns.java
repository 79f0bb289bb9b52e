package org.strategyworkbench.returns;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.strategyworkbench.core.workspace.EditRejectedException;

/**
 * Delegation returns of the open workspace: issue a round, write each ally's template, read a
 * returned file into a plan, apply a plan. A service of the returns bundle; thread-safe.
 *
 * <p><b>Templates</b> hold an instructions sheet, the ally's actions pre-filled (ids locked),
 * drop-down lists for commitments, action types and statuses, empty rows for new actions, and a
 * hidden record of the ally, the round and the workspace revision they were made from, signed
 * with a key kept in the workspace folder: a template edited outside its editable cells, or made
 * from another workspace, is refused on import.
 *
 * <p><b>Imports</b> never throw for a bad file: {@link #preview} reads with limits on size, time
 * and memory, catches every failure of the file, and reports it as an {@link ImportProblem}.
 *
 * @since 1.0
 */
@ProviderType
public interface Returns {

    /**
     * Issues a round of returns (an undoable edit), or returns the round of that name if it was
     * issued already. From then on returns of earlier rounds are refused.
     *
     * @throws EditRejectedException when the name is not acceptable
     * @throws IllegalArgumentException when the name belongs to a round older than the current one
     */
    ReturnRound issue(String name) throws EditRejectedException;

    /** Every round issued, oldest first. */
    List<ReturnRound> rounds();

    /** The round returns are collected for now: the latest issued. */
    Optional<ReturnRound> currentRound();

    /**
     * Writes one ally's template for the round, from the workspace as it is now.
     *
     * @throws IllegalArgumentException when the ally is unknown
     * @throws IOException when the output or the workspace's signing key cannot be written
     */
    void writeTemplate(ReturnRound round, String ally, OutputStream out) throws IOException;

    /** The file name for an ally's template, for example {@code "NOR return - Autumn 2026.xlsx"}. */
    String templateFileName(ReturnRound round, String ally);

    /**
     * Reads and checks a returned file against the workspace as it is now; changes nothing. Every
     * row is checked. Never throws for anything wrong with the file: a file that cannot be read
     * gives a plan with an error naming the file and the reason, within seconds.
     */
    ImportPlan preview(Path file, ImportOptions options);

    /**
     * Applies a plan as one edit of the workspace (audit trail, undo), or nothing of it when it has
     * errors. When the workspace changed since the plan was made, the file is read and checked
     * again and the new plan is applied; the outcome tells which.
     */
    ImportOutcome apply(ImportPlan plan);

    /** The folder-relative name of the signing key file in the workspace folder. */
    String KEY_FILE = "returns.key";
}
