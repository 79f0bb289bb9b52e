package org.strategyworkbench.returns;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.EditRejectedException;

/**
 * The secretariat's review of submitted rows: each is accepted (the action changes) or rejected
 * (it is dropped), row by row. Every decision is an undoable edit recorded in the audit trail. A
 * service of the returns bundle; thread-safe, and any thread may call it; decisions are made one
 * at a time, on the calling thread.
 *
 * @since 1.0
 */
@ProviderType
public interface Review {

    /**
     * The submissions waiting, of one ally or of all allies when {@code ally} is empty; sorted by id.
     *
     * @param ally the ally's code in any case, or null or blank for every ally
     * @return the submissions; empty when none is waiting
     */
    List<Submission> pending(String ally);

    /**
     * Accepts submissions: each puts its proposed action. All or none are accepted. The accepted
     * action's last change becomes its author followed by ", accepted by the secretariat", at the
     * time of acceptance.
     *
     * @param ids the submissions' ids (the actions' ids); at least one, repeats are ignored
     * @return the audit entry of the edit that put the actions and removed the submissions
     * @throws EditRejectedException when none is named, one is unknown, its action changed since it
     *         was submitted, or an action would be invalid
     */
    AuditEntry accept(List<String> ids) throws EditRejectedException;

    /**
     * Rejects submissions with a reason recorded in the audit trail. All or none are rejected.
     *
     * @param ids the submissions' ids; at least one, repeats are ignored
     * @param reason why, for the delegation and the audit trail; it ends the edit's label
     * @return the audit entry of the edit that removed the submissions
     * @throws EditRejectedException when none is named, one is unknown or the reason is blank
     */
    AuditEntry reject(List<String> ids, String reason) throws EditRejectedException;
}
