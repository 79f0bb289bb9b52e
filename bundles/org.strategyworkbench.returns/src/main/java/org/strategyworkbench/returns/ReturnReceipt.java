package org.strategyworkbench.returns;

import java.util.List;

/**
 * The record that a template's return was imported, so that importing it again, or a corrected
 * copy of it, finds the actions its new rows became instead of adding them twice.
 *
 * @param id the template's own id, from its hidden record
 * @param ally the ally
 * @param round the round
 * @param file the name of the file last imported
 * @param digest the SHA-256 of that file, in hex
 * @param newRows the actions the template's new rows became
 * @since 1.0
 */
public record ReturnReceipt(String id, String ally, String round, String file, String digest, List<NewRow> newRows) {

    /**
     * A new row of a return, the action it became, and what the row said in each import that
     * changed it: an import of the same template whose row says what a later import replaced is
     * older than what is on record, and is refused for that row.
     *
     * @param row the row number on the actions sheet
     * @param action the action's id
     * @param returned the row's values in each import that changed it, oldest first: the text of
     *        each editable column in sheet order (Commitment to Evidence), as the import compares
     *        them; empty for a row recorded before 1.1
     * @since 1.1
     */
    public record NewRow(int row, String action, List<List<String>> returned) {

        /**
         * Creates a new row; null returned values are taken as none, and copied.
         *
         * @param row the row number on the actions sheet
         * @param action the action's id
         * @param returned the row's values in each import that changed it, oldest first
         */
        public NewRow {
            returned = returned == null ? List.of() : returned.stream().map(List::copyOf).toList();
        }

        /**
         * Creates a new row without its returned values.
         *
         * @param row the row number on the actions sheet
         * @param action the action's id
         */
        public NewRow(int row, String action) {
            this(row, action, List.of());
        }
    }

    /**
     * Creates a receipt; applying an import plan stores one.
     *
     * @param id the template's own id; also the receipt's id
     * @param ally the ally's ISO 3166 alpha-3 code; also the partition
     * @param round the round's name
     * @param file the name of the file last imported
     * @param digest the SHA-256 of that file, in hex
     * @param newRows the actions the template's new rows became; null is taken as none, copied
     */
    public ReturnReceipt {
        newRows = newRows == null ? List.of() : List.copyOf(newRows);
    }
}
