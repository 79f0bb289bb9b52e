package org.strategyworkbench.store.json.internal;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.strategyworkbench.core.store.PartitionKey;

/**
 * Where things live in a workspace folder:
 * <pre>
 * workspace.json          format version and what wrote it
 * commitment.json         a type kept in one file
 * action/NOR.json         a partitioned type: one file per partition (here, per ally)
 * history.jsonl           the audit trail, one entry per line
 * .commit.json            a save of several files in progress (see CommitJournal)
 * .lock                   who has the workspace open
 * </pre>
 */
final class Layout {

    static final String HEADER = "workspace.json";
    static final String HISTORY = "history.jsonl";
    static final String JOURNAL = ".commit.json";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Layout() {
    }

    static Path file(Path folder, PartitionKey key) {
        String type = safe(key.typeName());
        return key.partition().isEmpty() ? folder.resolve(type + ".json")
                : folder.resolve(type).resolve(safe(key.partition()) + ".json");
    }

    /** Whether the folder holds any entity file: a {@code .json} file other than the header, at either level. */
    static boolean holdsEntities(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder, 2)) {
            return files.anyMatch(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".json") && !name.startsWith(".") && !p.equals(folder.resolve(HEADER))
                        && java.nio.file.Files.isRegularFile(p);
            });
        }
    }

    /** Type and partition names become file names: they must not climb out of the folder. */
    static String safe(String name) {
        if (!NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("not usable as a file name: \"" + name + "\"");
        }
        return name;
    }
}
