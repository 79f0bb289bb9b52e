package org.strategyworkbench.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandPaletteTest {

    private static CommandPalette.Entry entry(String label) {
        return new CommandPalette.Entry(label, "Window", "", "", () -> { });
    }

    @Test
    void prefixesBeatWordsBeatSubstringsBeatLettersInOrder() {
        CommandPalette.Entry reset = entry("Reset Perspective");
        assertEquals(100, CommandPalette.score(reset, "reset"));
        assertEquals(80, CommandPalette.score(reset, "persp"));
        assertEquals(60, CommandPalette.score(reset, "et per"));
        assertEquals(40, CommandPalette.score(reset, "window"));
        assertEquals(10, CommandPalette.score(reset, "rp"));
        assertEquals(0, CommandPalette.score(reset, "xyz"));
        assertEquals(0, CommandPalette.score(reset, "pr"  + "z"));
    }

    @Test
    void anEmptyQueryListsEverything() {
        assertTrue(CommandPalette.score(entry("Exit"), "") > 0);
    }
}
