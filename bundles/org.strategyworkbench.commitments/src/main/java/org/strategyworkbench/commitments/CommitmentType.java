package org.strategyworkbench.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * The commitment entity type. Use {@link #TYPE} to read commitments from a snapshot; the
 * commitments bundle registers it as a service. Stateless; safe to use from any thread.
 *
 * <p>Commitments are kept in one file. {@link #check check} reports as errors: an id not like
 * {@code CSS-07}, a missing title, stage, provenance or updated date, an unknown kind, a closed
 * commitment without a reason, and a commitment that follows up on itself.
 *
 * @since 1.0
 */
public class CommitmentType implements EntityType<Commitment> {

    /** The instance to read and edit entities of this type with. */
    public static final CommitmentType TYPE = new CommitmentType();
    /** The type's name, also its file name in a workspace. */
    public static final String NAME = "commitment";

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*-[0-9A-Za-z-]+");

    /** For the bundle's own service component; everyone else uses {@link #TYPE}. */
    protected CommitmentType() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Commitment> entityClass() {
        return Commitment.class;
    }

    @Override
    public String idOf(Commitment commitment) {
        return commitment.id();
    }

    @Override
    public List<Problem> check(Commitment c) {
        List<Problem> problems = new ArrayList<>();
        if (c.id() == null || !ID.matcher(c.id()).matches()) {
            problems.add(Problem.error(NAME, c.id(), "id", "must look like CSS-07 (letters, a hyphen, a number)"));
        }
        if (c.title() == null || c.title().isBlank()) {
            problems.add(Problem.error(NAME, c.id(), "title", "is required"));
        }
        if (c.strength().isEmpty()) {
            problems.add(Problem.error(NAME, c.id(), "kind", "\"" + c.kind() + "\" is not a known kind; known kinds: "
                    + String.join(", ", Kinds.all())));
        }
        if (c.stage() == null) {
            problems.add(Problem.error(NAME, c.id(), "stage", "is required"));
        } else if (c.stage() == Stage.CLOSED && c.closedReason().isBlank()) {
            problems.add(Problem.error(NAME, c.id(), "closedReason", "a closed commitment needs the reason it was closed"));
        }
        if (c.provenance() == null) {
            problems.add(Problem.error(NAME, c.id(), "provenance", "is required: say where the commitment is stated"));
        }
        if (c.followUps().contains(c.id())) {
            problems.add(Problem.error(NAME, c.id(), "followUps", "a commitment cannot follow up on itself"));
        }
        if (c.updated() == null) {
            problems.add(Problem.error(NAME, c.id(), "updated", "is required"));
        }
        return problems;
    }
}
