package org.strategyworkbench.returns.internal;

import java.util.List;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.commitments.Commitment;

/**
 * Everything one ally's template shows.
 *
 * @param ally the ally
 * @param round the round's name
 * @param revision the workspace revision it is made from
 * @param made the day it is made, ISO
 * @param commitments every commitment, for the drop-down list and the reference sheet
 * @param actions the ally's actions, by commitment then id
 * @param newRows how many empty rows for new actions
 * @param record the rows of the signed hidden record
 */
record TemplateContent(Ally ally, String round, long revision, String made, List<Commitment> commitments,
        List<Action> actions, int newRows, List<List<String>> record) {

    TemplateContent {
        commitments = List.copyOf(commitments);
        actions = List.copyOf(actions);
        record = List.copyOf(record);
    }

    /** The last row of the actions sheet that takes input. */
    int lastRow() {
        return 1 + actions.size() + newRows;
    }
}
