package org.strategyworkbench.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyworkbench.workbench.contribution.Area;

class LayoutStateTest {

    @TempDir
    Path folder;

    @Test
    void onlyTheUsersChangesAreSavedAndReadBack() {
        LayoutState state = LayoutState.load(folder);
        state.theme("dark");
        state.close("p", "problems");
        state.open("p", "plugin.view", false);
        state.moved("p", "plugin.view", Area.LEFT);
        state.size("p", Area.BOTTOM, 0.4);
        assertEquals(Optional.empty(), state.save());

        LayoutState read = LayoutState.load(folder);
        assertEquals("dark", read.theme());
        assertEquals(Set.of("problems"), read.closed("p"));
        assertEquals(Set.of("plugin.view"), read.opened("p"));
        assertEquals(Optional.of(Area.LEFT), read.movedTo("p", "plugin.view"));
        assertEquals(Optional.of(0.4), read.size("p", Area.BOTTOM));
        assertEquals(Optional.empty(), read.movedTo("p", "problems"));
    }

    @Test
    void reopeningAClosedViewForgetsTheCloseAndClosingAnOpenedOneForgetsTheOpen() {
        LayoutState state = LayoutState.load(folder);
        state.close("p", "problems");
        state.open("p", "problems", true);
        assertEquals(Set.of(), state.closed("p"));
        assertEquals(Set.of(), state.opened("p"), "the perspective has it: nothing to remember");
        state.open("p", "extra", false);
        state.close("p", "extra");
        assertEquals(Set.of(), state.opened("p"));
        assertEquals(Set.of(), state.closed("p"));
    }

    @Test
    void resetForgetsOnePerspectiveOnly() {
        LayoutState state = LayoutState.load(folder);
        state.close("a", "x");
        state.close("b", "y");
        state.moved("a", "z", Area.RIGHT);
        state.reset("a");
        assertEquals(Set.of(), state.closed("a"));
        assertEquals(Optional.empty(), state.movedTo("a", "z"));
        assertEquals(Set.of("y"), state.closed("b"));
    }

    @Test
    void aDamagedFileIsSetAsideAndTheDefaultsAreUsed() throws Exception {
        Files.write(folder.resolve(LayoutState.FILE), "theme=dark\\u12".getBytes(StandardCharsets.ISO_8859_1));
        LayoutState state = LayoutState.load(folder);
        assertTrue(state.problem().orElseThrow().contains(LayoutState.FILE), state.problem().toString());
        assertEquals("light", state.theme());
        assertTrue(Files.exists(folder.resolve(LayoutState.FILE + ".unreadable")));
        assertEquals(Optional.empty(), state.save());
        assertFalse(LayoutState.load(folder).problem().isPresent());
    }

    @Test
    void anUnwritableFolderIsReportedNotThrown() throws Exception {
        Path file = folder.resolve("not-a-folder");
        Files.writeString(file, "x");
        Optional<String> problem = LayoutState.load(file).save();
        assertTrue(problem.isPresent() && problem.get().contains("could not be saved"), problem.toString());
    }
}
