package org.strategyworkbench.returns.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.returns.ReturnReceipt;
import org.strategyworkbench.returns.ReturnReceiptType;
import org.strategyworkbench.returns.RowChange;

/**
 * What the receipts of a template record: which action each new row became and what the row said
 * in each import that changed it, in the order the imports were applied. That order, not anything
 * a file says about itself, tells an older return from a newer one.
 */
final class Receipts {

    private Receipts() {
    }

    /** The template's new rows imported before: row → what it became and said. */
    static Map<Integer, ReturnReceipt.NewRow> newRows(WorkspaceSnapshot snapshot, String template) {
        Map<Integer, ReturnReceipt.NewRow> rows = new TreeMap<>();
        snapshot.get(ReturnReceiptType.TYPE, template).ifPresent(r -> r.newRows().forEach(n -> rows.put(n.row(), n)));
        return rows;
    }

    /** A row's values as a receipt keeps them: the canonical text of each field, in column order. */
    static List<String> values(EnumMap<Field, String> values) {
        return java.util.Arrays.stream(Field.values()).map(f -> values.getOrDefault(f, "")).toList();
    }

    /**
     * The receipt an import leaves: the earlier one's new rows, each new row the import adds or
     * changes with what it said appended to its history.
     *
     * @param returned the new rows of the file: row → values
     */
    static ReturnReceipt next(WorkspaceSnapshot snapshot, TemplateRecord record, String file, String digest,
            List<RowChange> rows, Map<Integer, List<String>> returned) {
        Map<Integer, ReturnReceipt.NewRow> byRow = newRows(snapshot, record.template());
        for (RowChange r : rows) {
            List<String> values = returned.get(r.row());
            if (r.kind() == RowChange.Kind.UNCHANGED || values == null) {
                continue;
            }
            List<List<String>> history = new ArrayList<>(Optional.ofNullable(byRow.get(r.row()))
                    .map(ReturnReceipt.NewRow::returned).orElse(List.of()));
            if (history.isEmpty() || !history.get(history.size() - 1).equals(values)) {
                history.add(values);
            }
            byRow.put(r.row(), new ReturnReceipt.NewRow(r.row(), r.actionId(), history));
        }
        return new ReturnReceipt(record.template(), record.ally(), record.round(), file, digest, List.copyOf(byRow.values()));
    }
}
