package org.strategyworkbench.allies.ui.internal;

import java.time.Instant;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/** Ids and change stamps of actions recorded in the workbench. */
final class ActionIds {

    private ActionIds() {
    }

    /** The next free id of an ally's actions: {@code NOR-1}, {@code NOR-2}, …. */
    static String next(WorkspaceSnapshot snapshot, String ally) {
        int max = 0;
        for (String id : snapshot.ids(ActionEntityType.NAME)) {
            if (id.startsWith(ally + "-")) {
                try {
                    max = Math.max(max, Integer.parseInt(id.substring(ally.length() + 1)));
                } catch (NumberFormatException ignored) {
                    // another id pattern
                }
            }
        }
        return ally + "-" + (max + 1);
    }

    static LastChange now() {
        return new LastChange("workbench: " + System.getProperty("user.name", "user"), Instant.now());
    }
}
