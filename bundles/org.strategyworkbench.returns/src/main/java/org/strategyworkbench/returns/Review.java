package org.strategyworkbench.returns;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.EditRejectedException;

/**
 * The secretariat's review of submitted rows: each is accepted (the action changes) or rejected
 * (it is dropped), row by row. Every decision is an undoable edit recorded in the audit trail. A
 * service of the returns bundle; thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface Review {

    /** The submissions waiting, of one ally or of all allies when {@code ally} is empty; sorted by id. */
    List<Submission> pending(String ally);

    /**
     * Accepts submissions: each puts its proposed action. All or none are accepted.
     *
     * @throws EditRejectedException when one is unknown, or its action changed since it was submitted
     */
    AuditEntry accept(List<String> ids) throws EditRejectedException;

    /**
     * Rejects submissions with a reason recorded in the audit trail. All or none are rejected.
     *
     * @throws EditRejectedException when one is unknown or the reason is blank
     */
    AuditEntry reject(List<String> ids, String reason) throws EditRejectedException;
}
