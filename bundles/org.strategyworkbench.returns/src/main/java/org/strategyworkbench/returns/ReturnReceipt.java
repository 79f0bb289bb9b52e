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
     * A new row of a return and the action it became.
     *
     * @param row the row number on the actions sheet
     * @param action the action's id
     */
    public record NewRow(int row, String action) {
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
