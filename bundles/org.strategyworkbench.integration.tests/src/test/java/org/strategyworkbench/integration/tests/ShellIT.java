package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbench shell}: it holds the workspace from its start, and its exit status tells whether its commands failed. */
class ShellIT {

    @TempDir
    Path temp;

    private String[] withFolders(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--workspace", temp.resolve("ws").toString(),
                "--plugins", temp.resolve("plugins").toString()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Test
    void theShellHoldsTheWorkspaceBeforeItsFirstPrompt() throws Exception {
        try (Shell shell = Shell.openUntilAnswered(withFolders("shell"))) {
            ProductProcess.Result second = ProductProcess.run(withFolders("validate"));
            assertEquals(1, second.exitCode(), second.all());
            assertTrue(second.err().contains("is open in another process (process " + shell.pid()), second.all());
            ProductProcess.assertPlainWords(second);
        }
    }

    @Test
    void aSecondShellIsRefusedNamingTheHolder() throws Exception {
        try (Shell shell = Shell.openUntilAnswered(withFolders("shell"))) {
            ProductProcess.Result second = ProductProcess.run("lb\n", List.of(), withFolders("shell"));
            assertEquals(1, second.exitCode(), second.all());
            assertTrue(second.err().contains("is open in another process (process " + shell.pid()), second.all());
            assertFalse(second.out().contains("Strategy Workbench core"), "no command ran: " + second.all());
        }
    }

    @Test
    void aScriptWithAFailedCommandRunsTheRestAndExitsOne() throws Exception {
        ProductProcess.Result r = ProductProcess.run("swb:freeze R1\nswb:freeze R1\necho AFTER\n", List.of(), withFolders("shell"));
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.err().contains("a round of that name exists already"), r.all());
        assertTrue(r.out().contains("AFTER"), r.all());
        ProductProcess.assertPlainWords(r);
    }

    @Test
    void aScriptWhoseCommandsAllSucceedExitsZero() throws Exception {
        ProductProcess.Result r = ProductProcess.run("swb:freeze R1\nswb:rounds\n", List.of(), withFolders("shell"));
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.out().contains("froze round \"R1\""), r.all());
        ProductProcess.assertPlainWords(r);
    }

    @Test
    void anUnknownCommandInAScriptIsAFailureInWords() throws Exception {
        ProductProcess.Result r = ProductProcess.run("nonsense\n", List.of(), withFolders("shell"));
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.err().contains("workbench shell: Command not found: nonsense"), r.all());
        ProductProcess.assertPlainWords(r);
    }

    @Test
    void shellHelpPrintsTheShellsHelp() throws Exception {
        ProductProcess.Result r = ProductProcess.run(withFolders("shell", "--help"));
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.out().startsWith("Usage: workbench shell"), r.all());
        assertTrue(r.out().contains("exit 1 if one failed"), r.all());
        assertFalse(r.err().contains("unknown command"), r.all());
    }

    /** A shell left open, its input kept open, until closed. */
    private static final class Shell implements AutoCloseable {
        private final Process process;

        private Shell(Process process) {
            this.process = process;
        }

        /**
         * Starts a shell and waits until it answers its first command (no prompt is shown when the
         * input is not a terminal); fails when it ends first.
         */
        static Shell openUntilAnswered(String... args) throws IOException {
            Shell shell = new Shell(new ProcessBuilder(ProductProcess.command(List.of(), args)).redirectErrorStream(true).start());
            shell.process.getOutputStream().write("echo READY\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            shell.process.getOutputStream().flush();
            InputStream in = shell.process.getInputStream();
            StringBuilder seen = new StringBuilder();
            while (!seen.toString().contains("READY")) {
                int c = in.read();
                if (c < 0) {
                    throw new AssertionError("the shell ended before its prompt: " + seen);
                }
                seen.append((char) c);
            }
            return shell;
        }

        long pid() {
            return process.pid();
        }

        @Override
        public void close() throws Exception {
            process.getOutputStream().close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
