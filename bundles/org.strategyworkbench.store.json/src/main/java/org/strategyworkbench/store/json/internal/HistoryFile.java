package org.strategyworkbench.store.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.strategyworkbench.core.store.CorruptWorkspaceException;
import org.strategyworkbench.core.store.TypeLookup;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Change;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * The audit trail as JSON lines: one entry per line, appended and forced. A last line cut off by
 * a crash is skipped (the edit it recorded was saved or not, but its record is incomplete), and
 * removed before the next entry is appended.
 */
final class HistoryFile {

    private final Path file;

    HistoryFile(Path folder) {
        this.file = folder.resolve(Layout.HISTORY);
    }

    void append(AuditEntry entry) throws IOException {
        Pending pending = prepare(entry);
        write(file, pending.length(), pending.line());
    }

    /** An entry ready to append: its line, and where it goes (after the last complete line). */
    record Pending(long length, String line) {
    }

    /** The entry's line and the length the file has up to its last complete line. */
    Pending prepare(AuditEntry entry) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            return new Pending(endOfCompleteLines(channel), line(entry));
        }
    }

    private static String line(AuditEntry entry) throws IOException {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("revision", entry.revision());
        node.put("author", entry.author());
        node.put("time", entry.time().toString());
        node.put("kind", entry.kind().name());
        node.put("label", entry.label());
        node.put("source", entry.source());
        var changes = node.putArray("changes");
        for (Change c : entry.changes()) {
            ObjectNode change = changes.addObject();
            change.put("type", c.typeName());
            change.put("id", c.id());
            change.put("partition", c.partition());
            change.set("before", Json.MAPPER.valueToTree(c.before()));
            change.set("after", Json.MAPPER.valueToTree(c.after()));
        }
        return Json.MAPPER.writeValueAsString(node) + "\n";
    }

    /**
     * Writes the line at {@code length}, dropping whatever follows it first (a line cut off by a
     * crash, or the same line written before a crash: writing it again is harmless), and forces it.
     */
    static void write(Path file, long length, String line) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            if (channel.size() > length) {
                channel.truncate(length);
            }
            ByteBuffer buffer = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            for (long at = length; buffer.hasRemaining(); ) {
                at += channel.write(buffer, at);
            }
            channel.force(true);
        }
    }

    Path file() {
        return file;
    }

    /** The length of the file up to and including its last line break. */
    static long endOfCompleteLines(FileChannel channel) throws IOException {
        ByteBuffer block = ByteBuffer.allocate(8192);
        for (long end = channel.size(); end > 0; end -= block.capacity()) {
            long start = Math.max(0, end - block.capacity());
            block.clear().limit((int) (end - start));
            while (block.hasRemaining() && channel.read(block, start + block.position()) >= 0) {
                // reads the whole block
            }
            for (int i = block.position() - 1; i >= 0; i--) {
                if (block.get(i) == '\n') {
                    return start + i + 1;
                }
            }
        }
        return 0;
    }

    List<AuditEntry> read(TypeLookup types) throws IOException {
        List<AuditEntry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.lines().forEach(lines::add);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                entries.add(entry(Json.MAPPER.readTree(lines.get(i)), types));
            } catch (JsonProcessingException | RuntimeException e) {
                if (i == lines.size() - 1) {
                    System.err.println("workbench: " + file + ":" + (i + 1) + ": the last history entry is incomplete "
                            + "(cut off by a crash) and is skipped");
                    break;
                }
                throw new CorruptWorkspaceException(file, i + 1, "", "not a history entry: " + e.getMessage(), e);
            }
        }
        return entries;
    }

    private static AuditEntry entry(JsonNode n, TypeLookup types) throws JsonProcessingException {
        List<Change> changes = new ArrayList<>();
        for (JsonNode c : n.withArray("changes")) {
            String type = c.get("type").asText();
            changes.add(new Change(type, c.get("id").asText(), c.path("partition").asText(""),
                    value(c.get("before"), type, types), value(c.get("after"), type, types)));
        }
        return new AuditEntry(n.get("revision").asLong(), n.get("author").asText(), Instant.parse(n.get("time").asText()),
                AuditEntry.Kind.valueOf(n.get("kind").asText()), n.get("label").asText(), n.path("source").asText(""),
                changes);
    }

    private static Object value(JsonNode node, String typeName, TypeLookup types) throws JsonProcessingException {
        if (node == null || node.isNull()) {
            return null;
        }
        EntityType<?> type = types.type(typeName).orElse(null);
        if (type == null) {
            return node;
        }
        try {
            return Json.MAPPER.treeToValue(node, type.entityClass());
        } catch (JsonProcessingException e) {
            // an entity recorded under an older shape of its type stays readable as JSON
            return node;
        }
    }
}
