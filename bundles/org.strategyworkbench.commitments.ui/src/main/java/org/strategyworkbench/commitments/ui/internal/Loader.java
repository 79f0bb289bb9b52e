package org.strategyworkbench.commitments.ui.internal;

import java.awt.EventQueue;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.strategyworkbench.core.problems.Validation;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.workbench.service.Workbench;

/**
 * Loads the commitment rows in a job and hands them to a view on the event thread; a newer load
 * replaces an older one's result.
 */
final class Loader {

    /** What a load gives. */
    record Data(WorkspaceSnapshot snapshot, List<CommitmentRows.Row> rows, java.util.Set<String> kinds, java.util.Set<String> owners) {
    }

    private final Workspace workspace;
    private final Validation validation;
    private final AtomicLong generation = new AtomicLong();

    Loader(Workspace workspace, Validation validation) {
        this.workspace = workspace;
        this.validation = validation;
    }

    void load(Workbench workbench, String what, Consumer<Data> done) {
        long run = generation.incrementAndGet();
        workbench.jobs().schedule(what, monitor -> {
            monitor.begin(what, -1);
            WorkspaceSnapshot snapshot = workspace.snapshot();
            LocalDate today = LocalDate.now();
            List<CommitmentRows.Row> rows = CommitmentRows.of(snapshot, validation.validate(snapshot, new ValidationContext(today)),
                    workspace.history(), today);
            // the filters' choices too are worked out here, not on the event thread
            java.util.Set<String> kinds = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            java.util.Set<String> owners = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            rows.forEach(r -> {
                kinds.add(r.commitment().kind());
                owners.add(r.commitment().owner());
            });
            Data data = new Data(snapshot, rows, kinds, owners);
            EventQueue.invokeLater(() -> {
                if (run == generation.get()) {
                    done.accept(data);
                }
            });
        });
    }

    /** Forgets pending loads: their results are dropped. */
    void cancel() {
        generation.incrementAndGet();
    }
}
