package org.strategyworkbench.workbench.internal;

import java.awt.BorderLayout;
import java.awt.EventQueue;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.strategyworkbench.core.workspace.WorkspaceListener;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.workbench.service.EntityRef;

/**
 * The read-only editor for an entity type that has no editor service: every field of the
 * entity as it is now.
 */
final class Inspector extends JPanel implements AutoCloseable {

    private static final long serialVersionUID = 1L;
    private final transient ServiceRegistration<WorkspaceListener> refresh;

    Inspector(BundleContext context, Workspace workspace, EntityRef entity) {
        super(new BorderLayout());
        setName("inspector:" + entity.type() + "/" + entity.id());
        JLabel heading = new JLabel("<html><b>" + entity.type() + " " + entity.id()
                + "</b> &nbsp; <span style='color:gray'>read-only: no editor is installed for this type</span></html>");
        heading.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        add(heading, BorderLayout.NORTH);
        PropertyTable table = new PropertyTable();
        table.setName("inspector:table");
        Runnable show = () -> workspace.snapshot().entity(entity.type(), entity.id()).ifPresentOrElse(
                e -> table.show(EntityProperties.of(e)),
                () -> {
                    heading.setText("<html><b>" + entity + "</b> no longer exists in the workspace</html>");
                    table.show(java.util.List.of());
                });
        show.run();
        add(new JScrollPane(table), BorderLayout.CENTER);
        refresh = context.registerService(WorkspaceListener.class, event -> EventQueue.invokeLater(show), null);
    }

    /** Stops following the workspace. */
    @Override
    public void close() {
        try {
            refresh.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle stopped first
        }
    }
}
