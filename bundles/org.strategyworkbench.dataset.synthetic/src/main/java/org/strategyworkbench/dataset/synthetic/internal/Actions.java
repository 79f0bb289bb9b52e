package org.strategyworkbench.dataset.synthetic.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.commitments.Commitment;

/**
 * Synthetic actions spread at random over the allies and commitments, each an example record
 * ({@link Action#example()}) titled "Synthetic …", with ids {@code NOR-000001} onwards per ally.
 */
public final class Actions {

    private static final LocalDate FIRST = LocalDate.of(2025, 2, 13);
    private static final Instant CHANGED = Instant.parse("2025-12-01T09:00:00Z");
    private static final LastChange BY = new LastChange("synthetic data set", CHANGED);

    private Actions() {
    }

    public static List<Action> generate(int count, List<Ally> allies, List<Commitment> commitments, String source,
            Draw draw) {
        int[] perAlly = new int[allies.size()];
        List<Action> actions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int a = draw.below(allies.size());
            String ally = allies.get(a).code();
            String id = ally + "-" + String.format("%06d", ++perAlly[a]);
            actions.add(action(id, ally, draw.pick(commitments).id(), source, draw));
        }
        return actions;
    }

    private static Action action(String id, String ally, String commitment, String source, Draw draw) {
        ActionType type = draw.pick(ActionType.values());
        ActionStatus status = draw.pick(ActionStatus.values());
        LocalDate start = draw.day(FIRST, 700);
        LocalDate end = draw.chance(0.7) ? draw.day(start, 900) : null;
        boolean funded = draw.chance(0.4);
        return new Action(id, ally, commitment, type, status,
                "Synthetic action " + id + " on " + commitment + " (" + type.name().toLowerCase() + ")", start, end,
                funded ? BigDecimal.valueOf(10_000L + draw.below(50_000_000)) : null, funded ? "EUR" : "",
                status == ActionStatus.DONE ? "Synthetic evidence for " + id : "", source, "", true, BY);
    }
}
