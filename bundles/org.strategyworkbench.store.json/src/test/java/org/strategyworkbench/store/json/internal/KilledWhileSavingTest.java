package org.strategyworkbench.store.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (SIGKILL) at a random moment while it saves edits as fast as it can leaves a
 * workspace that opens without error and holds exactly the last save it completed or the save it
 * was in the middle of, never a mix; the audit trail records exactly the saves the files hold; no temporary
 * file is left once the workspace is opened. Each kill is a new process, and each edit rewrites
 * two files. The kills go to a few workspaces in turn, each killed {@value #KILLS_PER_WORKSPACE}
 * times in a row, so that the audit trail read at every open stays of a realistic size.
 * {@code -Dcrash.kills} sets the number of kills (200); {@code -Dcrash.seed} repeats the kill
 * moments of an earlier run.
 */
class KilledWhileSavingTest {

    private static final int KILLS = Integer.getInteger("crash.kills", 200);
    private static final int KILLS_PER_WORKSPACE = 50;
    private static final int MIN_DELAY_MILLIS = 20;
    private static final int MAX_DELAY_MILLIS = 400;

    @TempDir
    Path temp;

    private final JsonWorkspaceStore store = new JsonWorkspaceStore("Strategy Workbench crash test");
    private long revision;
    private long recorded;
    private long saves;
    private int inFlight;
    private int unrecorded;
    private int cleaned;

    @Test
    void aKilledProcessLeavesTheLastCompletedSaveOrTheOneInFlight() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        KilledChild next = start(1);
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                KilledChild child = next;
                child.go();
                // the next process starts while this one saves: it waits for its turn anyway
                next = start(kill + 1);
                OptionalLong reported = child.killAfter(MIN_DELAY_MILLIS
                        + random.nextInt(MAX_DELAY_MILLIS - MIN_DELAY_MILLIS + 1));
                check(folder(kill), reported, "kill " + kill + " (seed " + seed + ", the process printed \""
                        + child.printedTail() + "\"), ");
                if (kill % KILLS_PER_WORKSPACE == 0) {
                    saves += revision;
                    revision = 0;
                    recorded = 0;
                }
            }
        } finally {
            next.destroy();
        }
        System.out.println("crash test: " + KILLS + " kills, " + KILLS + " clean loads, 0 orphans left, revisions reached "
                + (saves + revision) + " (in workspaces of " + KILLS_PER_WORKSPACE + " kills; " + inFlight
                + " loads found the save in flight completed, " + unrecorded + " of them without its audit entry; "
                + cleaned + " unfinished files cleaned up; seed " + seed + ")");
    }

    private KilledChild start(int kill) throws java.io.IOException {
        return KilledChild.start(folder(kill), temp.resolve("child-" + kill + ".err"));
    }

    private Path folder(int kill) {
        return temp.resolve("workspace-" + ((kill - 1) / KILLS_PER_WORKSPACE + 1));
    }

    private void check(Path folder, OptionalLong reported, String kill) throws Exception {
        long saved = reported.orElse(revision);
        String where = kill + "last save reported " + saved + ": ";
        ReopenedWorkspace reopened = ReopenedWorkspace.open(folder, store);
        revision = CrashWorkspace.revision(reopened.snapshot());
        assertTrue(revision == saved || revision == saved + 1, where + "the workspace holds revision " + revision);
        assertEquals("", CrashWorkspace.differenceFrom(reopened.snapshot(), revision).orElse(""),
                where + "revision " + revision + " is torn");
        // the files and their audit entry are saved as one: the trail ends exactly at the files' revision
        long leastRecorded = Math.max(recorded, reported.orElse(0));
        recorded = reopened.lastRecordedRevision();
        assertTrue(recorded >= leastRecorded && recorded == revision, where + "the audit trail ends at revision "
                + recorded + ", the files hold " + revision + ", completed saves reach " + leastRecorded);
        assertEquals(List.of(), reopened.temporaryAfter(), where + "temporary files are left");
        assertEquals(List.of(), reopened.problems(), where + "the files are not what the history says was saved");
        inFlight += revision == saved + 1 ? 1 : 0;
        unrecorded += recorded < revision && revision == saved + 1 ? 1 : 0;
        cleaned += reopened.temporaryBefore().size();
    }
}
