package org.strategyworkbench.launcher.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyworkbench.launcher.ChildJvm;

class OutputFileTest {

    @TempDir
    Path temp;
    private Path out;
    private Path settings;

    @BeforeEach
    void folders() throws IOException {
        out = Files.createDirectories(temp.resolve("out"));
        settings = temp.resolve("settings");
        System.setProperty("strategyworkbench.settings", settings.toString());
    }

    @AfterEach
    void clear() {
        System.clearProperty("strategyworkbench.settings");
    }

    @Test
    void theFileAppearsCompleteAndNothingElseIsLeft() throws IOException {
        Path plan = out.resolve("plan.xlsx");
        OutputFile.write(plan, o -> {
            o.write("complete".getBytes(StandardCharsets.US_ASCII));
            o.close();
        });
        assertEquals("complete", Files.readString(plan));
        assertEquals(List.of("plan.xlsx"), names(out));
        assertEquals(List.of(), names(settings.resolve("writing")));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path plan = Files.writeString(out.resolve("plan.xlsx"), "old");
        IOException e = assertThrows(IOException.class, () -> OutputFile.write(plan, o -> {
            o.write(1);
            throw new IOException("No space left on device");
        }));
        assertEquals("could not write " + plan + ": the disk is full", e.getMessage());
        assertEquals("old", Files.readString(plan));
        assertEquals(List.of("plan.xlsx"), names(out));
    }

    @Test
    void theTemporaryFileNamesTheProcessThatWritesIt() throws IOException {
        Path[] seen = new Path[1];
        OutputFile.write(out.resolve("plan.xlsx"), o -> seen[0] = names(out).stream().filter(n -> n.endsWith(".part"))
                .map(out::resolve).findFirst().orElseThrow());
        String name = seen[0].getFileName().toString();
        assertTrue(name.startsWith(".plan.xlsx." + ProcessHandle.current().pid() + "-"), name);
        assertFalse(PartFile.parse(seen[0]).orElseThrow().abandoned());
    }

    @Test
    void aKilledWritersFileIsRemovedAtTheNextStartButARunningWritersStays() throws Exception {
        Path plan = out.resolve("plan.xlsx");
        try (ChildJvm child = ChildJvm.start(KilledWriter.class, List.of("-Dstrategyworkbench.settings=" + settings), plan.toString())) {
            child.await("WRITING");
            OutputFile.sweep();
            assertEquals(1, parts(out).size(), "the file of a running writer stays");
            child.kill();
        }
        assertEquals(1, parts(out).size(), "the killed writer left its temporary file");
        OutputFile.sweep();
        assertEquals(List.of(), names(out));
        assertEquals(List.of(), names(settings.resolve("writing")));
    }

    @Test
    void aKilledWritersFileIsRemovedByTheNextWriteIntoTheFolder() throws Exception {
        try (ChildJvm child = ChildJvm.start(KilledWriter.class, List.of("-Dstrategyworkbench.settings=" + temp.resolve("elsewhere")),
                out.resolve("plan.xlsx").toString())) {
            child.await("WRITING");
            child.kill();
        }
        assertEquals(1, parts(out).size(), "the killed writer left its temporary file");
        OutputFile.write(out.resolve("other.xlsx"), o -> o.write(1));
        assertEquals(List.of("other.xlsx"), names(out));
    }

    @Test
    void onlyFilesNamedLikeOursAreEverTakenForLeftovers() {
        assertTrue(PartFile.parse(Path.of(".plan.xlsx.12-34-1.part")).isPresent());
        assertTrue(PartFile.parse(Path.of(".plan.xlsx.1d2b9f0e-8c1a.part")).isEmpty());
        assertTrue(PartFile.parse(Path.of("plan.xlsx.12-34-1.part")).isEmpty());
        assertTrue(PartFile.parse(Path.of(".plan.xlsx.12-34-1.part.bak")).isEmpty());
    }

    private static List<String> parts(Path folder) throws IOException {
        return names(folder).stream().filter(n -> n.endsWith(".part")).toList();
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
