package org.strategyworkbench.core.internal.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.Validation;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.problems.Validator;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/** Runs every validator and every entity type's checks, isolating failures. */
@Component
public final class ValidationComponent implements Validation {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::severity)
            .thenComparing(Problem::entityType).thenComparing(Problem::entityId).thenComparing(Problem::message);

    private final List<Validator> validators = new CopyOnWriteArrayList<>();
    private final List<EntityType<?>> types = new CopyOnWriteArrayList<>();
    /**
     * The latest result: the views of the window, the reports and the commands all validate the
     * same immutable snapshot after each change, and it is checked once for all of them.
     */
    private volatile Memo last;

    private record Memo(WorkspaceSnapshot snapshot, ValidationContext context, List<Problem> problems) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addValidator(Validator validator) {
        last = null;
        validators.add(validator);
    }

    void removeValidator(Validator validator) {
        last = null;
        validators.remove(validator);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addType(EntityType<?> type) {
        last = null;
        types.add(type);
    }

    void removeType(EntityType<?> type) {
        last = null;
        types.remove(type);
    }

    @Override
    public List<Problem> validate(WorkspaceSnapshot snapshot, ValidationContext context) {
        Memo memo = last;
        if (memo != null && memo.snapshot() == snapshot && memo.context().equals(context)) {
            return memo.problems();
        }
        List<Problem> problems = new ArrayList<>();
        for (EntityType<?> type : types) {
            problems.addAll(checkAll(type, snapshot));
        }
        for (Validator validator : validators) {
            try {
                problems.addAll(validator.validate(snapshot, context));
            } catch (RuntimeException e) {
                problems.add(new Problem(Problem.Severity.ERROR, "the check " + validator.getClass().getName()
                        + " failed: " + e, "", "", ""));
            }
        }
        problems.sort(ORDER);
        List<Problem> result = List.copyOf(problems);
        last = new Memo(snapshot, context, result);
        return result;
    }

    private static <T> List<Problem> checkAll(EntityType<T> type, WorkspaceSnapshot snapshot) {
        List<Problem> problems = new ArrayList<>();
        for (T entity : snapshot.all(type)) {
            try {
                problems.addAll(type.check(entity));
            } catch (RuntimeException e) {
                problems.add(Problem.error(type.name(), type.idOf(entity), "", "its check failed: " + e));
            }
        }
        return problems;
    }
}
