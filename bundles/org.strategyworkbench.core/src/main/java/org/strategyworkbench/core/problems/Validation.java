package org.strategyworkbench.core.problems;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * Runs every registered {@link Validator} and every entity type's own checks. A service of the
 * core bundle. Thread-safe: any thread may call it, and the checks run on the calling thread.
 *
 * <p>The views, reports and commands that ask about the same snapshot and date share one run: the
 * latest result is kept until the snapshot, the date or the set of validators and entity types
 * changes.
 *
 * @since 1.0
 */
@ProviderType
public interface Validation {

    /**
     * Every problem of the snapshot, errors first, then by entity type and id. A validator or an
     * entity type's check that throws is reported as an error problem naming it; the other checks
     * still run.
     *
     * @param snapshot the workspace to check, usually {@code workspace.snapshot()}
     * @param context the date the checks treat as today
     * @return the problems sorted by severity ({@link Problem.Severity#ERROR} first), entity type,
     *         entity id and message; unmodifiable, empty when all is well
     */
    List<Problem> validate(WorkspaceSnapshot snapshot, ValidationContext context);
}
