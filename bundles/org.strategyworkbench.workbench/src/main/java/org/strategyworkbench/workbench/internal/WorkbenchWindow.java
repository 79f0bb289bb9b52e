package org.strategyworkbench.workbench.internal;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.CommandContext;
import org.strategyworkbench.workbench.contribution.Perspective;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.service.LogEntry;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.service.Workbench;

/**
 * The workbench window: menu bar, toolbar with the perspective switcher, the docking area and
 * the status line, all built from the live contributions and rebuilt as they come and go.
 * Created, used and closed on the event dispatch thread.
 */
final class WorkbenchWindow implements Contributions.Listener, PartHolder.Host, DockingArea.Listener {

    static final String STARTUP_REPORT = "strategyworkbench.startup.report";
    static final String EXIT_AFTER_PAINT = "strategyworkbench.startup.exitAfterPaint";

    private final BundleContext context;
    private final Contributions contributions;
    private final WorkbenchImpl workbench;
    private final SelectionServiceImpl selection;
    private final ErrorLogImpl log;
    private final NotificationsImpl notifications;
    private final JobManager jobs;
    private final Workspace workspace;
    private final Guard guard;
    private final LayoutState layout;
    private final PerspectivePlans plans;
    private final Runnable onClose;
    private final JFrame frame;
    private final DockingArea docking;
    private final JToolBar toolbar;
    private final PerspectiveBar perspectiveBar;
    private final StatusLine status;
    private final CommandBar commands;
    private final StatusItems statusItems;
    private final FreezeWatchdog watchdog;
    private final Map<String, PartHolder> views = new LinkedHashMap<>();
    private final Map<EntityRef, PartHolder> editors = new LinkedHashMap<>();
    /** Handler and perspective service objects, held while their contribution lives. */
    private final Map<Contribution<?>, Object> services = new HashMap<>();
    /** Views that were in front when their contribution went, and when: an update brings them back there. */
    private final Map<String, Long> frontWhenBack = new HashMap<>();
    private static final long UPDATE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    private org.osgi.framework.ServiceRegistration<?> workspaceListener;
    private String perspective;
    private boolean userChosePerspective;
    private boolean perspectivesDirty;
    private boolean painted;
    private boolean switching;
    private boolean closed;

    WorkbenchWindow(BundleContext context, Contributions contributions, WorkbenchImpl workbench, SelectionServiceImpl selection,
            ErrorLogImpl log, NotificationsImpl notifications, JobManager jobs, Workspace workspace, Path settings,
            Runnable onClose) {
        this.context = context;
        this.contributions = contributions;
        this.workbench = workbench;
        this.selection = selection;
        this.log = log;
        this.notifications = notifications;
        this.jobs = jobs;
        this.workspace = workspace;
        this.guard = new Guard(log);
        this.layout = LayoutState.load(settings);
        this.plans = new PerspectivePlans(contributions, guard, layout, this::service);
        this.onClose = onClose;
        // the look and feel first: every component takes its UI when created
        theme(layout.theme(), false);
        this.frame = new JFrame("Strategy Workbench");
        this.docking = new DockingArea(this);
        this.toolbar = new JToolBar();
        this.perspectiveBar = new PerspectiveBar();
        this.status = new StatusLine(log, jobs, () -> showView(BuiltInViews.ERROR_LOG));
        this.commands = new CommandBar(frame, toolbar, contributions, guard, log, status, workspace, this::service,
                this::commandContext, new WindowMenus(contributions, this::showView, this::perspectives, () -> perspective,
                        this::choosePerspective)::menus);
        this.statusItems = new StatusItems(context, guard, workbench, selection, status);
        this.watchdog = new FreezeWatchdog(log, context);
    }

    // ---------------------------------------------------------------- opening and closing

