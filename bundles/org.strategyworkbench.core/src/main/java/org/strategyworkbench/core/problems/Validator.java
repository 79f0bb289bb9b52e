package org.strategyworkbench.core.problems;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * Finds problems across the workspace: broken references, stalling commitments, late
 * milestones. Register as a service; the {@link Validation} service calls every validator.
 *
 * <p>Must be thread-safe and must not change anything: it is called on the thread that asks the
 * {@link Validation} service, possibly on several threads at once. An exception thrown by a
 * validator is reported as an error problem naming it; the other validators still run.
 *
 * <p>Lifecycle: a validator takes part in every validation from its registration on and leaves
 * when its service goes away. The service needs no service properties.
 *
 * @since 1.0
 */
@ConsumerType
public interface Validator {

    /**
     * Finds the problems of one state of the workspace.
     *
     * @param snapshot the workspace to check
     * @param context the date checks are made on and the settings they use
     * @return the problems found, empty when all is well
     */
    List<Problem> validate(WorkspaceSnapshot snapshot, ValidationContext context);
}
