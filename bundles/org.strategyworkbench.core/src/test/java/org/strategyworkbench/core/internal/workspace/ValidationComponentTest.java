package org.strategyworkbench.core.internal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.problems.Validator;
import org.strategyworkbench.core.workspace.SnapshotBuilder;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

class ValidationComponentTest {

    private static final ValidationContext TODAY = new ValidationContext(LocalDate.of(2026, 11, 25));

    @Test
    void oneSnapshotIsCheckedOnceHoweverManyAskAndAgainWhenTheChecksChange() {
        AtomicInteger runs = new AtomicInteger();
        Validator counting = (snapshot, context) -> {
            runs.incrementAndGet();
            return List.of(Problem.warning("commitment", "CSS-07", "stalling: soft commitment with no decision date"));
        };
        ValidationComponent validation = new ValidationComponent();
        validation.addValidator(counting);
        WorkspaceSnapshot snapshot = new SnapshotBuilder().build();

        List<Problem> first = validation.validate(snapshot, TODAY);
        assertSame(first, validation.validate(snapshot, TODAY));
        assertEquals(1, runs.get());

        validation.validate(snapshot, new ValidationContext(LocalDate.of(2027, 1, 1)));
        assertEquals(2, runs.get(), "another date is another check");
        validation.validate(new SnapshotBuilder().build(), new ValidationContext(LocalDate.of(2027, 1, 1)));
        assertEquals(3, runs.get(), "another snapshot is another check");

        validation.addValidator((s, c) -> List.of());
        validation.validate(new SnapshotBuilder().build(), TODAY);
        assertEquals(4, runs.get());
        WorkspaceSnapshot same = new SnapshotBuilder().build();
        validation.validate(same, TODAY);
        validation.removeValidator(counting);
        assertEquals(List.of(), validation.validate(same, TODAY), "a removed check no longer counts");
    }
}
