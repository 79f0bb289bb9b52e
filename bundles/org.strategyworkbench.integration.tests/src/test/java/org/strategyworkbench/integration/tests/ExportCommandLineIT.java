package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbench export} as a user runs it. */
class ExportCommandLineIT {

    @TempDir
    Path temp;

    private ProductProcess.Result run(String... args) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("--workspace", temp.resolve("ws").toString(),
                "--plugins", temp.resolve("plugins").toString(), "export"));
        all.addAll(List.of(args));
        return ProductProcess.run(all.toArray(String[]::new));
    }

    @Test
    void exportWritesTheWorkbookAndReportsProgress() throws Exception {
        Path plan = temp.resolve("plan.xlsx");
        ProductProcess.Result r = run("--out", plan.toString(), "--as-of", "2026-06-01");
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.err().contains("export: Commitments"), r.all());
        assertTrue(!r.err().contains("Log4j"), "no logging noise: " + r.all());
        String sheet = part(Files.readAllBytes(plan), "xl/worksheets/sheet2.xml");
        assertTrue(sheet.contains("CSS-12"), sheet);
        try (var files = Files.list(temp)) {
            assertEquals(List.of("plan.xlsx"), files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("ws")
                    && !n.equals("plugins")).toList(), "no temporary file left");
        }
    }

    @Test
    void aKilledExportLeavesNoTemporaryFileOnceTheWorkbenchStartsAgain() throws Exception {
        List<String> settings = List.of("-Dstrategyworkbench.settings=" + temp.resolve("settings"));
        Path out = java.nio.file.Files.createDirectories(temp.resolve("out"));
        killDuringWrite(settings, out.resolve("plan.xlsx"));
        ProductProcess.Result next = ProductProcess.run("", settings, "--workspace", temp.resolve("ws").toString(),
                "--plugins", temp.resolve("plugins").toString(), "bundles");
        assertEquals(0, next.exitCode(), next.all());
        assertEquals(List.of(), names(out), "the killed export's temporary file is gone");
    }

    @Test
    void aKilledExportsTemporaryFileIsRemovedByTheNextExportIntoTheFolder() throws Exception {
        Path out = java.nio.file.Files.createDirectories(temp.resolve("out"));
        killDuringWrite(List.of("-Dstrategyworkbench.settings=" + temp.resolve("settings")), out.resolve("plan.xlsx"));
        ProductProcess.Result next = ProductProcess.run("", List.of("-Dstrategyworkbench.settings=" + temp.resolve("other")),
                "--workspace", temp.resolve("ws").toString(), "--plugins", temp.resolve("plugins").toString(), "export",
                "--out", out.resolve("again.xlsx").toString());
        assertEquals(0, next.exitCode(), next.all());
        assertEquals(List.of("again.xlsx"), names(out));
    }

    /** Runs an export and kills it (kill -9) once it writes; asserts that it left its temporary file. */
    private void killDuringWrite(List<String> jvmOptions, Path plan) throws Exception {
        run("--out", temp.resolve("first.xlsx").toString());   // the workspace exists: the export writes at once
        for (int attempt = 0; attempt < 3 && names(plan.getParent()).isEmpty(); attempt++) {
            Process export = new ProcessBuilder(ProductProcess.command(jvmOptions, "--workspace", temp.resolve("ws").toString(),
                    "--plugins", temp.resolve("plugins").toString(), "export", "--out", plan.toString())).start();
            java.io.BufferedReader err = new java.io.BufferedReader(new java.io.InputStreamReader(export.getErrorStream(),
                    StandardCharsets.UTF_8));
            for (String line = err.readLine(); line != null && !line.startsWith("export: "); line = err.readLine()) {
                // wait for the first step of the workbook: the temporary file exists from then on
            }
            export.destroyForcibly().waitFor();
            java.nio.file.Files.deleteIfExists(plan);   // the export finished before the kill: try again
        }
        List<String> left = names(plan.getParent());
        assertTrue(left.size() == 1 && left.get(0).startsWith(".plan.xlsx.") && left.get(0).endsWith(".part"),
                "the killed export left its temporary file: " + left);
    }

    private static List<String> names(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anUnwritableFolderIsReportedAndNoFileAppears() throws Exception {
        Path plan = temp.resolve("missing/plan.xlsx");
        ProductProcess.Result r = run("--out", plan.toString());
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.err().contains("cannot write to " + plan.getParent()), r.all());
        assertTrue(!Files.exists(plan));
    }

    @Test
    void aMissingOutIsAUsageError() throws Exception {
        ProductProcess.Result r = run("--as-of", "2026-06-01");
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.err().contains("--out FILE.xlsx is required"), r.all());
    }

    private static String part(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the workbook");
    }
}
