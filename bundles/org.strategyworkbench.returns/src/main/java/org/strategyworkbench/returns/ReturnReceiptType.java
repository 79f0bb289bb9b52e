package org.strategyworkbench.returns;

import java.util.ArrayList;
import java.util.List;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * The return-receipt entity type, stored one file per ally; registered by the returns bundle.
 * Stateless; safe to use from any thread. {@link #check check} requires the ally to be three
 * capital letters.
 *
 * @since 1.0
 */
public class ReturnReceiptType implements EntityType<ReturnReceipt> {

    /** The instance to read and edit entities of this type with. */
    public static final ReturnReceiptType TYPE = new ReturnReceiptType();
    /** The type's name. */
    public static final String NAME = "return-receipt";

    /** For the bundle's own service component; everyone else uses {@link #TYPE}. */
    protected ReturnReceiptType() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<ReturnReceipt> entityClass() {
        return ReturnReceipt.class;
    }

    @Override
    public String idOf(ReturnReceipt receipt) {
        return receipt.id();
    }

    @Override
    public String partitionOf(ReturnReceipt receipt) {
        return receipt.ally();
    }

    @Override
    public List<Problem> check(ReturnReceipt r) {
        List<Problem> problems = new ArrayList<>();
        if (r.ally() == null || !r.ally().matches("[A-Z]{3}")) {
            problems.add(Problem.error(NAME, r.id(), "ally", "must be an ally's alpha-3 code"));
        }
        return problems;
    }
}
