package org.strategyworkbench.store.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.strategyworkbench.core.store.CorruptWorkspaceException;

/**
 * {@code workspace.json}: marks a folder as a workspace and records its format version. A
 * workspace of an older format is migrated on open; one of a newer format is refused with a
 * message, never read half-understood.
 */
final class Header {

    /** The format this version writes. */
    static final int FORMAT = 1;

    private Header() {
    }

    /** The format version of the workspace in the folder, or 0 when there is none. */
    static int read(Path folder) throws IOException {
        Path file = folder.resolve(Layout.HEADER);
        if (!Files.exists(file)) {
            return 0;
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CorruptWorkspaceException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
                    ReadFailures.describe(e), e);
        }
        JsonNode format = node == null ? null : node.get("format");
        if (format == null || !format.canConvertToInt() || format.asInt() < 1) {
            throw new CorruptWorkspaceException(file, 1, "format", "must be a format number of 1 or more", null);
        }
        if (format.asInt() > FORMAT) {
            throw new IOException("the workspace " + folder + " has format " + format.asInt()
                    + ", written by a newer Strategy Workbench; this version reads formats up to " + FORMAT);
        }
        return format.asInt();
    }

    static void write(Path folder, String writer) throws IOException {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", FORMAT);
        header.put("writtenBy", writer);
        header.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        AtomicFiles.write(folder.resolve(Layout.HEADER), out -> {
            Json.PRETTY.writeValue(out, header);
            out.write('\n');
        });
    }
}
