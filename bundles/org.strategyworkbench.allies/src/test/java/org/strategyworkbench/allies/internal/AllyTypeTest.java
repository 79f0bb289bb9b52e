package org.strategyworkbench.allies.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.allies.MaturityTier;
import org.strategyworkbench.core.problems.Problem;

class AllyTypeTest {

    private static List<String> fields(Ally ally) {
        return AllyType.TYPE.check(ally).stream().map(Problem::field).toList();
    }

    @Test
    void aWellFormedAllyPasses() {
        assertEquals(List.of(), fields(new Ally("NOR", "Norway", 1949, LocalDate.of(1949, 8, 24), null)));
    }

    @Test
    void codeNameAndAccessionAreChecked() {
        assertEquals(List.of("code", "name", "accessionYear"), fields(new Ally("Norway", "", 1900, null, null)));
        assertEquals(List.of("accessionDate"), fields(new Ally("FIN", "Finland", 2023, LocalDate.of(2024, 4, 4), null)));
    }

    @Test
    void theTierDefaultsToNotAssessedAndStaffCanSetIt() {
        Ally ally = new Ally("EST", "Estonia", 2004, null, null);
        assertEquals(MaturityTier.NOT_ASSESSED, ally.tier());
        assertEquals(MaturityTier.DEVELOPING, ally.withTier(MaturityTier.DEVELOPING).tier());
    }
}
