package org.strategyworkbench.core.rounds;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.strategyworkbench.core.workspace.EditRejectedException;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * Creates and compares reporting rounds of the open workspace. A service of the core bundle;
 * thread-safe, and any thread may call it. Rounds are entities of {@link RoundType} in the
 * workspace: freezing one is an edit that can be undone, and rebuilding a round's state reads the
 * audit trail, which takes longer the more edits followed it.
 *
 * @since 1.0
 */
@ProviderType
public interface Rounds {

    /**
     * Freezes the workspace as it stands now as a round (an undoable edit of its own).
     *
     * @param name the round's name, its id; leading and trailing white space is removed, at most
     *        80 characters
     * @param date the date the round reports on; not null
     * @param note what the round is for; null is taken as empty
     * @return the round, frozen at the revision current before the edit that stores it
     * @throws EditRejectedException when the name is empty, longer than 80 characters or already
     *         taken, or the date is missing
     * @throws java.io.UncheckedIOException when the round could not be saved
     */
    Round freeze(String name, LocalDate date, String note) throws EditRejectedException;

    /**
     * Every round, oldest revision first.
     *
     * @return the rounds, sorted by revision, then name; empty when none was frozen
     */
    List<Round> rounds();

    /**
     * The round of that name.
     *
     * @param name the round's exact name
     * @return the round, or empty when there is none of that name
     */
    Optional<Round> round(String name);

    /**
     * The workspace as the round froze it, rebuilt from the audit trail.
     *
     * @param round a round of this workspace
     * @return the state at the round's revision
     * @throws IllegalArgumentException when the round's revision is after the current one
     */
    WorkspaceSnapshot state(Round round);

    /**
     * What differs from one round to a later one, or to the workspace now when {@code to} is
     * empty; rounds themselves are left out. Sorted by type and id.
     *
     * @param from the earlier round
     * @param to the later round, or empty to compare with the workspace now
     * @return every entity added, removed or changed, sorted by type name and id; empty when the
     *         two states hold equal entities
     */
    List<Difference> compare(Round from, Optional<Round> to);
}
