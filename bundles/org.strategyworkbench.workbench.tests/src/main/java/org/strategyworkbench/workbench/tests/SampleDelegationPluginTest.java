package org.strategyworkbench.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.swing.JTable;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.workbench.service.Workbench;

/**
 * The sample delegation plugin, the real jar a delegation would drop in, installed into the open
 * window: its view follows the workspace, its commands are in the menu, its entity type stores
 * records in the workspace; uninstalled, all of it is gone.
 */
class SampleDelegationPluginTest {

    private static final String VIEW = "org.strategyworkbench.sample.delegation.activity";
    private static final String SHOW = "org.strategyworkbench.sample.delegation.show";
    private static final String IMPORT = "org.strategyworkbench.sample.delegation.import";
    private static final String PROGRAMME = "national-programme";

    @InjectBundleContext
    BundleContext context;

    @InjectService
    Workbench workbench;

    @InjectService
    Workspace workspace;

    @Test
    void theSamplePluginsViewCommandsAndEntityTypeComeAndGoWithItsBundle() throws Exception {
        try (WindowDriver window = WindowDriver.open(context)) {
            Bundle plugin;
            try (InputStream jar = getClass().getResourceAsStream("/plugins/sample-delegation.jar")) {
                plugin = context.installBundle("test:sample-delegation", jar);
            }
            plugin.start();
            try {
                window.await("part:" + VIEW, true);
                window.await("command:" + SHOW, true);
                window.await("command:" + IMPORT, true);
                assertTrue(WindowDriver.edt(() -> workbench.execute(SHOW)));
                theViewFollowsTheWorkspace(window);
                theEntityTypeStoresRecordsInTheWorkspace(plugin);
            } finally {
                plugin.uninstall();
            }
            window.await("part:" + VIEW, false);
            window.await("command:" + SHOW, false);
            window.await("command:" + IMPORT, false);
            assertEquals(Optional.empty(), programmeType(), "the entity type went with its bundle");
        }
    }

    private void theViewFollowsTheWorkspace(WindowDriver window) throws Exception {
        JTable table = (JTable) WindowDriver.await("the plugin's table", () -> window.find("national:actions"));
        String ally = workspace.snapshot().all(AllyType.TYPE).get(0).code();
        String commitment = workspace.snapshot().all(CommitmentType.TYPE).get(0).id();
        int before = WindowDriver.edt(table::getRowCount);
        Action added = new Action(ally + "-PLUGIN-TEST", ally, commitment, ActionType.OTHER, ActionStatus.PLANNED,
                "Recorded while the plugin's view is open", null, null, null, null, null, null, null, true,
                new LastChange("test", Instant.now()));
        workspace.apply(Edit.named("Add a test action").put(ActionEntityType.TYPE, added).build());
        try {
            WindowDriver.awaitTrue("the view to show the new action", () -> rows(table) == before + 1);
        } finally {
            workspace.apply(Edit.named("Remove the test action").remove(ActionEntityType.TYPE, added.id()).build());
        }
        WindowDriver.awaitTrue("the view to drop the removed action", () -> rows(table) == before);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void theEntityTypeStoresRecordsInTheWorkspace(Bundle plugin) throws Exception {
        EntityType type = WindowDriver.await("the plugin's entity type", this::programmeType);
        Class<?> record = plugin.loadClass("org.strategyworkbench.sample.delegation.internal.NationalProgramme");
        Object programme = record.getConstructors()[0].newInstance("NOR-P99", "NOR", "Arctic watch", "Space agency",
                List.of(), null, null, null, null);
        workspace.apply(Edit.named("Add a national programme").put(type, programme).build());
        try {
            assertTrue(workspace.snapshot().get(type, "NOR-P99").isPresent());
            assertTrue(Files.exists(workspace.folder().resolve(Path.of(PROGRAMME, "NOR.json"))), "stored like any type");
        } finally {
            workspace.apply(Edit.named("Remove the national programme").remove(type, "NOR-P99").build());
        }
    }

    private static int rows(JTable table) {
        try {
            return WindowDriver.edt(table::getRowCount);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("rawtypes")
    private Optional<EntityType<?>> programmeType() throws Exception {
        for (ServiceReference<EntityType> ref : context.getServiceReferences(EntityType.class, null)) {
            EntityType<?> type = context.getService(ref);
            try {
                if (type != null && PROGRAMME.equals(type.name())) {
                    return Optional.of(type);
                }
            } finally {
                context.ungetService(ref);
            }
        }
        return Optional.empty();
    }
}
