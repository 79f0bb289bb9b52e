package org.strategyworkbench.core.internal.workspace;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.rounds.Difference;
import org.strategyworkbench.core.rounds.Round;
import org.strategyworkbench.core.rounds.RoundType;
import org.strategyworkbench.core.rounds.Rounds;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.EditRejectedException;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/** Reporting rounds of the workspace service. */
@Component
public final class RoundsComponent implements Rounds {

    private final Workspace workspace;

    @Activate
    public RoundsComponent(@Reference Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Round freeze(String name, LocalDate date, String note) throws EditRejectedException {
        String trimmed = name == null ? "" : name.strip();
        if (round(trimmed).isPresent()) {
            throw new EditRejectedException("Freeze round " + trimmed,
                    List.of(Problem.error(RoundType.NAME, trimmed, "name", "a round of that name exists already")));
        }
        Round round = new Round(trimmed, date, workspace.snapshot().revision(), note);
        workspace.apply(Edit.named("Freeze round " + trimmed).put(RoundType.TYPE, round).build());
        return round;
    }

    @Override
    public List<Round> rounds() {
        return workspace.snapshot().all(RoundType.TYPE).stream()
                .sorted(Comparator.comparingLong(Round::revision).thenComparing(Round::name)).toList();
    }

    @Override
    public Optional<Round> round(String name) {
        return workspace.snapshot().get(RoundType.TYPE, name);
    }

    @Override
    public WorkspaceSnapshot state(Round round) {
        return workspace.stateAt(round.revision());
    }

    @Override
    public List<Difference> compare(Round from, Optional<Round> to) {
        return Comparison.between(state(from), to.map(this::state).orElseGet(workspace::snapshot));
    }
}
