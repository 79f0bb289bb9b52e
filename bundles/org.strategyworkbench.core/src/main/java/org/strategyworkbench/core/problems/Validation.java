package org.strategyworkbench.core.problems;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * Runs every registered {@link Validator} and every entity type's own checks. A service of the
 * core bundle. Thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface Validation {

    /** Every problem of the snapshot, errors first, then by entity type and id. */
    List<Problem> validate(WorkspaceSnapshot snapshot, ValidationContext context);
}
