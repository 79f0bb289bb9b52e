package org.strategyworkbench.store.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.store.CorruptWorkspaceException;
import org.strategyworkbench.core.store.PartitionKey;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.store.json.internal.Items.Item;

/** A record given twice is reported in both places, never silently dropped by the next save. */
class DuplicatesTest {

    @TempDir
    Path folder;

    private final JsonWorkspaceStore store = new JsonWorkspaceStore("Strategy Workbench test");
    private static final Item A1 = new Item("a1", "alpha", LocalDate.of(2026, 6, 30), List.of("x"));
    private static final Item B1 = new Item("b1", "beta", null, List.of());

    private void saved(Item... items) throws IOException {
        try (StoreSession s = store.open(folder)) {
            s.write(new FakeSnapshot(List.of(items)), Set.of(new PartitionKey("item", "alpha"), new PartitionKey("item", "beta")));
        }
    }

    /** The file's text with its first entity given once more, as a hand edit or a bad merge leaves it. */
    private static String repeatFirst(String file, String changedTitle) {
        int start = file.indexOf("    {");
        int end = file.indexOf("    }", start) + 5;
        String copy = file.substring(start, end).replace("\"x\"", "\"" + changedTitle + "\"");
        return file.substring(0, end) + ",\n" + copy + file.substring(end);
    }

    @Test
    void theSameIdTwiceInOneFileIsAnErrorNamingBothLinesAndTheFirstIsKept() throws IOException {
        saved(A1, B1);
        Path alpha = folder.resolve("item/alpha.json");
        Files.writeString(alpha, repeatFirst(Files.readString(alpha), "second"));
        try (StoreSession s = store.open(folder)) {
            assertEquals(List.of(A1, B1), s.read(Items.TYPE));
            assertEquals(List.of("ERROR item a1: is in item/alpha.json (line 4) and again in item/alpha.json (line 12): "
                    + "only the first was read; remove one of them from the file, then open the workspace again "
                    + "(until then no change can be saved)"), s.problems().stream().map(Problem::describe).toList());
        }
    }

    @Test
    void theSameIdInTwoPartitionFilesIsAnError() throws IOException {
        saved(A1, B1);
        Path beta = folder.resolve("item/beta.json");
        Files.writeString(beta, Files.readString(beta).replace("\"b1\"", "\"a1\""));
        try (StoreSession s = store.open(folder)) {
            assertEquals(List.of(A1), s.read(Items.TYPE));
            String problem = s.problems().get(0).describe();
            assertTrue(problem.contains("is in item/alpha.json (line 4) and again in item/beta.json (line 4)"), problem);
        }
    }

    @Test
    void readingATypeAgainReplacesItsFindings() throws IOException {
        saved(A1, B1);
        Path alpha = folder.resolve("item/alpha.json");
        Files.writeString(alpha, repeatFirst(Files.readString(alpha), "second"));
        try (StoreSession s = store.open(folder)) {
            s.read(Items.TYPE);
            s.read(Items.TYPE);
            assertEquals(1, s.problems().size());
        }
    }

    @Test
    void aFieldGivenTwiceInOneEntityIsRefusedNamingItsLine() throws IOException {
        saved(A1, B1);
        Path beta = folder.resolve("item/beta.json");
        Files.writeString(beta, Files.readString(beta).replace("\"group\" : \"beta\",", "\"group\" : \"beta\",\n\"id\" : \"b2\","));
        try (StoreSession s = store.open(folder)) {
            CorruptWorkspaceException e = assertThrows(CorruptWorkspaceException.class, () -> s.read(Items.TYPE));
            assertEquals(7, e.line());
            assertTrue(e.getMessage().endsWith("the field \"id\" is given a second time in this entity; remove one of the "
                    + "two"), e.getMessage());
        }
    }
}
