package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;

/** The returns UI contributes its command to the workbench through the public contribution API. */
class ReturnsUiTest {

    @InjectBundleContext
    BundleContext context;

    @Test
    void importReturnsIsACommandOfTheFileMenu() throws Exception {
        ServiceReference<?>[] found = Await.value("the Import Returns command", () -> {
            try {
                return java.util.Optional.ofNullable(context.getServiceReferences((String) null, "(workbench.command.id=returns.import)"));
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(1, found.length);
        assertEquals("Import Returns…", found[0].getProperty("workbench.command.label"));
        Object locations = found[0].getProperty("workbench.command.locations");
        assertTrue(List.of((String[]) locations).contains("file/import"), String.valueOf(locations));
        assertTrue(List.of((String[]) found[0].getProperty("objectClass"))
                .contains("org.strategyworkbench.workbench.contribution.CommandHandler"));
    }
}
