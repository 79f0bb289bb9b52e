package __NAME__.internal;

import java.awt.BorderLayout;
import javax.swing.JComponent;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.contribution.ViewProperties;
import org.strategyworkbench.workbench.widgets.WorkspaceRefresh;

/** A view that counts the workspace's commitments, and counts again after every change. */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = HelloView.ID, title = "__TITLE__", category = "__TITLE__", area = Area.RIGHT, perspectives = "*")
public final class HelloView implements ViewPart {

    /** The view's id: unique in the workbench, so prefixed with the bundle's name. */
    public static final String ID = "__NAME__.hello";

    private final BundleContext context;
    private final Workspace workspace;
    private WorkspaceRefresh refresh;

    @Activate
    public HelloView(BundleContext context, @Reference Workspace workspace) {
        this.context = context;
        this.workspace = workspace;
    }

    @Override
    public JComponent createControl(PartSite site) {
        // a text area rather than a label: its lines wrap when the view is narrow
        JTextArea text = new JTextArea();
        text.setName("__NAME__:text");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setOpaque(false);
        text.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        Runnable reload = () -> text.setText("Hello from __TITLE__: the workspace holds "
                + workspace.snapshot().all(CommitmentType.TYPE).size() + " commitments.");
        refresh = WorkspaceRefresh.register(context, reload);
        reload.run();
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(text, BorderLayout.CENTER);
        return panel;
    }

    @Override
    public void dispose() {
        if (refresh != null) {
            refresh.close();
        }
    }
}
