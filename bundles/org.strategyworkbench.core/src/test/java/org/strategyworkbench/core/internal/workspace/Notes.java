package org.strategyworkbench.core.internal.workspace;

import java.util.List;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.EntityType;

/** A small entity type for the engine's tests: notes kept in one partition per group. */
final class Notes implements EntityType<Notes.Note> {

    record Note(String id, String group, String text) {
    }

    static final Notes TYPE = new Notes();

    @Override
    public String name() {
        return "note";
    }

    @Override
    public Class<Note> entityClass() {
        return Note.class;
    }

    @Override
    public String idOf(Note note) {
        return note.id();
    }

    @Override
    public String partitionOf(Note note) {
        return note.group();
    }

    @Override
    public List<Problem> check(Note note) {
        return note.text() == null || note.text().isBlank()
                ? List.of(Problem.error(name(), note.id(), "text", "is required")) : List.of();
    }
}
