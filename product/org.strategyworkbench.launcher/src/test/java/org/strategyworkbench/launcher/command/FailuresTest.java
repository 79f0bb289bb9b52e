package org.strategyworkbench.launcher.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void aWrapperThatAddsNothingIsLookedThrough() {
        IOException locked = new IOException("the workspace /ws is open in another process (process 7); close it there first");
        assertEquals(locked.getMessage(), Failures.describe(new UncheckedIOException(locked.getMessage(), locked)));
        assertEquals(locked.getMessage(), Failures.describe(new RuntimeException(new InvocationTargetException(locked))));
    }

    @Test
    void aWrapperWithItsOwnMessageIsKept() {
        assertEquals("the edit \"Freeze\" could not be saved in /ws: the disk is full", Failures.describe(new UncheckedIOException(
                "the edit \"Freeze\" could not be saved in /ws: the disk is full", new IOException("No space left on device"))));
    }

    @Test
    void filesAreNamedWithWhatIsWrongWithThem() {
        assertEquals("/ws/a.json does not exist", Failures.describe(new UncheckedIOException(new NoSuchFileException("/ws/a.json"))));
        assertEquals("access to /out was denied: check its permissions", Failures.describe(new AccessDeniedException("/out")));
        assertEquals("/out/p.xlsx: the disk is full",
                Failures.describe(new FileSystemException("/out/p.xlsx", null, "No space left on device")));
    }

    @Test
    void javaClassNamesNeverReachTheUser() {
        assertEquals("Unexpected character ('x' (code 120))", Failures.describe(
                new IllegalStateException("com.fasterxml.jackson.core.JsonParseException: Unexpected character ('x' (code 120))")));
        assertEquals("an internal error occurred; please report it with the command that was run",
                Failures.describe(new NullPointerException("Cannot invoke \"String.length()\"")));
        assertEquals("an unexpected error occurred; please report it with the command that was run",
                Failures.describe(new IllegalStateException()));
        assertEquals("the disk is full", Failures.describe(new IOException("No space left on device")));
    }
}
