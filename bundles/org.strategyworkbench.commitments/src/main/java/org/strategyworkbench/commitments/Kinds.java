package org.strategyworkbench.commitments;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The verbs a commitment can have, and the strength each implies. Soft: explore, study, assess,
 * consider, prioritise, coordinate, leverage, ensure, encourage, promote, foster, seek, require.
 * Concrete: establish, develop, create, implement, integrate, participate. Kinds are matched in
 * any case. Safe to use from any thread.
 *
 * @since 1.0
 */
public final class Kinds {

    private static final Map<String, Strength> KINDS = new TreeMap<>();

    static {
        for (String soft : new String[] {"explore", "study", "assess", "consider", "prioritise", "coordinate",
            "leverage", "ensure", "encourage", "promote", "foster", "seek", "require"}) {
            KINDS.put(soft, Strength.SOFT);
        }
        for (String concrete : new String[] {"establish", "develop", "create", "implement", "integrate",
            "participate"}) {
            KINDS.put(concrete, Strength.CONCRETE);
        }
    }

    private Kinds() {
    }

    /**
     * The strength a kind implies.
     *
     * @param kind a verb in any case, or null
     * @return the strength, or empty for null or a verb that is not a known kind
     */
    public static Optional<Strength> strengthOf(String kind) {
        return kind == null ? Optional.empty() : Optional.ofNullable(KINDS.get(kind.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a kind is soft (explore, study, assess, …); an unknown kind is not.
     *
     * @param kind a verb in any case, or null
     * @return true for a known soft kind; false for a concrete kind, an unknown one or null
     */
    public static boolean isSoft(String kind) {
        return strengthOf(kind).orElse(Strength.CONCRETE) == Strength.SOFT;
    }

    /**
     * Every known kind, in alphabetical order.
     *
     * @return the kinds in lower case; do not change the set
     */
    public static Set<String> all() {
        return KINDS.keySet();
    }
}
