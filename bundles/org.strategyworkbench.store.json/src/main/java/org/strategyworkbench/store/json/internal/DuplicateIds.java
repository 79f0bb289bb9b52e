package org.strategyworkbench.store.json.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * Finds entities of one type that share an id, within a file or across files (two allies'
 * files, say). Only the first is kept: the workspace holds one entity per id, and a save would
 * otherwise write one copy and silently drop the other. Each duplicate becomes an error naming
 * both places, and the workspace saves nothing until the files are repaired.
 */
final class DuplicateIds {

    private final Path folder;
    /** By type name: a type read again (its bundle came back) replaces its earlier findings. */
    private final Map<String, List<Problem>> problems = new ConcurrentHashMap<>();

    DuplicateIds(Path folder) {
        this.folder = folder;
    }

    /** The entities of one type read from its files, each id once (the first read wins). */
    <T> List<T> keepFirst(EntityType<T> type, Map<Path, List<EntityFiles.Located<T>>> byFile) {
        Map<String, String> seen = new HashMap<>();
        List<T> kept = new ArrayList<>();
        List<Problem> found = new ArrayList<>();
        byFile.forEach((file, entities) -> {
            for (EntityFiles.Located<T> e : entities) {
                String id = type.idOf(e.entity());
                String here = place(file, e.line());
                String first = seen.putIfAbsent(id, here);
                if (first == null) {
                    kept.add(e.entity());
                } else {
                    found.add(Problem.error(type.name(), id, "", "is in " + first + " and again in " + here
                            + ": only the first was read; remove one of them from the file, then open the workspace "
                            + "again (until then no change can be saved)"));
                }
            }
        });
        problems.put(type.name(), List.copyOf(found));
        return kept;
    }

    private String place(Path file, int line) {
        return folder.relativize(file).toString().replace('\\', '/') + " (line " + line + ")";
    }

    List<Problem> problems() {
        return problems.values().stream().flatMap(List::stream).toList();
    }
}
