package org.strategyworkbench.store.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import org.strategyworkbench.core.problems.Problem;

/**
 * What each save left in the entity files it wrote, recorded in its history entry: path, size
 * and CRC-32C of each file (or that it was deleted). On open, the latest record of every file
 * is compared with the folder, so that a file lost or changed outside the workbench is named
 * instead of its entities silently vanishing: the history ends at the saved state only while
 * they agree. A checksum, not a signature: it finds damage and mistakes, not forgery.
 */
final class SavedFiles {

    /** One file as a save left it; {@code bytes < 0} means the save deleted it. */
    record State(String path, long bytes, String crc) {

        static State of(String path, long bytes, CRC32C crc) {
            return new State(path, bytes, HexFormat.of().toHexDigits((int) crc.getValue()));
        }

        static State deleted(String path) {
            return new State(path, -1, "");
        }

        boolean exists() {
            return bytes >= 0;
        }
    }

    /** The latest recorded state of every file, and the revision that recorded it. */
    private final Map<String, State> latest = new TreeMap<>();
    private final Map<String, Long> revisionOf = new TreeMap<>();

    static State of(Path root, Path file, String relative) throws IOException {
        CRC32C crc = new CRC32C();
        long bytes = 0;
        try (InputStream in = Files.newInputStream(root.resolve(file))) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; bytes += n) {
                crc.update(buffer, 0, n);
            }
        }
        return State.of(relative, bytes, crc);
    }

    static void write(ArrayNode into, List<State> states) {
        for (State s : states) {
            into.addObject().put("path", s.path()).put("bytes", s.bytes()).put("crc", s.crc());
        }
    }

    /** Takes note of the files a history entry records. */
    void record(long revision, JsonNode files) {
        for (JsonNode f : files) {
            State s = new State(f.path("path").asText(), f.path("bytes").asLong(-1), f.path("crc").asText(""));
            latest.put(s.path(), s);
            revisionOf.put(s.path(), revision);
        }
    }

    /**
     * Every difference between the recorded states and the folder, as problems naming the file.
     *
     * @param lost the revision of an entry whose record was cut off, or 0: that edit may have
     *        written or removed any file, so what is missing is then only a warning
     */
    List<Problem> compare(Path root, long lost) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (State recorded : latest.values()) {
            Path file = root.resolve(recorded.path());
            long revision = revisionOf.get(recorded.path());
            boolean present = Files.isRegularFile(file);
            if (recorded.exists() && !Files.exists(file)) {
                problems.add(lost > 0 ? outside(recorded.path(), "is missing (the edit of revision " + lost
                        + ", whose record was cut off, may have removed it)", revision) : missing(recorded, revision));
            } else if (recorded.exists() && present && !recorded.equals(of(root, file, recorded.path()))) {
                problems.add(outside(recorded.path(), "was changed", revision));
            } else if (!recorded.exists() && present) {
                problems.add(outside(recorded.path(), "is back", revision));
            }
        }
        return problems;
    }

    private static Problem missing(State recorded, long revision) {
        return new Problem(Problem.Severity.ERROR, recorded.path() + " is missing: the save of revision " + revision
                + " left it with " + recorded.bytes() + " bytes, and its entities are not in the workspace; restore it "
                + "from a backup, then open the workspace again (until then no change can be saved). If its entities are "
                + "meant to be gone, put a file there holding {\"type\" : \"" + typeOf(recorded.path())
                + "\", \"entities\" : [ ]}", "", "", "");
    }

    /** {@code action/NOR.json} and {@code action.json} are files of the type {@code action}. */
    private static String typeOf(String path) {
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        return first.endsWith(".json") ? first.substring(0, first.length() - 5) : first;
    }

    private static Problem outside(String path, String what, long revision) {
        return new Problem(Problem.Severity.WARNING, path + " " + what + " outside the workbench after revision "
                + revision + ": the history does not record what changed, so rounds frozen before and comparisons "
                + "may not show it", "", "", "");
    }
}
