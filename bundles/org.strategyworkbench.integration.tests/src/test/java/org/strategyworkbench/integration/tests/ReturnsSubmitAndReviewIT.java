package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The submit-and-review flow through the product, each step a process of its own as a secretariat
 * runs it: every step reads back what the one before saved (issue 13, item 1: after
 * {@code import --submit} the workspace could not be opened again).
 */
class ReturnsSubmitAndReviewIT {

    private static final String TITLE = "Commercial imagery in a national exercise";

    @TempDir
    Path temp;

    private ProductProcess.Result run(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--workspace", temp.resolve("ws").toString(),
                "--plugins", temp.resolve("plugins").toString()));
        all.addAll(List.of(args));
        return ProductProcess.run(all.toArray(String[]::new));
    }

    private ProductProcess.Result succeeds(String... args) throws Exception {
        ProductProcess.Result r = run(args);
        assertEquals(0, r.exitCode(), String.join(" ", args) + "\n" + r.all());
        return r;
    }

    @Test
    void aSubmittedReturnIsListedAcceptedValidatedAndExported() throws Exception {
        Path out = temp.resolve("templates");
        succeeds("templates", "--round", "Autumn 2026", "--ally", "NOR", "--out", out.toString());
        Path returned = temp.resolve("NOR return.xlsx");
        ReturnFiller f = ReturnFiller.open(out.resolve("NOR return - Autumn 2026.xlsx"));
        f.add(f.firstNewRow(), "CSS-07", "Exercise", "Planned", TITLE).saveAs(returned);

        ProductProcess.Result submitted = succeeds("import", "--submit", returned.toString());
        assertTrue(submitted.out().contains("NOR return.xlsx: submitted for review: 1 added, 0 changed"), submitted.all());
        ProductProcess.Result pending = succeeds("review");
        assertTrue(pending.out().contains("NOR-0001  new      CSS-07, Exercise, Planned: \"" + TITLE + "\""), pending.all());
        assertTrue(pending.out().contains("1 row waits for review"), pending.all());
        ProductProcess.Result accepted = succeeds("review", "accept", "NOR-0001");
        assertTrue(accepted.out().contains("Accept submitted row NOR-0001"), accepted.all());
        succeeds("validate");

        Path plan = temp.resolve("plan.xlsx");
        succeeds("export", "--out", plan.toString(), "--as-of", "2026-12-31");
        Map<String, String> parts = Xlsx.parts(Files.readAllBytes(plan));
        String text = parts.entrySet().stream().filter(e -> e.getKey().startsWith("xl/worksheets/")
                || e.getKey().equals("xl/sharedStrings.xml")).map(Map.Entry::getValue).reduce("", String::concat);
        assertTrue(text.contains(TITLE) && text.contains("NOR-0001"), "the accepted action is in the exported workbook");
    }
}
