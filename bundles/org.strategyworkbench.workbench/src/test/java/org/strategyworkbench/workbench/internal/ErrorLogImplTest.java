package org.strategyworkbench.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.strategyworkbench.workbench.service.LogEntry;

class ErrorLogImplTest {

    @Test
    void keepsTheLatestThousandEntriesWithTheirStackTraces() {
        ErrorLogImpl log = new ErrorLogImpl();
        for (int i = 0; i < ErrorLogImpl.CAPACITY + 5; i++) {
            log.log(LogEntry.Level.WARNING, null, "entry " + i, i == ErrorLogImpl.CAPACITY + 4 ? new IllegalStateException("boom") : null);
        }
        assertEquals(ErrorLogImpl.CAPACITY, log.entries().size());
        assertEquals("entry 5", log.entries().get(0).message());
        LogEntry last = log.entries().get(ErrorLogImpl.CAPACITY - 1);
        assertTrue(last.detail().startsWith("java.lang.IllegalStateException: boom"), last.detail());
        log.clear();
        assertEquals(0, log.entries().size());
    }

    @Test
    void aGuardedCallThatThrowsIsLoggedAndReturnedNotThrown() {
        ErrorLogImpl log = new ErrorLogImpl();
        Guard guard = new Guard(log);
        Guard.Result<String> result = guard.call(null, "View 'Broken'", () -> {
            throw new IllegalArgumentException("no such field");
        });
        assertEquals("IllegalArgumentException: no such field", Guard.message(result.failure()));
        assertEquals("View 'Broken' failed: IllegalArgumentException: no such field", log.entries().get(0).message());
        assertEquals("fine", guard.call(null, "View 'Fine'", () -> "fine").value());
        assertEquals(null, Guard.current(), "no blame is left behind");
    }
}
