package org.strategyworkbench.workbench.internal;

import java.awt.BorderLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceListener;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.contribution.ViewProperties;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.service.SelectionListener;

/** The Properties view: every field of the selected entity, current as the workspace changes. */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = BuiltInViews.PROPERTIES, title = "Properties", category = "Workbench", area = Area.RIGHT)
public final class PropertiesView implements ViewPart {

    private final BundleContext context;
    private final Workspace workspace;
    private PropertyTable table;
    private JLabel heading;
    private PartSite site;
    private ServiceRegistration<?> selectionListener;
    private ServiceRegistration<?> workspaceListener;

    @Activate
    public PropertiesView(BundleContext context, @Reference Workspace workspace) {
        this.context = context;
        this.workspace = workspace;
    }

    @Override
    public JComponent createControl(PartSite partSite) {
        this.site = partSite;
        table = new PropertyTable();
        table.setName("properties:table");
        heading = new JLabel();
        heading.setName("properties:heading");
        heading.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(heading, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        panel.add(scroll, BorderLayout.CENTER);
        selectionListener = context.registerService(SelectionListener.class, this::show, null);
        workspaceListener = context.registerService(WorkspaceListener.class,
                event -> SwingUtilities.invokeLater(() -> show(site.workbench().selection().current())), null);
        show(site.workbench().selection().current());
        return panel;
    }

    private void show(Selection selection) {
        if (table == null) {
            return;
        }
        Object item = selection.first().orElse(null);
        if (item == null) {
            heading.setText("Nothing selected");
            table.show(List.of());
        } else if (item instanceof EntityRef ref) {
            heading.setText(ref.type() + " " + ref.id());
            table.show(workspace.snapshot().entity(ref.type(), ref.id()).map(EntityProperties::of)
                    .orElse(List.<String[]>of(new String[] {"", "no longer in the workspace"})));
        } else {
            heading.setText(item.getClass().getSimpleName());
            table.show(EntityProperties.of(item));
        }
    }

    @Override
    public void dispose() {
        if (selectionListener != null) {
            selectionListener.unregister();
            workspaceListener.unregister();
            selectionListener = null;
        }
        table = null;
    }
}
