package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace from the command line: first run, validate, a second process, a broken file. */
class WorkspaceCommandLineIT {

    @TempDir
    Path temp;

    private ProductProcess.Result run(String... args) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("--workspace", temp.resolve("ws").toString(),
                "--plugins", temp.resolve("plugins").toString()));
        all.addAll(List.of(args));
        return ProductProcess.run(all.toArray(String[]::new));
    }

    @Test
    void aFirstRunCreatesTheDefaultWorkspaceAndValidateReportsItsProblems() throws Exception {
        ProductProcess.Result r = run("validate", "--as-of", "2026-11-25");
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.out().contains("CSS-06") && r.out().contains("stalling: soft commitment with no decision date"), r.all());
        assertTrue(r.out().contains(": 0 errors,"), r.all());
        for (String file : List.of("workspace.json", "strategy.json", "commitment.json", "ally.json", "milestone.json",
                "history.jsonl")) {
            assertTrue(Files.exists(temp.resolve("ws").resolve(file)), file);
        }
    }

    @Test
    void validateRefusesAMalformedDate() throws Exception {
        ProductProcess.Result r = run("validate", "--as-of", "soon");
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.err().contains("--as-of needs a date such as 2026-06-30, not 'soon'"), r.all());
    }

    @Test
    void aSecondProcessOnTheSameWorkspaceIsRefusedNamingTheHolder() throws Exception {
        run("validate");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-Djava.awt.headless=true", "-jar",
                ProductProcess.product().resolve("lib/org.strategyworkbench.launcher.jar").toString(),
                "--workspace", temp.resolve("ws").toString(), "--plugins", temp.resolve("plugins").toString(), "shell")
                .redirectErrorStream(true).start();
        try {
            holder.getOutputStream().write("swb:allies\necho HOLDING\n".getBytes(StandardCharsets.UTF_8));
            holder.getOutputStream().flush();
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.contains("HOLDING")) {
                // wait until the shell has opened the workspace
            }
            ProductProcess.Result second = run("validate");
            assertEquals(1, second.exitCode(), second.all());
            assertTrue(second.err().contains("is open in another process (process " + holder.pid()), second.all());
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(20, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
    }

    @Test
    void aBrokenFileIsReportedWithPathAndLineAndLeftUntouched() throws Exception {
        run("validate");
        Path commitments = temp.resolve("ws/commitment.json");
        String broken = Files.readString(commitments).replaceFirst("\"stage\" : \"PROPOSED\"", "\"stage\" : \"MAYBE\"");
        Files.writeString(commitments, broken);
        ProductProcess.Result r = run("validate");
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.err().contains(commitments + ":"), r.all());
        assertTrue(r.err().contains("(entities[0].stage)"), r.all());
        assertEquals(broken, Files.readString(commitments));
    }

    @Test
    void aBrokenFileIsReportedInWordsByEveryCommandThatOpensTheWorkspace() throws Exception {
        run("validate");
        Path commitments = temp.resolve("ws/commitment.json");
        Files.writeString(commitments, Files.readString(commitments).replaceFirst("\"stage\" : \"PROPOSED\"", "\"stage\" : \"MAYBE\""));
        for (List<String> command : List.of(List.of("validate"), List.of("export", "--out", temp.resolve("p.xlsx").toString()),
                List.of("templates", "--round", "R1", "--out", temp.resolve("t").toString()), List.of("shell"))) {
            ProductProcess.Result r = run(command.toArray(String[]::new));
            assertEquals(1, r.exitCode(), r.all());
            assertTrue(r.err().contains("workbench " + command.get(0) + ": " + commitments + ":"), r.all());
            ProductProcess.assertPlainWords(r);
        }
    }
}
