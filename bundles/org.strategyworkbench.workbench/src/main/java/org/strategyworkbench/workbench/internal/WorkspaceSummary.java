package org.strategyworkbench.workbench.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.Validation;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * What the window says about the open workspace. {@link #load()} opens the workspace (taking its
 * lock, creating it from the embedded dataset when new), so it runs off the event thread.
 */
final class WorkspaceSummary {

    private final Workspace workspace;
    private final Validation validation;

    WorkspaceSummary(Workspace workspace, Validation validation) {
        this.workspace = workspace;
        this.validation = validation;
    }

    Path folder() {
        return workspace.folder();
    }

    /** An HTML paragraph list describing the workspace, or the reason it could not be opened. */
    String load() {
        try {
            WorkspaceSnapshot snapshot = workspace.snapshot();
            List<Problem> problems = validation.validate(snapshot, new ValidationContext(LocalDate.now()));
            long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
            StringBuilder html = new StringBuilder("<p>");
            for (String type : snapshot.typeNames()) {
                html.append(type).append(": ").append(snapshot.count(type)).append(" &nbsp; ");
            }
            html.append("</p><p>").append(errors).append(" errors, ").append(problems.size() - errors)
                    .append(" warnings (soft commitments stalling, late milestones, …)</p>")
                    .append("<p>Revision ").append(snapshot.revision()).append(", ").append(workspace.history().size())
                    .append(" changes in the audit trail.</p>");
            return html.toString();
        } catch (RuntimeException e) {
            return "<p><b>The workspace could not be opened:</b> " + escape(String.valueOf(e.getMessage())) + "</p>";
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
