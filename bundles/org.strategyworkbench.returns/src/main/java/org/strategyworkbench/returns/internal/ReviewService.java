package org.strategyworkbench.returns.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.EditRejectedException;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.returns.Review;
import org.strategyworkbench.returns.Submission;
import org.strategyworkbench.returns.SubmissionType;

/** The secretariat's review of submitted rows, as edits of the workspace. */
@Component
public final class ReviewService implements Review {

    private final Workspace workspace;

    @Activate
    public ReviewService(@Reference Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public List<Submission> pending(String ally) {
        WorkspaceSnapshot snapshot = workspace.snapshot();
        return ally == null || ally.isBlank() ? snapshot.all(SubmissionType.TYPE)
                : snapshot.partition(SubmissionType.TYPE, ally.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public synchronized AuditEntry accept(List<String> ids) throws EditRejectedException {
        String label = "Accept submitted " + describe(ids);
        List<Submission> submissions = find(ids, label);
        WorkspaceSnapshot snapshot = workspace.snapshot();
        List<Problem> problems = new ArrayList<>();
        Edit.Builder edit = Edit.named(label).source("secretariat review of returns");
        for (Submission s : submissions) {
            Optional<Action> now = snapshot.get(ActionEntityType.TYPE, s.id());
            boolean moved = s.isNew() ? now.isPresent() : now.isEmpty() || !sameValues(now.get(), s.base());
            if (moved) {
                problems.add(Problem.error(SubmissionType.NAME, s.id(), "base", "the action changed after it was"
                        + " submitted; reject this row and ask for it again"));
                continue;
            }
            Action p = s.proposed();
            Action accepted = new Action(p.id(), p.ally(), p.commitment(), p.type(), p.status(), p.title(), p.start(),
                    p.end(), p.amount(), p.currency(), p.evidence(), p.source(), p.marking(), p.example(),
                    new LastChange(p.lastChange().by() + ", accepted by the secretariat", Instant.now()));
            edit.put(ActionEntityType.TYPE, accepted).remove(SubmissionType.TYPE, s.id());
        }
        if (!problems.isEmpty()) {
            throw new EditRejectedException(label, problems);
        }
        return workspace.apply(edit.build());
    }

    @Override
    public synchronized AuditEntry reject(List<String> ids, String reason) throws EditRejectedException {
        String label = "Reject submitted " + describe(ids) + ": " + (reason == null ? "" : reason.strip());
        if (reason == null || reason.isBlank()) {
            throw new EditRejectedException(label, List.of(Problem.error(SubmissionType.NAME, "", "reason",
                    "a rejection needs a reason, for the delegation and the audit trail")));
        }
        Edit.Builder edit = Edit.named(label).source("secretariat review of returns");
        find(ids, label).forEach(s -> edit.remove(SubmissionType.TYPE, s.id()));
        return workspace.apply(edit.build());
    }

    private List<Submission> find(List<String> ids, String label) throws EditRejectedException {
        WorkspaceSnapshot snapshot = workspace.snapshot();
        List<Submission> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            snapshot.get(SubmissionType.TYPE, id).ifPresentOrElse(found::add, () -> problems.add(
                    Problem.error(SubmissionType.NAME, id, "", "no submission of that id is waiting")));
        }
        if (ids.isEmpty()) {
            problems.add(Problem.error(SubmissionType.NAME, "", "", "name at least one submission"));
        }
        if (!problems.isEmpty()) {
            throw new EditRejectedException(label, problems);
        }
        return found;
    }

    private static boolean sameValues(Action a, Action b) {
        return Arrays.stream(Field.values()).allMatch(f -> f.of(a).equals(f.of(b)));
    }

    private static String describe(List<String> ids) {
        List<String> shown = ids.size() > 5 ? ids.subList(0, 5) : ids;
        return (ids.size() == 1 ? "row " : ids.size() + " rows ") + String.join(", ", shown) + (ids.size() > 5 ? ", …" : "");
    }
}
