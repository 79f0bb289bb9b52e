package org.strategyworkbench.dataset.synthetic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.Confidence;
import org.strategyworkbench.commitments.Kinds;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.commitments.Stage;

/** Synthetic commitments {@code SYN-0001} onwards, every one titled "Synthetic …". */
public final class Commitments {

    private static final LocalDate ENDORSED = LocalDate.of(2025, 2, 13);
    private static final String[] OBJECTIVES = {"Synthetic objective: engagement with industry",
        "Synthetic objective: capability development", "Synthetic objective: resilience",
        "Synthetic objective: procurement"};

    private Commitments() {
    }

    /** The id of the commitment with this index (from 0) among {@code count}. */
    public static String id(int index, int count) {
        return "SYN-" + Draw.number(index + 1, count);
    }

    public static List<Commitment> generate(int count, Provenance provenance, Draw draw) {
        List<String> kinds = List.copyOf(Kinds.all());
        List<Commitment> commitments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String kind = draw.pick(kinds);
            Stage stage = draw.pick(Stage.values());
            LocalDate updated = draw.day(ENDORSED, 300);
            List<String> followUps = i > 0 && draw.chance(0.1) ? List.of(id(draw.below(i), count)) : List.of();
            commitments.add(new Commitment(id(i, count), "Synthetic commitment " + (i + 1) + " (" + kind + ")",
                    "Synthetic text, generated for scale tests; not a real commitment.", kind,
                    "Synthetic owner " + (1 + draw.below(12)), draw.pick(OBJECTIVES), provenance, stage,
                    stage == Stage.CLOSED ? "Synthetic reason for closing" : "",
                    draw.chance(0.5) ? draw.day(updated, 900) : null,
                    Kinds.isSoft(kind) && draw.chance(0.6) ? draw.day(updated, 400) : null, followUps,
                    draw.pick(Confidence.values()), "", updated));
        }
        return commitments;
    }
}
