package org.strategyworkbench.sample.delegation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A national space programme: the plugin's own entity type, stored by the workspace like any
 * other (in {@code national-programme/<ALLY>.json}).
 *
 * @param id stable id, for example {@code "NOR-P01"}
 * @param ally the ally's ISO 3166 alpha-3 code
 * @param title the programme's name
 * @param agency the national body that runs it
 * @param commitments ids of the commitments of the strategy it serves
 * @param start when it started, or null
 * @param end when it ends, or null
 * @param budget the budget, or null
 * @param currency ISO 4217 code of the budget, required with a budget
 */
public record NationalProgramme(String id, String ally, String title, String agency, List<String> commitments,
        LocalDate start, LocalDate end, BigDecimal budget, String currency) {

    public NationalProgramme {
        agency = agency == null ? "" : agency;
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        currency = currency == null ? "" : currency;
    }
}
