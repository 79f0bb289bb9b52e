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
    private final int line;
    private final String field;

    public CorruptWorkspaceException(Path file, int line, String field, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + (field.isEmpty() ? "" : " (" + field + ")") + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /** The file that cannot be read. */
    public Path file() {
        return file;
    }

    /** The line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The JSON path of the field concerned, or {@code ""}. */
    public String field() {
        return field;
    }
}
