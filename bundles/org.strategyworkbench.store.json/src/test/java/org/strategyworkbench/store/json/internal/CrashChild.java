package org.strategyworkbench.store.json.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.strategyworkbench.core.internal.workspace.WorkspaceEngine;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * The process the crash test kills. It starts, prints "started" and waits for a line on standard
 * input, so that the next process can start while the previous one runs; then it opens the
 * workspace in {@code args[0]} with the real store and workspace engine (creating it when new),
 * prints "ready", and applies {@link CrashWorkspace#edit}s as fast as it can, printing each
 * revision once its save has completed. It stops after {@code args[1]} edits when given, and by
 * itself after a minute, should nobody kill it.
 */
public final class CrashChild {

    static final String STARTED = "started";
    static final String READY = "ready";
    private static final long LIFETIME_NANOS = TimeUnit.MINUTES.toNanos(1);

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        long deadline = System.nanoTime() + LIFETIME_NANOS;
        PrintStream out = System.out;
        // loads the classes a save needs before the workspace is opened
        Json.MAPPER.readValue(Json.MAPPER.writeValueAsBytes(CrashWorkspace.edit(1).operations().get(1).entity()),
                org.strategyworkbench.actions.Action.class);
        say(out, STARTED);
        if (new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine() == null) {
            return;
        }
        Path folder = Path.of(args[0]);
        StoreSession session = new JsonWorkspaceStore("crash test").open(folder);
        WorkspaceEngine engine = new WorkspaceEngine(folder, session, session.history(CrashWorkspace.LOOKUP),
                Clock.systemUTC(), "crash test", event -> { });
        for (EntityType<?> type : CrashWorkspace.TYPES) {
            engine.load(type);
        }
        if (session.isNew()) {
            engine.apply(CrashWorkspace.seed());
        }
        long n = CrashWorkspace.revision(engine.snapshot());
        long last = args.length > 1 ? n + Long.parseLong(args[1]) : Long.MAX_VALUE;
        say(out, READY);
        while (System.nanoTime() < deadline && n < last) {
            engine.apply(CrashWorkspace.edit(++n));
            say(out, Long.toString(n));
        }
        session.close();
    }

    private static void say(PrintStream out, String line) {
        out.println(line);
        out.flush();
    }
}
