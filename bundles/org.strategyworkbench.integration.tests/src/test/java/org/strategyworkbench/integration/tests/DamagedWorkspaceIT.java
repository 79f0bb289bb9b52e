package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace damaged outside the workbench, as every command sees it: duplicates and lost files
 * are errors named in words, reading and export go on, and no edit is saved until it is repaired.
 */
class DamagedWorkspaceIT {

    @TempDir
    Path temp;

    private Path workspace() {
        return temp.resolve("ws");
    }

    private ProductProcess.Result run(String stdin, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--workspace", workspace().toString(),
                "--plugins", temp.resolve("plugins").toString()));
        all.addAll(List.of(args));
        ProductProcess.Result r = ProductProcess.run(stdin, List.of(), all.toArray(String[]::new));
        ProductProcess.assertPlainWords(r);
        return r;
    }

    /** commitment.json with its first commitment given a second time, as a bad merge leaves it. */
    private void duplicateFirstCommitment() throws Exception {
        Path file = workspace().resolve("commitment.json");
        String text = Files.readString(file);
        int start = text.indexOf("    {");
        int end = text.indexOf("\n    }", start) + 6;
        Files.writeString(file, text.substring(0, end) + ",\n" + text.substring(start, end) + text.substring(end));
    }

    @Test
    void aDuplicateIsAnErrorNamingBothPlacesExportGoesOnAndEditsWait() throws Exception {
        assertEquals(0, run("", "validate").exitCode());
        duplicateFirstCommitment();
        ProductProcess.Result validate = run("", "validate");
        assertEquals(1, validate.exitCode(), validate.all());
        assertTrue(validate.out().matches("(?s).*ERROR +commitment +CSS-01 +is in commitment\\.json \\(line 4\\) and "
                + "again in commitment\\.json \\(line \\d+\\).*"), validate.all());
        ProductProcess.Result export = run("", "export", "--out", temp.resolve("plan.xlsx").toString());
        assertEquals(0, export.exitCode(), export.all());
        ProductProcess.Result freeze = run("swb:freeze R1\n", "shell");
        assertEquals(1, freeze.exitCode(), freeze.all());
        assertTrue(freeze.all().contains("is in commitment.json (line 4) and again in commitment.json"), freeze.all());
        ProductProcess.Result rounds = run("swb:rounds\n", "shell");
        assertTrue(!rounds.out().contains("R1"), "the refused round was not saved: " + rounds.all());
    }

    @Test
    void aLostFileIsAnErrorNamingIt() throws Exception {
        assertEquals(0, run("", "validate").exitCode());
        Files.delete(workspace().resolve("milestone.json"));
        ProductProcess.Result validate = run("", "validate");
        assertEquals(1, validate.exitCode(), validate.all());
        assertTrue(validate.out().matches("(?s).*ERROR +milestone\\.json is missing: the save of revision \\d+ left it.*"),
                validate.all());
        assertTrue(validate.out().contains("restore it from a backup"), validate.all());
        assertTrue(validate.out().contains(": 1 error, "), validate.all());
    }
}
