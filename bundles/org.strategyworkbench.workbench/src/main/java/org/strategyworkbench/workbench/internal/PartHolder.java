package org.strategyworkbench.workbench.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceObjects;
import org.strategyworkbench.workbench.contribution.EditorPart;
import org.strategyworkbench.workbench.contribution.EditorSite;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.service.Workbench;

/**
 * The panel of one tab: holds a view or editor, creates it when the tab is first shown, and on
 * {@link #dispose()} gives everything back (the part's own dispose, the service object, the
 * selection it published). A part that fails to be created shows a placeholder naming the error
 * and its bundle, with a retry. Event thread only.
 */
final class PartHolder extends JPanel {

    private static final long serialVersionUID = 1L;

    /** What a holder needs from the window. */
    interface Host {
        BundleContext context();

        Guard guard();

        /** The workbench as a bundle sees it: its jobs are that bundle's. */
        Workbench workbench(Bundle bundle);

        SelectionServiceImpl selection();

        void titleChanged(PartHolder holder);

        void showErrorLog();

        /** Whether parts may be created: false until the window has painted once, so it appears at once. */
        boolean partsMayBeCreated();
    }

    private final transient Host host;
    private final transient Contribution<?> contribution;
    private final String partId;
    private final transient EntityRef input;
    private String title;
    private final transient Icon icon;
    private transient ServiceObjects<Object> objects;
    private transient Object part;
    private boolean created;
    private boolean disposed;

    /**
     * @param contribution the view or editor service; {@code null} for the built-in inspector
     * @param input the edited entity for an editor, {@code null} for a view
     * @param fallback creates the control when there is no contribution (the inspector)
     */
    PartHolder(Host host, Contribution<?> contribution, String partId, EntityRef input, String title, Icon icon,
            Consumer<PartHolder> fallback) {
        super(new BorderLayout());
        this.host = host;
        this.contribution = contribution;
        this.partId = partId;
        this.input = input;
        this.title = title;
        this.icon = icon;
        this.fallbackFactory = fallback;
        setName("part:" + partId);
    }

    private final transient Consumer<PartHolder> fallbackFactory;

    String partId() {
        return partId;
    }

    Contribution<?> contribution() {
        return contribution;
    }

    EntityRef input() {
        return input;
    }

    String title() {
        return title;
    }

    Icon icon() {
        return icon;
    }

    boolean isEditor() {
        return input != null;
    }

    boolean isCreated() {
        return created;
    }

    /** Creates the part's control if not done yet; called when its tab is shown. */
    @SuppressWarnings("unchecked")
    void ensureCreated() {
        if (created || disposed || !host.partsMayBeCreated()) {
            return;
        }
        created = true;
        if (contribution == null) {
            fallbackFactory.accept(this);
            return;
        }
        String what = (isEditor() ? "Editor '" : "View '") + title + "'";
        Guard.Result<JComponent> result = host.guard().call(contribution.bundle(), what, () -> {
            objects = (ServiceObjects<Object>) host.context().getServiceObjects(contribution.reference());
            if (objects == null) {
                throw new IllegalStateException("its service is gone");
            }
            part = objects.getService();
            if (part == null) {
                throw new IllegalStateException("its component could not be activated (see the log of its bundle)");
            }
            JComponent control = part instanceof EditorPart editor ? editor.createControl(new Site())
                    : ((ViewPart) part).createControl(new Site());
            if (control == null) {
                throw new IllegalStateException("createControl returned nothing");
            }
            return control;
        });
        if (result.ok()) {
            add(result.value(), BorderLayout.CENTER);
        } else {
            releasePart();
            add(placeholder(what, result.failure()), BorderLayout.CENTER);
        }
        revalidate();
        repaint();
    }

    /** Sets the control of a part without a contribution (the inspector). */
    void setControl(JComponent control) {
        add(control, BorderLayout.CENTER);
    }

    private JComponent placeholder(String what, Throwable failure) {
        JPanel panel = new JPanel(new BorderLayout(0, 12));
        panel.setName("placeholder:" + partId);
        panel.setBorder(BorderFactory.createEmptyBorder(24, 24, 24, 24));
        JLabel text = new JLabel("<html><b>" + escape(what) + " could not be opened.</b><br><br>"
                + escape(Guard.message(failure)) + "<br><br>Contributed by " + escape(contribution.bundleName())
                + ". The rest of the workbench is not affected; the details are in the Error Log.</html>",
                Icons.of(Icons.Glyph.ERROR), SwingConstants.LEADING);
        text.setVerticalAlignment(SwingConstants.TOP);
        text.setVerticalTextPosition(SwingConstants.TOP);
        panel.add(text, BorderLayout.NORTH);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        JButton retry = new JButton("Try Again");
        retry.addActionListener(e -> retry());
        JButton log = new JButton("Show Error Log");
        log.addActionListener(e -> host.showErrorLog());
        buttons.add(retry);
        buttons.add(javax.swing.Box.createHorizontalStrut(8));
        buttons.add(log);
        panel.add(buttons, BorderLayout.CENTER);
        return panel;
    }

    private void retry() {
        removeAll();
        created = false;
        ensureCreated();
    }

    /** Gives back everything; the holder is unusable afterwards. */
    void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        host.selection().partClosed(partId);
        for (java.awt.Component child : getComponents()) {
            if (child instanceof AutoCloseable closeable && contribution == null) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // the host's own controls close quietly
                }
            }
        }
        releasePart();
        removeAll();
    }

    private void releasePart() {
        Object released = part;
        part = null;
        if (released != null) {
            host.guard().run(contribution.bundle(), "Disposing '" + title + "'", () -> {
                if (released instanceof EditorPart editor) {
                    editor.dispose();
                } else {
                    ((ViewPart) released).dispose();
                }
            });
            ServiceObjects<Object> owned = objects;
            host.guard().run(contribution.bundle(), "Releasing '" + title + "'", () -> owned.ungetService(released));
        }
        objects = null;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The part's site. */
    private final class Site implements EditorSite {
        @Override
        public String id() {
            return partId;
        }

        @Override
        public Workbench workbench() {
            return host.workbench(contribution.bundle());
        }

        @Override
        public void setSelection(Selection selection) {
            if (!disposed) {
                host.selection().select(new Selection(partId, selection.items()));
            }
        }

        @Override
        public void setTitle(String newTitle) {
            if (!disposed && newTitle != null && !newTitle.isBlank()) {
                title = newTitle;
                host.titleChanged(PartHolder.this);
            }
        }

        @Override
        public EntityRef input() {
            if (input == null) {
                throw new IllegalStateException("a view has no input");
            }
            return input;
        }
    }
}
