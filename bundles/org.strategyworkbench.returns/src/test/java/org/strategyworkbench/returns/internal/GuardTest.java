package org.strategyworkbench.returns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

/** What the import boundary says when reading a file fails: words for the secretariat, never a class name. */
class GuardTest {

    @Test
    void anUnexpectedFailureIsWordedWithoutItsClassOrInternals() {
        String message = Guard.describe(new IllegalStateException("Cannot invoke \"String.length()\" because \"<local4>\" is null"));
        assertFalse(message.contains("Exception") || message.contains("String.length") || message.contains("local4"), message);
        assertTrue(message.startsWith("it could not be read: ") && message.contains("ask for the file again"), message);
    }

    @Test
    void aWrappedIoFailureKeepsItsWordsButNotItsClassNames() {
        String message = Guard.describe(new IOException(new ZipException("invalid CEN header (bad entry name)")));
        assertEquals("it is damaged or incomplete (invalid CEN header (bad entry name)); ask for the file again", message);
    }

    @Test
    void aFailureThrownWhileReadingComesBackAsAFailureWithWords() {
        var failure = org.junit.jupiter.api.Assertions.assertThrows(Guard.Failure.class, () -> Guard.run("x.xlsx",
                Duration.ofSeconds(5), () -> {
                    throw new UncheckedIOException(new IOException("java.nio.file.AccessDeniedException: x.xlsx"));
                }));
        assertFalse(failure.getMessage().contains("Exception"), failure.getMessage());
    }
}
