package org.strategyworkbench.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OpenFailureTest {

    @Test
    void aFullDiskSaysWhatCouldNotBeWrittenAndThatNothingChanged() {
        IOException full = new IOException("No space left on device");
        assertEquals("the workspace /ws could not be opened because the disk is full: nothing could be written there,"
                + " and nothing in the workspace was changed. Free some space and run validate again.",
                OpenFailure.describe(Path.of("/ws"), new UncheckedIOException(full.getMessage(), full), "validate"));
    }

    @Test
    void anyOtherFailureIsDescribedInWords() {
        IOException broken = new IOException("/ws/commitment.json:16 (entities[0].stage): not a stage");
        assertEquals(broken.getMessage(),
                OpenFailure.describe(Path.of("/ws"), new UncheckedIOException(broken.getMessage(), broken), "validate"));
    }
}