    void show() {
        frame.setName("workbench");
        frame.setTitle("Strategy Workbench — " + workspace.folder().getFileName());
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                close();
            }
        });
        JPanel root = new JPanel(new BorderLayout()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void paintComponent(Graphics g) {
                super.paintComponent(g);
                if (!painted) {
                    painted = true;
                    firstPaint();
                }
            }
        };
        toolbar.setFloatable(false);
        toolbar.setName("toolbar");
        JPanel top = new JPanel(new BorderLayout());
        top.add(toolbar, BorderLayout.CENTER);
        top.add(perspectiveBar.panel(), BorderLayout.EAST);
        root.add(top, BorderLayout.NORTH);
        root.add(docking, BorderLayout.CENTER);
        root.add(status, BorderLayout.SOUTH);
        frame.setContentPane(root);
        frame.setMinimumSize(new Dimension(640, 400));
        FramePlacement.place(frame, layout);
        notifications.display(status::notify);
        layout.problem().ifPresent(p -> log.log(LogEntry.Level.WARNING, null, p, null));
        contributions.addListener(this);
        workbench.window(this);
        workspaceListener = context.registerService(org.strategyworkbench.core.workspace.WorkspaceListener.class,
                event -> SwingUtilities.invokeLater(commands::updateToolbar), null);
        commands.rebuild();
        rebuildPerspectives();
        for (Contribution<?> item : contributions.all(Contribution.Kind.STATUS_ITEM)) {
            statusItems.add(item);
        }
        frame.setVisible(true);
        watchdog.start();
    }

    private void firstPaint() {
        if (Boolean.getBoolean(STARTUP_REPORT)) {
            System.err.println("startup: window-painted " + System.currentTimeMillis());
        }
        // the views shown in front are created now that the window is on the screen
        SwingUtilities.invokeLater(() -> docking.forEachStack((area, stack) -> {
            if (stack.getSelectedComponent() instanceof PartHolder holder) {
                holder.ensureCreated();
            }
        }));
        if (Boolean.getBoolean(EXIT_AFTER_PAINT)) {
            SwingUtilities.invokeLater(frame::dispose);
        }
    }

    JFrame frame() {
        return frame;
    }

    /** Closes the window: every part disposed, every service given back, the layout saved. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        commands.close();
        watchdog.stop();
        if (workspaceListener != null) {
            workspaceListener.unregister();
        }
        contributions.removeListener(this);
        workbench.window(null);
        notifications.display(null);
        for (PartHolder holder : new ArrayList<>(docking.parts())) {
            docking.remove(holder);
            holder.dispose();
        }
        views.clear();
        editors.clear();
        statusItems.removeAll();
        new ArrayList<>(services.keySet()).forEach(this::release);
        status.dispose();
        boolean maximized = (frame.getExtendedState() & JFrame.MAXIMIZED_BOTH) == JFrame.MAXIMIZED_BOTH;
        if (!maximized) {
            layout.bounds(frame.getBounds(), false);
        } else {
            layout.bounds(layout.bounds().orElse(frame.getBounds()), true);
        }
        layout.save().ifPresent(p -> System.err.println("workbench: " + p));
        if (frame.isDisplayable()) {
            frame.dispose();
        }
        onClose.run();
    }

    // ---------------------------------------------------------------- contributions

    @Override
    public void added(Contribution<?> contribution) {
        if (closed || !contributions.isEffective(contribution)) {
            return;
        }
        switch (contribution.kind()) {
            case VIEW -> {
                PerspectivePlans.Plan plan = plans.plan(perspective);
                Area area = plan.places().get(contribution.id());
                if (area != null && !views.containsKey(contribution.id())) {
                    PartHolder holder = openView(contribution, area, false);
                    Long gone = frontWhenBack.remove(contribution.id());
                    if (gone != null && System.nanoTime() - gone < UPDATE_NANOS) {
                        docking.select(holder);
                    }
                }
            }
            case COMMAND -> commands.schedule();
            case PERSPECTIVE -> schedulePerspectives();
            case STATUS_ITEM -> statusItems.add(contribution);
            default -> {
                // editors and preference pages are looked up when used
            }
        }
    }

    @Override
    public void removed(Contribution<?> contribution) {
        if (closed) {
            return;
        }
        switch (contribution.kind()) {
            case VIEW -> {
                PartHolder holder = views.get(contribution.id());
                if (holder != null && contribution.equals(holder.contribution())) {
                    if (holder.getParent() instanceof javax.swing.JTabbedPane stack && stack.getSelectedComponent() == holder) {
                        // a plugin being updated: its view comes back to the front when its new version starts
                        frontWhenBack.put(contribution.id(), System.nanoTime());
                    }
                    closePart(holder, false);
                }
                contributions.find(Contribution.Kind.VIEW, contribution.id()).ifPresent(this::added);
            }
            case EDITOR -> {
                for (PartHolder holder : new ArrayList<>(editors.values())) {
                    if (contribution.equals(holder.contribution())) {
                        closePart(holder, false);
                    }
                }
            }
            case COMMAND -> {
                release(contribution);
                commands.schedule();
            }
            case PERSPECTIVE -> {
                release(contribution);
                schedulePerspectives();
            }
            case STATUS_ITEM -> statusItems.remove(contribution);
            default -> {
                // preference pages are looked up when the dialog opens
            }
        }
    }

    private Object service(Contribution<?> contribution) {
        return services.computeIfAbsent(contribution, c -> {
            Object service = context.getService(c.reference());
            if (service == null) {
                throw new IllegalStateException("the service of " + c + " could not be got (its component failed to activate)");
            }
            return service;
        });
    }

    private void release(Contribution<?> contribution) {
        if (services.remove(contribution) != null) {
            guard.run(contribution.bundle(), "Releasing " + contribution, () -> context.ungetService(contribution.reference()));
        }
    }

    // ---------------------------------------------------------------- perspectives

    private List<Contribution<?>> perspectives() {
        List<Contribution<?>> all = contributions.all(Contribution.Kind.PERSPECTIVE);
        all.sort(Comparator.<Contribution<?>>comparingInt(c -> c.integer("rank", 100)).thenComparing(c -> c.string("label", c.id())));
        return all;
    }

    String perspective() {
        return perspective;
    }

    private void schedulePerspectives() {
        if (!perspectivesDirty) {
            perspectivesDirty = true;
            SwingUtilities.invokeLater(this::rebuildPerspectives);
        }
    }

    private void rebuildPerspectives() {
        perspectivesDirty = false;
        if (closed) {
            return;
        }
        List<Contribution<?>> all = perspectives();
        String wanted = perspective;
        boolean currentGone = perspective != null && all.stream().noneMatch(c -> c.id().equals(perspective));
        if (perspective == null || currentGone || !userChosePerspective) {
            Optional<String> saved = layout.perspective().filter(s -> all.stream().anyMatch(c -> c.id().equals(s)));
            wanted = saved.orElse(all.isEmpty() ? null : all.get(0).id());
        }
        perspectiveBar.show(all, wanted, this::choosePerspective);
        if (wanted == null ? perspective != null || views.isEmpty() : !wanted.equals(perspective)) {
            switchTo(wanted);
        }
    }

    /** The user chose a perspective: it is shown, and stays chosen when perspectives come and go. */
    private void choosePerspective(String id) {
        userChosePerspective = true;
        switchTo(id);
    }

    /** Shows a perspective: its views (with the user's changes) replace the current ones; editors stay. */
    void switchTo(String id) {
        if (id != null && id.equals(perspective) && !views.isEmpty()) {
            return;
        }
        // while the stacks are rearranged, a tab that comes to the front for a moment is not created
        switching = true;
        try {
            arrange(id);
        } finally {
            switching = false;
        }
        docking.forEachStack((area, stack) -> {
            if (stack.getSelectedComponent() instanceof PartHolder holder) {
                holder.ensureCreated();
            }
        });
    }

    private void arrange(String id) {
        docking.restore();
        PerspectivePlans.Plan plan = plans.plan(id);
        // a view the new perspective shows too is kept (moved if need be), with its state: only the
        // others are closed and opened, so switching back and forth reloads nothing it need not
        Map<String, PartHolder> kept = new LinkedHashMap<>();
        for (PartHolder holder : new ArrayList<>(views.values())) {
            if (plan.places().containsKey(holder.partId())) {
                kept.put(holder.partId(), holder);
                docking.remove(holder);
            } else {
                closePart(holder, false);
            }
        }
        perspective = id;
        if (id != null) {
            layout.perspective(id);
        }
        plan.sizes().forEach(docking::share);
        Map<Area, PartHolder> firsts = new EnumMap<>(Area.class);
        for (Map.Entry<String, Area> place : plan.places().entrySet()) {
            PartHolder holder = kept.get(place.getKey());
            if (holder != null) {
                docking.add(holder, place.getValue(), false);
                firsts.putIfAbsent(place.getValue(), holder);
            } else {
                contributions.find(Contribution.Kind.VIEW, place.getKey())
                        .ifPresent(view -> firsts.putIfAbsent(place.getValue(), openView(view, place.getValue(), false)));
            }
        }
        // each stack shows the perspective's first view in it, in front of any open editor
        firsts.values().forEach(docking::select);
        perspectiveBar.select(id);
        docking.applyShares();
        saveLayoutSoon();
    }

    /** Puts the current perspective back as its contributions define it, keeping every live view it names. */
    void resetPerspective() {
        if (perspective == null) {
            return;
        }
        layout.reset(perspective);
        String id = perspective;
        perspective = null;
        switchTo(id);
        status.message("The " + contributions.find(Contribution.Kind.PERSPECTIVE, id).map(c -> c.string("label", id)).orElse(id)
                + " perspective was reset");
    }

    // ---------------------------------------------------------------- views and editors

    private PartHolder openView(Contribution<?> view, Area area, boolean select) {
        PartHolder holder = new PartHolder(this, view, view.id(), null, Contributions.title(view),
                Icons.fromBundle(view.bundle(), view.string("icon", ""), Icons.of(Icons.Glyph.VIEW)), null);
        views.put(view.id(), holder);
        docking.add(holder, area, select);
        return holder;
    }

    boolean showView(String id) {
        PartHolder open = views.get(id);
        if (open != null) {
            docking.activate(open);
            return true;
        }
        Optional<Contribution<?>> view = contributions.find(Contribution.Kind.VIEW, id);
        if (view.isEmpty()) {
            return false;
        }
        PerspectivePlans.Plan plan = plans.plan(perspective);
        Area area = layout.movedTo(String.valueOf(perspective), id).orElse(PerspectivePlans.defaultArea(view.get()));
        if (perspective != null) {
            layout.open(perspective, id, plan.own().contains(id));
            saveLayoutSoon();
        }
        docking.activate(openView(view.get(), area, true));
        return true;
    }

    void openEditor(EntityRef entity) {
        PartHolder open = editors.get(entity);
        if (open != null) {
            docking.activate(open);
            return;
        }
        Optional<Contribution<?>> editor = contributions.editorFor(entity.type());
        String title = entity.id();
        PartHolder holder = new PartHolder(this, editor.orElse(null), "editor:" + entity.type() + "/" + entity.id(), entity, title,
                Icons.of(Icons.Glyph.PROPERTIES), h -> h.setControl(new Inspector(context, workspace, entity)));
        editors.put(entity, holder);
        docking.add(holder, Area.CENTER, true);
        docking.activate(holder);
    }

    /** Closes a part; {@code byUser} records it in the layout (a view the user closed stays closed). */
    private void closePart(PartHolder holder, boolean byUser) {
        docking.remove(holder);
        if (holder.isEditor()) {
            editors.remove(holder.input());
        } else {
            views.remove(holder.partId());
            if (byUser && perspective != null) {
                layout.close(perspective, holder.partId());
                saveLayoutSoon();
            }
        }
        holder.dispose();
    }

    @Override
    public void closeRequested(PartHolder holder) {
        closePart(holder, true);
    }

    @Override
    public void moved(PartHolder holder, Area to) {
        if (perspective != null && !holder.isEditor()) {
            layout.moved(perspective, holder.partId(), to);
            saveLayoutSoon();
        }
    }

    @Override
    public void activated(PartHolder holder) {
        // the selection stays with the part that made it until another part publishes one
    }

    @Override
    public void sizeChanged(Area area, double share) {
        if (perspective != null) {
            layout.size(perspective, area, share);
            saveLayoutSoon();
        }
    }

    void closeActivePart() {
        PartHolder active = docking.activePart();
        if (active != null) {
            closePart(active, true);
        }
    }

    void toggleMaximized() {
        docking.toggleMaximized(docking.activePart());
    }

    DockingArea docking() {
        return docking;
    }

    private javax.swing.Timer saveTimer;

    private void saveLayoutSoon() {
        if (saveTimer == null) {
            saveTimer = new javax.swing.Timer(500, e -> layout.save().ifPresent(p -> log.log(LogEntry.Level.WARNING, null, p, null)));
            saveTimer.setRepeats(false);
        }
        saveTimer.restart();
    }

    // ---------------------------------------------------------------- commands

    private CommandContext commandContext(Bundle bundle) {
        Selection current = selection.current();
        Workbench seen = workbench(bundle);
        return new CommandContext() {
            @Override
            public Selection selection() {
                return current;
            }

            @Override
            public Workbench workbench() {
                return seen;
            }

            @Override
            public Window window() {
                return frame;
            }
        };
    }

    /** Every command, view and perspective, for the command palette. */
    List<CommandPalette.Entry> paletteEntries() {
        List<CommandPalette.Entry> entries = new ArrayList<>(commands.paletteEntries());
        for (Contribution<?> v : contributions.all(Contribution.Kind.VIEW)) {
            String id = v.id();
            entries.add(new CommandPalette.Entry("Show View: " + Contributions.title(v), v.string("category", "General"), "",
                    "Open the " + Contributions.title(v) + " view", () -> showView(id)));
        }
        for (Contribution<?> p : perspectives()) {
            String id = p.id();
            entries.add(new CommandPalette.Entry("Perspective: " + p.string("label", id), "Window", "",
                    "Switch to the " + p.string("label", id) + " perspective", () -> choosePerspective(id)));
        }
        return entries;
    }

    /** Runs a command by id; false when it does not exist or is disabled now. */
    boolean execute(String id) {
        return commands.execute(id);
    }

    // ---------------------------------------------------------------- themes

    /** Switches between the light and the dark theme; every open component follows. */
    void theme(String name, boolean update) {
        FlatLaf laf = "dark".equals(name) ? new FlatDarkLaf() : new FlatLightLaf();
        javax.swing.UIManager.put("TabbedPane.showTabSeparators", true);
        javax.swing.UIManager.put("ScrollBar.showButtons", false);
        javax.swing.UIManager.put("Component.focusWidth", 1);
        FlatLaf.setup(laf);
        layout.theme("dark".equals(name) ? "dark" : "light");
        if (update) {
            FlatLaf.updateUI();
            saveLayoutSoon();
        }
    }

    String themeName() {
        return layout.theme();
    }

    StatusLine status() {
        return status;
    }

    // ---------------------------------------------------------------- PartHolder.Host

    @Override
    public BundleContext context() {
        return context;
    }

    @Override
    public Guard guard() {
        return guard;
    }

    @Override
    public Workbench workbench(Bundle bundle) {
        return bundle == null || bundle.equals(context.getBundle()) ? workbench : workbench.forBundle(bundle);
    }

    @Override
    public SelectionServiceImpl selection() {
        return selection;
    }

    @Override
    public void titleChanged(PartHolder holder) {
        docking.retitle(holder);
    }

    @Override
    public boolean partsMayBeCreated() {
        return painted && !switching;
    }

    @Override
    public void showErrorLog() {
        showView(BuiltInViews.ERROR_LOG);
    }
}
