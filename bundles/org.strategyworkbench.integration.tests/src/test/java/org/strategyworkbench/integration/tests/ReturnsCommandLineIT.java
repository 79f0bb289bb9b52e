package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbench templates}, {@code import} and {@code review} as a secretariat runs them. */
class ReturnsCommandLineIT {

    @TempDir
    Path temp;

    private ProductProcess.Result run(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--workspace", temp.resolve("ws").toString(),
                "--plugins", temp.resolve("plugins").toString()));
        all.addAll(List.of(args));
        return ProductProcess.run(all.toArray(String[]::new));
    }

    @Test
    void templatesAreWrittenForEveryAllyAndAReturnIsImportedOnce() throws Exception {
        Path out = temp.resolve("templates");
        ProductProcess.Result made = run("templates", "--round", "Autumn 2026", "--out", out.toString());
        assertEquals(0, made.exitCode(), made.all());
        try (var files = Files.list(out)) {
            assertEquals(32, files.filter(f -> f.toString().endsWith(".xlsx")).count(), made.all());
        }
        Path returned = temp.resolve("NOR return.xlsx");
        ReturnFiller f = ReturnFiller.open(out.resolve("NOR return - Autumn 2026.xlsx"));
        f.add(f.firstNewRow(), "CSS-07", "Exercise", "Planned", "Commercial imagery in an exercise").saveAs(returned);

        ProductProcess.Result dry = run("import", "--dry-run", returned.toString());
        assertEquals(0, dry.exitCode(), dry.all());
        assertTrue(dry.out().contains("added    NOR-0001  row 2  CSS-07, Exercise, Planned: \"Commercial imagery in an exercise\""), dry.all());
        ProductProcess.Result first = run("import", returned.toString());
        assertTrue(first.out().contains("NOR return.xlsx: imported: 1 added, 0 changed"), first.all());
        ProductProcess.Result second = run("import", returned.toString());
        assertEquals(0, second.exitCode(), second.all());
        assertTrue(second.out().contains("NOR return.xlsx: nothing to change"), second.all());
    }

    @Test
    void aHostileFileIsRefusedWithAMessageAndTheProcessEndsNormally() throws Exception {
        run("templates", "--round", "Autumn 2026", "--ally", "NOR", "--out", temp.resolve("t").toString());
        Path bomb = temp.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(spaces);
            }
        }
        Path text = Files.writeString(temp.resolve("letter.xlsx"), "Our return follows by post.");
        long start = System.nanoTime();
        ProductProcess.Result r = run("import", bomb.toString(), text.toString());
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.out().contains("ERROR bomb.xlsx: ") && r.out().contains("zip bomb"), r.all());
        assertTrue(r.out().contains("ERROR letter.xlsx: it is not an .xlsx workbook"), r.all());
        assertTrue(r.out().contains("2 files, 2 refused"), r.all());
        assertTrue((System.nanoTime() - start) / 1_000_000_000 < 30, "the process ended promptly");
    }

    @Test
    void aWrongCommandLineIsAUsageError() throws Exception {
        assertEquals(2, run("import").exitCode());
        assertEquals(2, run("templates", "--round", "Autumn 2026").exitCode());
        ProductProcess.Result r = run("templates", "--out", temp.resolve("x").toString());
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.err().contains("no round of returns was issued yet"), r.all());
    }
}
