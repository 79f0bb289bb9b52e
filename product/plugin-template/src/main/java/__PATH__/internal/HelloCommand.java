package __NAME__.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.workbench.contribution.CommandContext;
import org.strategyworkbench.workbench.contribution.CommandHandler;
import org.strategyworkbench.workbench.contribution.CommandProperties;

/** Tools › Say Hello: shows the plugin's view and a message in the status line. */
@Component(service = CommandHandler.class)
@CommandProperties(id = "__NAME__.hello.command", label = "Say Hello", category = "__TITLE__",
        locations = "tools/__LOWER__")
public final class HelloCommand implements CommandHandler {

    @Override
    public void execute(CommandContext context) {
        context.workbench().showView(HelloView.ID);
        context.workbench().notifications().info("Hello from __TITLE__");
    }
}
