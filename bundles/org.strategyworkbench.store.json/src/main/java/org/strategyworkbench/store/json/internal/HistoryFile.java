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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.store.CorruptWorkspaceException;
import org.strategyworkbench.core.store.TypeLookup;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Change;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * The audit trail as JSON lines: one entry per line, appended and forced; each entry also
 * records the files its save left ({@link SavedFiles}). A save's journal rewrites its line after
 * a crash, so a last line cut off means damage: its entry is read as a note that keeps its
 * revision (revisions are never reused), and the note replaces the damaged line at the next save.
 */
final class HistoryFile {

    private static final Pattern REVISION = Pattern.compile("^\\{\\s*\"revision\"\\s*:\\s*(\\d{1,18})");
    private final Path file;
    private SavedFiles saved = new SavedFiles();
    private final List<Problem> problems = new ArrayList<>();
    /** The revision of the entry whose line was cut off, or 0. */
    private long lostRevision;
    /** The line that replaces a damaged last line at the next append, or null. */
    private String repair;

    HistoryFile(Path folder) {
        this.file = folder.resolve(Layout.HISTORY);
    }

    void append(AuditEntry entry) throws IOException {
        Pending pending = prepare(entry, List.of());
        write(file, pending.length(), pending.line());
        repair = null;
    }

    /** An entry ready to append: its line, and where it goes (after the last complete line). */
    record Pending(long length, String line) {
    }

    /**
     * The entry's line (after the repair of a damaged last line, if any) and the length the file
     * has up to its last complete line. Call {@link #written} once the line is in the file.
     */
    Pending prepare(AuditEntry entry, List<SavedFiles.State> files) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            return new Pending(endOfCompleteLines(channel), (repair == null ? "" : repair) + line(entry, files));
        }
    }

    /** A prepared line was written: a damaged last line it replaced is repaired. */
    void written() {
        repair = null;
    }

    private static String line(AuditEntry entry, List<SavedFiles.State> files) throws IOException {
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
        if (!files.isEmpty()) {
            SavedFiles.write(node.putArray("files"), files);
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

    /** Whether the folder's history holds anything. */
    static boolean holdsEntries(Path folder) throws IOException {
        Path history = folder.resolve(Layout.HISTORY);
        return Files.exists(history) && Files.size(history) > 0;
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
        problems.clear();
        saved = new SavedFiles();
        lostRevision = 0;
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
                JsonNode node = Json.MAPPER.readTree(lines.get(i));
                AuditEntry entry = entry(node, types);
                saved.record(entry.revision(), node.path("files"));
                entries.add(entry);
            } catch (JsonProcessingException | RuntimeException e) {
                if (i < lines.size() - 1) {
                    throw new CorruptWorkspaceException(file, i + 1, "", "is not a history entry: " + reason(e), e);
                }
                entries.add(cutOff(lines.get(i), i + 1, entries.isEmpty() ? 0 : entries.get(entries.size() - 1).revision()));
            }
        }
        return entries;
    }

    private static String reason(Exception e) {
        return e instanceof JsonProcessingException j ? ReadFailures.describe(j) : "a field is missing or of the wrong kind";
    }

    /** A note in place of a damaged last line: it keeps the line's revision so that none is used twice. */
    private AuditEntry cutOff(String text, int line, long previous) throws IOException {
        Matcher m = REVISION.matcher(text);
        long revision = m.find() ? Math.max(previous + 1, Long.parseLong(m.group(1))) : previous + 1;
        AuditEntry note = new AuditEntry(revision, "unknown", Files.getLastModifiedTime(file).toInstant(),
                AuditEntry.Kind.EDIT, "An entry whose record was cut off (" + Layout.HISTORY + " line " + line + ")",
                "", List.of());
        repair = line(note, List.of());
        lostRevision = revision;
        problems.add(new Problem(Problem.Severity.WARNING, Layout.HISTORY + " line " + line + " (revision " + revision
                + ") is cut off: what that edit changed is no longer known; its revision is kept, and the next save "
                + "replaces the damaged line with a note", "", "", ""));
        return note;
    }

    /** What is wrong with the history and the files it says were saved; call after {@link #read}. */
    List<Problem> problems(Path root) throws IOException {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(saved.compare(root, lostRevision));
        if (!holdsEntries(root) && Layout.holdsEntities(root)) {
            all.add(new Problem(Problem.Severity.ERROR, Layout.HISTORY + " is missing or empty, but the workspace holds "
                    + "entities: without it revision numbers would start again at 1, and rounds and templates already "
                    + "issued would no longer match; restore it from a backup (until then no change can be saved)",
                    "", "", ""));
        }
        return all;
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
