package org.strategyworkbench.commitments;

import java.time.LocalDate;

/**
 * The strategy a workspace tracks. Immutable; stored under {@link StrategyType#TYPE}.
 *
 * @param id stable id, for example {@code "nato-css"}
 * @param name its name
 * @param endorsed when it was endorsed
 * @param endorsedBy by whom
 * @param released when it was made public, or null
 * @param releasedAt where it was made public
 * @param officialUrl where the official text is published
 * @since 1.0
 */
public record Strategy(String id, String name, LocalDate endorsed, String endorsedBy, LocalDate released,
        String releasedAt, String officialUrl) {
}
