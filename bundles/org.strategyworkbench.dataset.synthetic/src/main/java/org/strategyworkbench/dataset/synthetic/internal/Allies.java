package org.strategyworkbench.dataset.synthetic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.MaturityTier;

/**
 * The allies of a synthetic workspace: the 32 NATO allies first, as they are (nothing is assessed
 * for them), then synthetic allies with ISO 3166 user-assigned codes XAA to XZZ, which name no
 * country.
 */
public final class Allies {

    private static final String[][] NATO = {
        {"BEL", "Belgium", "1949-08-24"}, {"CAN", "Canada", "1949-08-24"}, {"DNK", "Denmark", "1949-08-24"},
        {"FRA", "France", "1949-08-24"}, {"ISL", "Iceland", "1949-08-24"}, {"ITA", "Italy", "1949-08-24"},
        {"LUX", "Luxembourg", "1949-08-24"}, {"NLD", "Netherlands", "1949-08-24"}, {"NOR", "Norway", "1949-08-24"},
        {"PRT", "Portugal", "1949-08-24"}, {"GBR", "United Kingdom", "1949-08-24"},
        {"USA", "United States", "1949-08-24"}, {"GRC", "Greece", "1952-02-18"}, {"TUR", "Türkiye", "1952-02-18"},
        {"DEU", "Germany", "1955-05-06"}, {"ESP", "Spain", "1982-05-30"}, {"CZE", "Czechia", "1999-03-12"},
        {"HUN", "Hungary", "1999-03-12"}, {"POL", "Poland", "1999-03-12"}, {"BGR", "Bulgaria", "2004-03-29"},
        {"EST", "Estonia", "2004-03-29"}, {"LVA", "Latvia", "2004-03-29"}, {"LTU", "Lithuania", "2004-03-29"},
        {"ROU", "Romania", "2004-03-29"}, {"SVK", "Slovakia", "2004-03-29"}, {"SVN", "Slovenia", "2004-03-29"},
        {"ALB", "Albania", "2009-04-01"}, {"HRV", "Croatia", "2009-04-01"}, {"MNE", "Montenegro", "2017-06-05"},
        {"MKD", "North Macedonia", "2020-03-27"}, {"FIN", "Finland", "2023-04-04"}, {"SWE", "Sweden", "2024-03-07"},
    };

    /** How many real allies there are; more are synthetic. */
    public static final int REAL = NATO.length;

    private Allies() {
    }

    public static List<Ally> generate(int count, Draw draw) {
        List<Ally> allies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            allies.add(i < REAL ? real(NATO[i]) : synthetic(i - REAL, draw));
        }
        return allies;
    }

    private static Ally real(String[] row) {
        LocalDate joined = LocalDate.parse(row[2]);
        return new Ally(row[0], row[1], joined.getYear(), joined, MaturityTier.NOT_ASSESSED);
    }

    private static Ally synthetic(int index, Draw draw) {
        String code = "X" + (char) ('A' + index / 26) + (char) ('A' + index % 26);
        return new Ally(code, "Synthetic ally " + code, 2025, null, draw.pick(MaturityTier.values()));
    }
}
