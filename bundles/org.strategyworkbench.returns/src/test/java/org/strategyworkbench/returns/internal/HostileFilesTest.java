package org.strategyworkbench.returns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategyworkbench.core.internal.workspace.WorkspaceEngine;
import org.strategyworkbench.returns.ImportOptions;
import org.strategyworkbench.returns.ImportPlan;
import org.strategyworkbench.returns.ReturnRound;

/**
 * Every file of the hostile corpus is refused with a clear message, within 5 s and with bounded
 * memory (this JVM has a 256 MB heap), and never changes the workspace. Prints each file's
 * figures.
 */
class HostileFilesTest {

    private static final long LIMIT_MILLIS = 5_000;

    @TempDir
    static Path temp;

    static WorkspaceEngine workspace;
    static ReturnsService returns;
    static Map<String, Corpus.Entry> corpus;
    static final List<String> figures = new ArrayList<>();

    @BeforeAll
    static void makeCorpus() throws Exception {
        workspace = TestWorkspace.create(temp.resolve("ws"));
        returns = new ReturnsService(workspace);
        ReturnRound round = returns.issue("Autumn 2026");
        Path template = temp.resolve("NOR template.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            returns.writeTemplate(round, "NOR", out);
        }
        Path corpusFolder = Files.createDirectories(temp.resolve("corpus"));
        corpus = Corpus.make(corpusFolder, template);
    }

    static Stream<String> files() throws Exception {
        return List.of("empty.xlsx", "text.xlsx", "pdf.xlsx", "random.xlsx", "random-zip-header.xlsx", "too-big.xlsx",
                "truncated-half.xlsx", "truncated-end.xlsx", "encrypted.xlsx", "legacy.xls.xlsx", "macros.xlsx",
                "macro-enabled.xlsx", "word.xlsx", "zip-bomb.xlsx", "billion-laughs.xlsx", "external-entity.xlsx",
                "malformed-xml.xlsx", "no-record.xlsx", "many-parts.xlsx", "huge-sheet-rows.xlsx", "huge-sheet-cells.xlsx",
                "giant-cell-shared.xlsx", "giant-cell-inline.xlsx", "giant-attribute.xlsx", "duplicate-part.xlsx",
                "duplicate-part-case.xlsx", "duplicate-part-slash.xlsx", "duplicate-part-backslash.xlsx",
                "local-name-differs.xlsx", "hidden-local-copy.xlsx", "prefixed-copy.xlsx",
                "shared-string-out-of-range.xlsx").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aHostileOrBrokenFileIsRefusedClearlyQuicklyAndChangesNothing(String name) {
        Corpus.Entry entry = corpus.get(name);
        long revision = workspace.snapshot().revision();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ImportPlan plan = returns.preview(entry.file(), ImportOptions.DEFAULT);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        String message = plan.problems().isEmpty() ? "(none)" : plan.problems().get(0).describe();
        figures.add(String.format("%-26s %9d bytes %6d ms  heap peak %4d MB  %s", name, size(entry.file()), millis, peak, message));

        assertTrue(plan.hasErrors(), name + " was not refused");
        assertTrue(message.contains(entry.expected()), name + ": " + message);
        assertTrue(message.startsWith("ERROR " + name + ": ") || message.startsWith("ERROR " + name + ", sheet "),
                "names the file: " + message);
        assertFalse(message.matches("(?s).*\\b\\w+(Exception|Error)\\b.*"), "no Java class name: " + message);
        assertTrue(millis < LIMIT_MILLIS, name + " took " + millis + " ms");
        assertEquals(revision, returns.apply(plan).plan().revision());
        assertEquals(revision, workspace.snapshot().revision(), "the workspace is unchanged");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    @AfterAll
    static void printFigures() {
        System.out.println("Hostile corpus, " + figures.size() + " files (max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB):");
        figures.forEach(System.out::println);
    }
}
