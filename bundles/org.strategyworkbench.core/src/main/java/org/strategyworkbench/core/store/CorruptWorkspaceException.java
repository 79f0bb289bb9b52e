package org.strategyworkbench.core.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A workspace file that cannot be read. Nothing was changed; the message names the file, the line
 * and the field, so that a person can repair it.
 *
 * @since 1.0
 */
public class CorruptWorkspaceException extends IOException {

    private static final long serialVersionUID = 1L;
    private final transient Path file;
    /** The line of the problem, or 0 when unknown. */
    private final int line;
    /** The JSON path of the field concerned, or {@code ""}. */
    private final String field;

    /**
     * Creates the exception; its message is the file, {@code :line} when known, the field in
     * parentheses when known, and the reason.
     *
     * @param file the file that cannot be read
     * @param line the line of the problem, 1 for the first, or 0 when unknown
     * @param field the JSON path of the field concerned, for example {@code "entities[3].dueDate"},
     *        or {@code ""}; not null
     * @param reason what is wrong, in words
     * @param cause the parser's exception, or null
     */
    public CorruptWorkspaceException(Path file, int line, String field, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + (field.isEmpty() ? "" : " (" + field + ")") + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /**
     * The file that cannot be read.
     *
     * @return the file; null after the exception was serialised and read back
     */
    public Path file() {
        return file;
    }

    /**
     * The line of the problem.
     *
     * @return the line, 1 for the first, or 0 when unknown
     */
    public int line() {
        return line;
    }

    /**
     * The JSON path of the field concerned.
     *
     * @return the path, for example {@code "entities[3].dueDate"}, or {@code ""} when the problem
     *         is not in one field
     */
    public String field() {
        return field;
    }
}
