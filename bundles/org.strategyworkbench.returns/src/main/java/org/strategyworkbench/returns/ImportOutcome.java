package org.strategyworkbench.returns;

import java.util.Objects;
import java.util.Optional;
import org.strategyworkbench.core.workspace.AuditEntry;

/**
 * What applying a plan did.
 *
 * @param plan the plan as applied: worked out again when the workspace had changed since the preview
 * @param entry the audit entry of the edit, or empty when nothing was applied (errors, or nothing to change)
 * @since 1.0
 */
public record ImportOutcome(ImportPlan plan, Optional<AuditEntry> entry) {

    /**
     * Creates an outcome; {@link Returns#apply} creates them.
     *
     * @param plan the plan as applied, with any problem found while applying it; not null
     * @param entry the audit entry of the edit, or empty when nothing was applied; not null
     * @throws NullPointerException when plan or entry is null
     */
    public ImportOutcome {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(entry, "entry");
    }

    /**
     * Whether the workspace changed.
     *
     * @return true when an edit was applied and changed at least one entity; false when the plan
     *         had errors or nothing to change
     */
    public boolean applied() {
        return entry.isPresent() && !entry.get().changes().isEmpty();
    }
}
