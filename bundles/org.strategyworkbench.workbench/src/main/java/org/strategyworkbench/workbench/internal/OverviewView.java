package org.strategyworkbench.workbench.internal;

import java.awt.BorderLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.Validation;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceListener;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.contribution.ViewProperties;

/**
 * The Overview: what is in the open workspace and how to get around. Shown at once; the
 * workspace is opened (and, on a first run, created from the embedded dataset) in a job.
 */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = BuiltInViews.OVERVIEW, title = "Overview", category = "Workbench", area = Area.CENTER)
public final class OverviewView implements ViewPart {

    private final BundleContext context;
    private final Workspace workspace;
    private final Validation validation;
    private final AtomicBoolean pending = new AtomicBoolean();
    private JEditorPane page;
    private ServiceRegistration<WorkspaceListener> listener;
    private PartSite site;

    @Activate
    public OverviewView(BundleContext context, @Reference Workspace workspace, @Reference Validation validation) {
        this.context = context;
        this.workspace = workspace;
        this.validation = validation;
    }

    @Override
    public JComponent createControl(PartSite partSite) {
        this.site = partSite;
        page = new JEditorPane("text/html", html("<p>Opening the workspace…</p>"));
        page.setName("overview:page");
        page.setEditable(false);
        page.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, true);
        page.setBorder(BorderFactory.createEmptyBorder(16, 24, 16, 24));
        JPanel panel = new JPanel(new BorderLayout());
        JScrollPane scroll = new JScrollPane(page);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        panel.add(scroll, BorderLayout.CENTER);
        listener = context.registerService(WorkspaceListener.class, e -> refresh(), null);
        refresh();
        return panel;
    }

    private void refresh() {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        site.workbench().jobs().schedule("Opening the workspace", monitor -> {
            pending.set(false);
            String body = summary();
            SwingUtilities.invokeLater(() -> {
                if (page != null) {
                    page.setText(html(body));
                    page.setCaretPosition(0);
                }
            });
        });
    }

    /** The workspace in a few lines, or why it could not be opened. */
    private String summary() {
        try {
            WorkspaceSnapshot snapshot = workspace.snapshot();
            List<Problem> problems = validation.validate(snapshot, new ValidationContext(LocalDate.now()));
            long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
            long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
            StringBuilder html = new StringBuilder("<table cellspacing='0' cellpadding='4'>");
            for (String type : snapshot.typeNames()) {
                int count = snapshot.count(type);
                html.append("<tr><td align='right'><b>").append(count).append("</b></td><td>")
                        .append(escape(count == 1 ? type : plural(type))).append("</td></tr>");
            }
            html.append("</table><p>").append(errors).append(errors == 1 ? " error, " : " errors, ").append(warnings)
                    .append(warnings == 1 ? " warning" : " warnings")
                    .append(" — see the Problems view (soft commitments without a decision date, late milestones, …).</p>")
                    .append("<p>Revision ").append(snapshot.revision()).append(", ").append(workspace.history().size())
                    .append(" changes in the audit trail. Folder: <tt>").append(escape(workspace.folder().toString())).append("</tt></p>");
            return html.toString();
        } catch (RuntimeException e) {
            return "<p><b>The workspace could not be opened:</b> " + escape(String.valueOf(e.getMessage())) + "</p>";
        }
    }

    private static String html(String body) {
        String muted = hex(UIManager.getColor("Label.disabledForeground"));
        return "<html><body style='font-family:sans-serif'>"
                + "<h1 style='font-weight:normal'>Strategy Workbench</h1>"
                + "<p style='color:" + muted + "'>Follows every commitment of a strategy until it becomes a decision and"
                + " concrete action, or is closed on purpose.</p>"
                + "<h2 style='font-weight:normal'>Workspace</h2>" + body
                + "<h2 style='font-weight:normal'>Getting around</h2><table cellpadding='3'>"
                + "<tr><td><b>Ctrl+Shift+P</b></td><td>Command palette: find any command, view or perspective</td></tr>"
                + "<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Y</b></td><td>Undo / redo the last change to the workspace</td></tr>"
                + "<tr><td><b>Ctrl+M</b></td><td>Maximise or restore the active view (or double-click its tab)</td></tr>"
                + "<tr><td><b>Ctrl+W</b></td><td>Close the active view; Window &gt; Show View opens it again</td></tr>"
                + "<tr><td><b>Ctrl+F7</b></td><td>Go to the next view</td></tr>"
                + "<tr><td><b>Alt+F</b>, <b>Alt+E</b>, …</td><td>Open a menu from the keyboard (the underlined letter)</td></tr>"
                + "</table><p style='color:" + muted + "'>Drag a tab onto another area to move it. Plugins dropped into the"
                + " plugins folder (or installed from the Plugins view) appear without a restart.</p></body></html>";
    }

    private static String hex(java.awt.Color color) {
        return color == null ? "gray" : String.format("#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }

    /** "ally" → "allies", "commitment" → "commitments". */
    static String plural(String noun) {
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun.endsWith("s") ? noun + "es" : noun + "s";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void dispose() {
        if (listener != null) {
            listener.unregister();
            listener = null;
        }
        page = null;
    }
}
