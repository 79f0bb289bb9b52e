package org.strategyworkbench.console.internal;

import java.io.PrintStream;
import java.util.List;

/** Prints bundle rows as an aligned table, problems indented under their bundle. */
final class BundleTable {

    private BundleTable() {
    }

    static void print(List<BundleRow> rows, PrintStream out) {
        int nameWidth = rows.stream().mapToInt(r -> r.symbolicName().length()).max().orElse(10);
        String format = "%4s  %-11s  %-" + nameWidth + "s  %s%n";
        out.printf(format, "ID", "STATE", "SYMBOLIC NAME", "VERSION");
        for (BundleRow row : rows) {
            out.printf(format, row.id(), row.state(), row.symbolicName(), row.version());
            row.problem().ifPresent(p -> out.println("      ! " + p));
        }
        long running = rows.stream().filter(BundleRow::running).count();
        out.println(running + " of " + rows.size() + " bundles running");
    }
}
