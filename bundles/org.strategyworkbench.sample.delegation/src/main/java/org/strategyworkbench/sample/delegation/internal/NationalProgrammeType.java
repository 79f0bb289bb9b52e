package org.strategyworkbench.sample.delegation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * The {@link NationalProgramme} entity type: registered as an {@link EntityType} service, so the
 * workspace validates, stores, audits and undoes programmes like the product's own records.
 */
@Component(service = EntityType.class)
public final class NationalProgrammeType implements EntityType<NationalProgramme> {

    /** The instance the plugin's code reads and edits programmes with. */
    public static final NationalProgrammeType TYPE = new NationalProgrammeType();
    /** The type's name, which is also its folder in the workspace. */
    public static final String NAME = "national-programme";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<NationalProgramme> entityClass() {
        return NationalProgramme.class;
    }

    @Override
    public String idOf(NationalProgramme programme) {
        return programme.id();
    }

    @Override
    public String partitionOf(NationalProgramme programme) {
        return programme.ally();
    }

    @Override
    public List<Problem> check(NationalProgramme p) {
        List<Problem> problems = new ArrayList<>();
        require(problems, p, "id", p.id() != null && !p.id().isBlank(), "is required");
        require(problems, p, "ally", p.ally() != null && p.ally().matches("[A-Z]{3}"), "must be an ally's alpha-3 code");
        require(problems, p, "title", p.title() != null && !p.title().isBlank(), "is required");
        require(problems, p, "end", p.start() == null || p.end() == null || !p.end().isBefore(p.start()),
                "is before the start");
        require(problems, p, "budget", p.budget() == null || p.budget().compareTo(BigDecimal.ZERO) >= 0,
                "cannot be negative");
        require(problems, p, "currency", p.budget() == null ? p.currency().isEmpty() : p.currency().matches("[A-Z]{3}"),
                p.budget() == null ? "is given without a budget" : "must be an ISO 4217 code such as EUR");
        return problems;
    }

    private static void require(List<Problem> problems, NationalProgramme p, String field, boolean ok, String message) {
        if (!ok) {
            problems.add(Problem.error(NAME, p.id(), field, message));
        }
    }
}
