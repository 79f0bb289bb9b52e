package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** One ally's template, written by the product. */
    private Path template() throws Exception {
        Path out = temp.resolve("t");
        ProductProcess.Result made = run("templates", "--round", "Autumn 2026", "--ally", "NOR", "--out", out.toString());
        assertEquals(0, made.exitCode(), made.all());
        return out.resolve("NOR return - Autumn 2026.xlsx");
    }

    @Test
    void aReturnWithTwoCopiesOfItsActionsSheetIsRefusedNamingThePart() throws Exception {
        Path template = template();
        ReturnFiller hidden = ReturnFiller.open(template);
        hidden.add(hidden.firstNewRow(), "CSS-07", "Exercise", "Planned", "Only in the second copy");
        Path twice = temp.resolve("NOR twice.xlsx");
        ReturnFiller.open(template).saveWithSecondActionsSheet(twice, hidden);

        ProductProcess.Result r = run("import", twice.toString());
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.out().contains("ERROR NOR twice.xlsx: its package holds the part xl/worksheets/sheet2.xml twice"), r.all());
        assertTrue(r.out().contains("1 file, 1 refused"), r.all());
    }

    @Test
    void anOlderReturnImportedAfterANewerOneIsRefusedAndTheNewerValuesStay() throws Exception {
        Path template = template();
        Path a = temp.resolve("NOR A.xlsx");
        Path b = temp.resolve("NOR B.xlsx");
        ReturnFiller first = ReturnFiller.open(template);
        int row = first.firstNewRow();
        first.add(row, "CSS-07", "Exercise", "Planned", "Commercial imagery in an exercise").saveAs(a);
        ReturnFiller.open(template).add(row, "CSS-07", "Exercise", "In progress", "Commercial imagery in two exercises").saveAs(b);

        ProductProcess.Result imported = run("import", a.toString());
        assertTrue(imported.out().contains("NOR A.xlsx: imported: 1 added, 0 changed"), imported.all());
        ProductProcess.Result corrected = run("import", b.toString());
        assertTrue(corrected.out().contains("NOR B.xlsx: imported: 0 added, 1 changed"), corrected.all());
        ProductProcess.Result again = run("import", a.toString());
        assertEquals(1, again.exitCode(), again.all());
        assertTrue(again.out().contains("ERROR NOR A.xlsx, sheet Actions, row " + row + ", column Title: says 'Commercial"
                + " imagery in an exercise'"), again.all());
        assertTrue(again.out().contains("this return is older than what is on record"), again.all());
        ProductProcess.Result newer = run("import", b.toString());
        assertTrue(newer.out().contains("NOR B.xlsx: nothing to change"), "B's values are still on record: " + newer.all());
    }

    @Test
    void aDamagedKeyIsReportedAsTheWorkspacesNotAsTheReturns() throws Exception {
        Path template = template();
        Files.writeString(temp.resolve("ws").resolve("returns.key"), "workspace=x\nkey=not a key\n");
        ProductProcess.Result r = run("import", template.toString());
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.out().contains("the workspace's key file ") && r.out().contains("returns.key is damaged"), r.all());
        assertTrue(r.out().contains("restore it from a backup of the workspace folder"), r.all());
        assertFalse(r.all().contains("Exception") || r.out().contains("ask for the file again"), r.all());
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
