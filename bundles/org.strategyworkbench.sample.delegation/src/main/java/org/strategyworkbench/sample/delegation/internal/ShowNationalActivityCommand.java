package org.strategyworkbench.sample.delegation.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.workbench.contribution.CommandContext;
import org.strategyworkbench.workbench.contribution.CommandHandler;
import org.strategyworkbench.workbench.contribution.CommandProperties;

/** Tools › Show National Activity: opens (or brings forward) the plugin's view. */
@Component(service = CommandHandler.class)
@CommandProperties(id = ShowNationalActivityCommand.ID, label = "Show National Activity",
        description = "Opens the National Activity view of the delegation plugin", category = "National",
        locations = "tools/national", rank = 10)
public final class ShowNationalActivityCommand implements CommandHandler {

    /** The command's id. */
    public static final String ID = "org.strategyworkbench.sample.delegation.show";

    @Override
    public void execute(CommandContext context) {
        context.workbench().showView(NationalActivityView.ID);
    }
}
