package org.strategyworkbench.returns.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.function.BiConsumer;
import org.strategyworkbench.actions.Action;

/**
 * Merges what a return says for one row with what is on record, field by field, against what the
 * row said before (its base): a field the return leaves at its base keeps the value on record; a
 * field changed on one side only takes that change; a field changed on both sides differently is a
 * conflict. For a row imported before, a field saying what a later import replaced is a conflict
 * too: the return is older than what is on record.
 */
final class RowMerge {

    private RowMerge() {
    }

    /** A row of an action the template was made with: the base is the action as issued. */
    static EnumMap<Field, String> sinceIssued(List<String> issued, Action now, EnumMap<Field, String> wanted,
            BiConsumer<Field, String> conflict) {
        return merge(issued, List.of(), now, wanted, conflict, "since the template was made");
    }

    /** A new row imported before: the base is what its last import said; earlier imports said older values. */
    static EnumMap<Field, String> sinceImported(List<List<String>> imported, Action now, EnumMap<Field, String> wanted,
            BiConsumer<Field, String> conflict) {
        int last = imported.size() - 1;
        return merge(imported.get(last), imported.subList(0, last), now, wanted, conflict,
                "since this row was last imported");
    }

    /** The merged values, or null after reporting every conflict. */
    private static EnumMap<Field, String> merge(List<String> base, List<List<String>> older, Action current,
            EnumMap<Field, String> wanted, BiConsumer<Field, String> conflict, String since) {
        EnumMap<Field, String> target = new EnumMap<>(Field.class);
        boolean clash = false;
        for (Field f : Field.values()) {
            String was = value(base, f);
            String now = f.of(current);
            String want = wanted.get(f);
            if (want.equals(was)) {
                target.put(f, now);
            } else if (!now.equals(want) && older.stream().anyMatch(o -> value(o, f).equals(want))) {
                clash = true;
                conflict.accept(f, "says '" + q(want) + "', which an earlier return of this template said before a later"
                        + " one changed it to '" + q(was) + "': this return is older than what is on record ('" + q(now)
                        + "'); import the latest return, or settle it with the delegation");
            } else if (now.equals(was) || now.equals(want)) {
                target.put(f, want);
            } else {
                clash = true;
                conflict.accept(f, "changed on record " + since + " (from '" + q(was) + "' to '" + q(now)
                        + "') while the return says '" + q(want) + "'; settle it with the delegation");
            }
        }
        return clash ? null : target;
    }

    private static String value(List<String> values, Field f) {
        return f.ordinal() < values.size() ? values.get(f.ordinal()) : "";
    }

    private static String q(String text) {
        return CellParser.shorten(text);
    }
}
