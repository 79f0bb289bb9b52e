package org.strategyworkbench.returns.internal;

import java.util.Optional;

/**
 * A returned file as read: its trusted record and its actions sheet, or the reason the file is
 * refused as a whole.
 *
 * @param record the signed record, verified
 * @param actions the cells of the actions sheet
 * @param date1904 whether the workbook counts dates from 1904
 * @param refusal why the file is refused, or {@code ""}
 */
record ReturnFile(Optional<TemplateRecord> record, Grid actions, boolean date1904, String refusal) {

    static ReturnFile refused(String reason) {
        return new ReturnFile(Optional.empty(), new Grid(TemplateWriter.ACTIONS), false, reason);
    }
}
