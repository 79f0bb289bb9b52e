package org.strategyworkbench.core.rounds;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.strategyworkbench.core.workspace.EditRejectedException;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * Creates and compares reporting rounds of the open workspace. A service of the core bundle;
 * thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface Rounds {

    /**
     * Freezes the workspace as it stands now as a round (an undoable edit of its own).
     *
     * @throws EditRejectedException when the name is empty or already taken
     */
    Round freeze(String name, LocalDate date, String note) throws EditRejectedException;

    /** Every round, oldest revision first. */
    List<Round> rounds();

    /** The round of that name. */
    Optional<Round> round(String name);

    /** The workspace as the round froze it. */
    WorkspaceSnapshot state(Round round);

    /**
     * What differs from one round to a later one, or to the workspace now when {@code to} is
     * empty; rounds themselves are left out. Sorted by type and id.
     */
    List<Difference> compare(Round from, Optional<Round> to);
}
