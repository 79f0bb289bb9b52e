package org.strategyworkbench.core.workspace;

import java.util.List;
import java.util.stream.Collectors;
import org.strategyworkbench.core.problems.Problem;

/**
 * An edit that was not applied because it would have stored invalid entities; the workspace is
 * unchanged. The problems name the entity and field.
 *
 * @since 1.0
 */
public class EditRejectedException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * Creates the exception; its message is the label followed by every problem's
     * {@link Problem#describe() description}.
     *
     * @param label the label of the rejected edit
     * @param problems what is wrong; copied, not null
     */
    public EditRejectedException(String label, List<Problem> problems) {
        super(label + ": " + problems.stream().map(Problem::describe).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /**
     * What is wrong.
     *
     * @return the problems given to the constructor, unmodifiable; from the workspace service, the
     *         errors that blocked the edit (at least one; warnings are left out)
     */
    public List<Problem> problems() {
        return problems;
    }
}
