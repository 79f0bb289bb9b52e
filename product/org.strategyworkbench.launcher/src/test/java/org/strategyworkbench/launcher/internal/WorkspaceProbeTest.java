package org.strategyworkbench.launcher.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyworkbench.launcher.ChildJvm;

class WorkspaceProbeTest {

    @TempDir
    Path ws;

    @Test
    void aWorkspaceAnotherProcessHoldsIsRefusedNamingTheHolder() throws Exception {
        try (ChildJvm holder = ChildJvm.start(LockHolder.class, List.of(), ws.toString())) {
            holder.await("HELD");
            assertEquals(Optional.of("the workspace " + ws + " is open in another process (process " + holder.pid()
                    + " of tester); close it there first"), WorkspaceProbe.refusal(ws));
            holder.kill();
        }
        assertEquals(Optional.empty(), WorkspaceProbe.refusal(ws), "the lock dies with its process");
    }

    @Test
    void theProbeNeverCreatesTheLockFile() {
        assertEquals(Optional.empty(), WorkspaceProbe.refusal(ws));
        assertFalse(Files.exists(ws.resolve(".lock")));
    }
}
