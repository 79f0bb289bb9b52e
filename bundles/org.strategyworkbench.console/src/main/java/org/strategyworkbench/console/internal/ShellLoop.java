package org.strategyworkbench.console.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.function.BooleanSupplier;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.strategyworkbench.launcher.command.Failures;

/**
 * Runs commands a line at a time in a Gogo session, as Gogo's own console does (prompt, results
 * formatted by Gogo, {@code $exception} kept), except that a failure is printed as a sentence,
 * without Java class names, and is remembered for the exit status.
 */
final class ShellLoop {

    private static final String DEFAULT_PROMPT = "g! ";

    private final CommandSession session;
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;
    private final BooleanSupplier running;

    ShellLoop(CommandSession session, BufferedReader in, PrintStream out, PrintStream err, BooleanSupplier running) {
        this.session = session;
        this.in = in;
        this.out = out;
        this.err = err;
        this.running = running;
    }

    /** Reads Gogo's profile into the session (prompt, scopes, aliases); the welcome only on a terminal. */
    static void profile(CommandSession session, boolean terminal) {
        try {
            session.execute("gosh --login --nointeractive" + (terminal ? "" : " --quiet"));
        } catch (Exception e) {
            // without the profile the shell still runs every command
        }
    }

    /**
     * Runs every command until the end of the input, or until the framework stops.
     *
     * @return whether every command succeeded
     */
    boolean run() throws IOException {
        boolean succeeded = true;
        for (String line = next(); line != null; line = running.getAsBoolean() ? next() : null) {
            succeeded &= execute(line.strip());
        }
        return succeeded;
    }

    /** The next line; the prompt only on a terminal, so that a script's output holds its results alone. */
    private String next() throws IOException {
        if (System.console() != null) {
            out.print(prompt());
            out.flush();
        }
        return in.readLine();
    }

    private boolean execute(String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return true;
        }
        try {
            Object result = session.execute(line);
            session.put("_", result);
            if (result != null && !Boolean.FALSE.equals(session.get(".Gogo.format"))) {
                out.println(session.format(result, Converter.INSPECT));
            }
            return true;
        } catch (Exception e) {
            session.put("exception", e);
            err.println("workbench shell: " + Failures.describe(e));
            return false;
        }
    }

    private String prompt() {
        Object prompt = session.get("prompt");
        return prompt instanceof CharSequence ? prompt.toString() : DEFAULT_PROMPT;
    }
}
