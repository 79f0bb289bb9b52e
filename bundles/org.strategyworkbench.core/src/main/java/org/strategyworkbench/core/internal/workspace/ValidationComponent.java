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

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addValidator(Validator validator) {
        validators.add(validator);
    }

    void removeValidator(Validator validator) {
        validators.remove(validator);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addType(EntityType<?> type) {
        types.add(type);
    }

    void removeType(EntityType<?> type) {
        types.remove(type);
    }

    @Override
    public List<Problem> validate(WorkspaceSnapshot snapshot, ValidationContext context) {
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
        return List.copyOf(problems);
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
