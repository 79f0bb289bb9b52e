package org.strategyworkbench.returns;

import java.time.LocalDate;

/**
 * A round of delegation returns: the templates issued for it, and the returns it accepts. Only
 * the latest round issued accepts returns; a return made for an older round is refused.
 * Immutable; stored under {@link ReturnRoundType#TYPE} by {@link Returns#issue}.
 *
 * @param name the round's name and id, for example {@code "Autumn 2026"}
 * @param issued the day its templates were first issued
 * @param revision the workspace revision at which it was issued; rounds issued later have higher ones
 * @since 1.0
 */
public record ReturnRound(String name, LocalDate issued, long revision) {
}
