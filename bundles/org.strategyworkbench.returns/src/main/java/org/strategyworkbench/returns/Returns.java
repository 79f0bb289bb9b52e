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
 * returned file into a plan, apply a plan. A service of the returns bundle; thread-safe, and any
 * thread may call it; issuing rounds and applying plans are done one at a time. Templates,
 * previews and imports work on the calling thread and read or write files, so a user interface
 * calls them from a background job.
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
     * @param name the round's name, for example {@code "Autumn 2026"}; leading and trailing white
     *        space is removed, at most {@value ReturnRoundType#MAX_NAME} characters
     * @return the new round, issued today at the current revision, or the current round when it has
     *         that name
     * @throws EditRejectedException when the name is not acceptable
     * @throws IllegalArgumentException when the name belongs to a round older than the current one
     */
    ReturnRound issue(String name) throws EditRejectedException;

    /**
     * Every round issued, oldest first.
     *
     * @return the rounds in the order they were issued; empty when none was
     */
    List<ReturnRound> rounds();

    /**
     * The round returns are collected for now: the latest issued.
     *
     * @return the latest round, or empty when none was issued
     */
    Optional<ReturnRound> currentRound();

    /**
     * Writes one ally's template for the round, from the workspace as it is now: the ally's actions
     * sorted by commitment and id, and 150 empty rows for new ones. Creates the workspace's signing
     * key file ({@value #KEY_FILE}) when it does not exist yet.
     *
     * @param round the round the template is for, normally {@link #currentRound()}
     * @param ally the ally's ISO 3166 alpha-3 code, for example {@code "NOR"}
     * @param out where the .xlsx file goes
     * @throws IllegalArgumentException when the ally is unknown
     * @throws IOException when the output or the workspace's signing key cannot be written
     */
    void writeTemplate(ReturnRound round, String ally, OutputStream out) throws IOException;

    /**
     * The file name for an ally's template, for example {@code "NOR return - Autumn 2026.xlsx"}.
     *
     * @param round the round
     * @param ally the ally's code
     * @return the name; characters of the round's name other than letters, digits, spaces, dots,
     *         underscores and hyphens become hyphens
     */
    String templateFileName(ReturnRound round, String ally);

    /**
     * Reads and checks a returned file against the workspace as it is now; changes nothing. Every
     * row is checked. A field the return changes that was also changed on record since the row was
     * issued (or, for a new row, since it was last imported) is a conflict; so is a new row's field
     * that says what a later import of the same template replaced (the return is older than what
     * is on record). Never throws for anything wrong with the file: a file that cannot be read
     * gives a plan with an error naming the file and the reason, within seconds.
     *
     * @param file the returned .xlsx file
     * @param options which ally it must come from, and where its rows land
     * @return the plan: every row with its before and after, and every problem; a refused file
     *         gives a plan without rows and with an error, and {@link ImportPlan#hasErrors()} tells
     */
    ImportPlan preview(Path file, ImportOptions options);

    /**
     * Applies a plan as one edit of the workspace (audit trail, undo), or nothing of it when it has
     * errors. When the workspace changed since the plan was made, or the plan holds no receipt,
     * the file is read and checked again and the new plan is applied; the outcome tells which (a file that changed since the
     * preview is then refused). Rows land as actions, or as {@link Submission}s for review, as the
     * plan's options say; a {@link ReturnReceipt} records the import.
     *
     * @param plan a plan from {@link #preview}
     * @return the plan as applied and the edit's audit entry; without an entry when the plan had
     *         errors (old or found now, such as the workspace refusing the edit) or nothing to
     *         change
     * @throws java.io.UncheckedIOException when the edit could not be saved; the workspace is
     *         unchanged
     */
    ImportOutcome apply(ImportPlan plan);

    /** The name of the signing key file, relative to the workspace folder. */
    String KEY_FILE = "returns.key";
}
