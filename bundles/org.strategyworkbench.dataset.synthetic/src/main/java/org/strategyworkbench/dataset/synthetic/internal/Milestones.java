package org.strategyworkbench.dataset.synthetic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.milestones.Milestone;

/**
 * Synthetic milestones {@code SYN-MS-0001} onwards, each towards a commitment and titled
 * "Synthetic …"; a milestone depends only on earlier ones, so there are no cycles, and actual
 * dates are never later than 2025.
 */
public final class Milestones {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final LocalDate LAST_ACTUAL = LocalDate.of(2025, 12, 31);
    private static final String[] CATEGORIES = {"policy", "capability", "industry", "strategy"};

    private Milestones() {
    }

    public static List<Milestone> generate(int count, List<Commitment> commitments, Provenance provenance, Draw draw) {
        List<Milestone> milestones = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = "SYN-MS-" + Draw.number(i + 1, count);
            LocalDate baseline = draw.day(FIRST, 1_400);
            LocalDate forecast = draw.chance(0.3) ? draw.day(baseline, 200) : null;
            LocalDate actual = baseline.isBefore(LAST_ACTUAL) && draw.chance(0.5) ? draw.day(baseline, 60) : null;
            if (actual != null && actual.isAfter(LAST_ACTUAL)) {
                actual = LAST_ACTUAL;
            }
            List<String> dependsOn = i > 0 && draw.chance(0.2) ? List.of(milestones.get(draw.below(i)).id()) : List.of();
            String commitment = draw.pick(commitments).id();
            milestones.add(new Milestone(id, "Synthetic milestone " + (i + 1) + " of " + commitment, commitment,
                    "Synthetic owner " + (1 + draw.below(12)), draw.pick(CATEGORIES), baseline, forecast, actual,
                    draw.chance(0.8) ? "day" : "month", dependsOn, provenance, ""));
        }
        return milestones;
    }
}
