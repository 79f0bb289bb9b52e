package org.strategyworkbench.allies.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.workbench.contribution.CommandContext;
import org.strategyworkbench.workbench.contribution.CommandHandler;
import org.strategyworkbench.workbench.contribution.CommandProperties;
import org.strategyworkbench.workbench.service.EntityRef;

/** File › New › Action: records what an ally does about a commitment (the selection pre-fills both). */
@Component(service = CommandHandler.class)
@CommandProperties(id = "actions.new", label = "New Action…", description = "Record an action of an ally on a commitment",
        category = "Allies", keys = "ctrl alt A", locations = "file/new", rank = 20)
public final class NewActionCommand implements CommandHandler {

    private final Workspace workspace;

    @Activate
    public NewActionCommand(@Reference Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void execute(CommandContext context) {
        String ally = "";
        String commitment = "";
        for (EntityRef ref : context.selection().itemsOf(EntityRef.class)) {
            if (ref.type().equals(AllyType.NAME)) {
                ally = ref.id();
            } else if (ref.type().equals(CommitmentType.NAME)) {
                commitment = ref.id();
            } else if (ref.type().equals(ActionEntityType.NAME)) {
                var action = workspace.snapshot().get(ActionEntityType.TYPE, ref.id());
                if (action.isPresent()) {
                    ally = action.get().ally();
                    commitment = action.get().commitment();
                }
            }
        }
        NewActionDialog.open(context.workbench(), context.window(), workspace, ally, commitment);
    }
}
