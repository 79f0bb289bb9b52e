package org.strategyworkbench.actions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * The action entity type, stored one file per ally (the partition is the ally's code). The
 * actions bundle registers it as a service. Stateless; safe to use from any thread.
 *
 * <p>{@link #check check} reports as errors: an ally that is not three capital letters, a missing
 * commitment, type, status, title or last change, an end before the start, a negative amount, a
 * currency that is not an ISO 4217 code with an amount, and a currency without one. Unknown allies
 * and commitments are reported by the actions bundle's checks across the workspace.
 *
 * @since 1.0
 */
public class ActionEntityType implements EntityType<Action> {

    /** The instance to read and edit entities of this type with. */
    public static final ActionEntityType TYPE = new ActionEntityType();
    /** The type's name. */
    public static final String NAME = "action";

    /** For the bundle's own service component; everyone else uses {@link #TYPE}. */
    protected ActionEntityType() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Action> entityClass() {
        return Action.class;
    }

    @Override
    public String idOf(Action action) {
        return action.id();
    }

    @Override
    public String partitionOf(Action action) {
        return action.ally();
    }

    @Override
    public List<Problem> check(Action a) {
        List<Problem> p = new ArrayList<>();
        require(p, a, "ally", a.ally() != null && a.ally().matches("[A-Z]{3}"), "must be an ally's alpha-3 code");
        require(p, a, "commitment", a.commitment() != null && !a.commitment().isBlank(), "is required");
        require(p, a, "type", a.type() != null, "is required");
        require(p, a, "status", a.status() != null, "is required");
        require(p, a, "title", a.title() != null && !a.title().isBlank(), "is required");
        require(p, a, "lastChange", a.lastChange() != null, "is required");
        require(p, a, "end", a.start() == null || a.end() == null || !a.end().isBefore(a.start()),
                "is before the start");
        require(p, a, "amount", a.amount() == null || a.amount().compareTo(BigDecimal.ZERO) >= 0, "cannot be negative");
        require(p, a, "currency", a.amount() == null ? a.currency().isEmpty() : a.currency().matches("[A-Z]{3}"),
                a.amount() == null ? "is given without an amount" : "must be an ISO 4217 code such as EUR");
        return p;
    }

    private static void require(List<Problem> problems, Action a, String field, boolean ok, String message) {
        if (!ok) {
            problems.add(Problem.error(NAME, a.id(), field, message));
        }
    }
}
