package org.strategyworkbench.core.problems;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * Finds problems across the workspace: broken references, stalling commitments, late
 * milestones. Register as a service; the {@link Validation} service calls every validator.
 *
 * <p>Must be thread-safe and must not change anything. An exception thrown by a validator is
 * reported as an error problem naming it; the other validators still run.
 *
 * @since 1.0
 */
@ConsumerType
public interface Validator {

    /**
     * @param snapshot the workspace to check
     * @param context the date checks are made on and the settings they use
     * @return the problems found, empty when all is well
     */
    List<Problem> validate(WorkspaceSnapshot snapshot, ValidationContext context);
}
