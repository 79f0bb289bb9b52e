package org.strategyworkbench.store.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyworkbench.core.store.CorruptWorkspaceException;

/** A file that cannot be read is described in words, never in Java's or Jackson's. */
class ReadFailuresTest {

    enum Stage { PROPOSED, EXPLORING, DECIDED }

    record Task(String id, Stage stage, LocalDate due, int weight, List<String> tags) {
    }

    @TempDir
    Path folder;

    private String refusal(String entity) throws IOException {
        Path file = Files.writeString(folder.resolve("task.json"),
                "{\n  \"type\" : \"task\",\n  \"entities\" : [ " + entity + " ]\n}\n");
        String message = assertThrows(CorruptWorkspaceException.class,
                () -> EntityFiles.read(file, "task", Task.class)).getMessage();
        assertFalse(message.matches("(?s).*(java\\.|jackson|Exception|`|org\\.strategyworkbench).*"), message);
        return message.substring(message.indexOf("): ") + 3);
    }

    @Test
    void anUnknownStageListsTheStagesThereAre() throws IOException {
        assertEquals("\"THINKING\" is not one of PROPOSED, EXPLORING, DECIDED",
                refusal("{ \"id\" : \"t1\", \"stage\" : \"THINKING\" }"));
    }

    @Test
    void anUnknownFieldListsTheFieldsThereAre() throws IOException {
        assertEquals("\"owner\" is not a field here; the fields are due, id, stage, tags, weight",
                refusal("{ \"id\" : \"t1\", \"weight\" : 1, \"owner\" : \"NATO\" }"));
        assertEquals("is missing or null, but a value is required", refusal("{ \"id\" : \"t1\" }"));
    }

    @Test
    void wrongKindsOfValueSayWhatIsExpected() throws IOException {
        assertTrue(refusal("{ \"id\" : \"t1\", \"due\" : \"soon\" }").endsWith("is not a date or time (such as "
                + "2026-06-30 or 2026-06-30T09:00:00Z)"));
        assertEquals("\"heavy\" is not a number", refusal("{ \"id\" : \"t1\", \"weight\" : \"heavy\" }"));
        assertEquals("the value is not a list ([ … ])", refusal("{ \"id\" : \"t1\", \"tags\" : { } }"));
    }

    @Test
    void brokenSyntaxIsNamedWithoutCharacterCodes() throws IOException {
        String message = refusal("{ \"id\" : }");
        assertTrue(message.startsWith("is not valid JSON here: Unexpected character ('}')"), message);
    }

    @Test
    void anEmptyFileSaysSo() throws IOException {
        Path file = Files.writeString(folder.resolve("task.json"), "");
        String message = assertThrows(CorruptWorkspaceException.class,
                () -> EntityFiles.read(file, "task", Task.class)).getMessage();
        assertTrue(message.endsWith(": is empty: an entity file holds { \"type\" : …, \"entities\" : [ … ] }; restore it "
                + "from a backup"), message);
    }

    @Test
    void anOverlongValueIsAWordedLimit() throws IOException {
        String message = refusal("{ \"id\" : \"" + "x".repeat(20_000_001) + "\" }");
        assertTrue(message.startsWith("a value is longer, or nested deeper, than a workspace file may hold"), message);
    }
}
