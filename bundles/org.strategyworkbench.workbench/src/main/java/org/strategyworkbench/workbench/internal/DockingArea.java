package org.strategyworkbench.workbench.internal;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Cursor;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.strategyworkbench.workbench.contribution.Area;

/**
 * The docking area: four tabbed stacks (left, centre, right, bottom) in split panes. Tabs can be
 * dragged to another stack or moved with their context menu, closed, and a stack maximised by a
 * double-click on its tab. An empty side stack is hidden. Event thread only.
 */
final class DockingArea extends JPanel {

    private static final long serialVersionUID = 1L;

    /** What the docking area tells the window. */
    interface Listener {
        void closeRequested(PartHolder holder);

        void moved(PartHolder holder, Area to);

        void activated(PartHolder holder);

        void sizeChanged(Area area, double share);
    }

    private final transient Listener listener;
    private final Map<Area, JTabbedPane> stacks = new EnumMap<>(Area.class);
    private final JSplitPane outer;
    private final JSplitPane rest;
    private final JSplitPane middle;
    private final Map<Area, Double> shares = new EnumMap<>(Area.class);
    private Area maximized;
    /** The part the user worked in last: activated, clicked or focused. */
    private PartHolder active;
    private final transient java.beans.PropertyChangeListener focusTracker = e -> {
        if (e.getNewValue() instanceof Component focused) {
            PartHolder holder = (PartHolder) SwingUtilities.getAncestorOfClass(PartHolder.class, focused);
            if (holder != null && areaOf(holder) != null) {
                active = holder;
            }
        }
    };

    DockingArea(Listener listener) {
        super(new BorderLayout());
        this.listener = listener;
        for (Area area : Area.values()) {
            stacks.put(area, stack(area));
        }
        middle = split(JSplitPane.VERTICAL_SPLIT, stacks.get(Area.CENTER), stacks.get(Area.BOTTOM), 1.0);
        rest = split(JSplitPane.HORIZONTAL_SPLIT, middle, stacks.get(Area.RIGHT), 1.0);
        outer = split(JSplitPane.HORIZONTAL_SPLIT, stacks.get(Area.LEFT), rest, 0.0);
        shares.put(Area.LEFT, 0.2);
        shares.put(Area.RIGHT, 0.25);
        shares.put(Area.BOTTOM, 0.3);
        trackDivider(outer, Area.LEFT);
        trackDivider(rest, Area.RIGHT);
        trackDivider(middle, Area.BOTTOM);
        add(outer, BorderLayout.CENTER);
        addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                applyShares();
            }
        });
        updateVisibility();
    }

    private static JSplitPane split(int orientation, Component a, Component b, double weight) {
        JSplitPane split = new JSplitPane(orientation, true, a, b);
        split.setResizeWeight(weight);
        split.setBorder(null);
        split.setContinuousLayout(true);
        return split;
    }

    private JTabbedPane stack(Area area) {
        JTabbedPane stack = new JTabbedPane();
        stack.setName("stack:" + area.name().toLowerCase());
        stack.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT);
        stack.putClientProperty("JTabbedPane.tabClosable", true);
        stack.putClientProperty("JTabbedPane.tabCloseToolTipText", "Close (Ctrl+W)");
        stack.putClientProperty("JTabbedPane.tabCloseCallback", (IntConsumer) index -> {
            if (index >= 0 && index < stack.getTabCount()) {
                listener.closeRequested((PartHolder) stack.getComponentAt(index));
            }
        });
        stack.putClientProperty("JTabbedPane.tabType", "card");
        stack.putClientProperty("JTabbedPane.tabHeight", 28);
        stack.addChangeListener(e -> {
            PartHolder holder = (PartHolder) stack.getSelectedComponent();
            if (holder != null) {
                holder.ensureCreated();
                if (stack.isShowing()) {
                    active = holder;
                }
                listener.activated(holder);
            }
        });
        TabMouse mouse = new TabMouse(stack);
        stack.addMouseListener(mouse);
        stack.addMouseMotionListener(mouse);
        return stack;
    }

    /** Adds a part as the last tab of an area; selects it if asked or if it is the stack's only tab. */
    void add(PartHolder holder, Area area, boolean select) {
        JTabbedPane stack = stacks.get(area);
        stack.addTab(holder.title(), holder.icon(), holder, tooltip(holder));
        updateVisibility();
        if (select || stack.getTabCount() == 1) {
            stack.setSelectedComponent(holder);
            holder.ensureCreated();
        }
    }

    private static String tooltip(PartHolder holder) {
        Contribution<?> c = holder.contribution();
        return c == null ? holder.title() : "<html>" + holder.title() + "<br><small>" + c.bundleName() + "</small></html>";
    }

    /** Removes a part's tab (without disposing it). */
    void remove(PartHolder holder) {
        if (active == holder) {
            active = null;
        }
        for (JTabbedPane stack : stacks.values()) {
            int index = stack.indexOfComponent(holder);
            if (index >= 0) {
                stack.removeTabAt(index);
            }
        }
        if (maximized != null && stacks.get(maximized).getTabCount() == 0) {
            restore();
        }
        updateVisibility();
    }

    /** The area a part is in, or {@code null}. */
    Area areaOf(PartHolder holder) {
        for (Map.Entry<Area, JTabbedPane> e : stacks.entrySet()) {
            if (e.getValue().indexOfComponent(holder) >= 0) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Brings a part's tab to the front and gives it the focus. */
    void activate(PartHolder holder) {
        Area area = areaOf(holder);
        if (area == null) {
            return;
        }
        if (maximized != null && maximized != area) {
            restore();
        }
        JTabbedPane stack = stacks.get(area);
        stack.setSelectedComponent(holder);
        holder.ensureCreated();
        active = holder;
        SwingUtilities.invokeLater(() -> {
            Component focus = holder.getComponentCount() > 0 ? holder.getComponent(0) : holder;
            if (!focus.requestFocusInWindow()) {
                stack.requestFocusInWindow();
            }
        });
    }

    /** Brings a part's tab to the front of its stack, without the focus. */
    void select(PartHolder holder) {
        Area area = areaOf(holder);
        if (area != null) {
            stacks.get(area).setSelectedComponent(holder);
            holder.ensureCreated();
        }
    }

    void retitle(PartHolder holder) {
        for (JTabbedPane stack : stacks.values()) {
            int index = stack.indexOfComponent(holder);
            if (index >= 0) {
                stack.setTitleAt(index, holder.title());
                stack.setToolTipTextAt(index, tooltip(holder));
            }
        }
    }

    /** Every part, in area order then tab order. */
    List<PartHolder> parts() {
        List<PartHolder> parts = new ArrayList<>();
        for (JTabbedPane stack : stacks.values()) {
            for (int i = 0; i < stack.getTabCount(); i++) {
                parts.add((PartHolder) stack.getComponentAt(i));
            }
        }
        return parts;
    }

    /**
     * The part the user worked in last (shown, clicked or focused) while it is still open; else the
     * selected tab of the centre.
     */
    PartHolder activePart() {
        if (active != null && areaOf(active) != null) {
            return active;
        }
        return (PartHolder) stacks.get(Area.CENTER).getSelectedComponent();
    }

    @Override
    public void addNotify() {
        super.addNotify();
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("permanentFocusOwner", focusTracker);
    }

    @Override
    public void removeNotify() {
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().removePropertyChangeListener("permanentFocusOwner", focusTracker);
        super.removeNotify();
    }

    /** Maximises the stack of a part, or restores the layout when one is maximised. */
    void toggleMaximized(PartHolder holder) {
        if (maximized != null) {
            restore();
            return;
        }
        Area area = holder == null ? Area.CENTER : areaOf(holder);
        if (area == null) {
            return;
        }
        maximized = area;
        removeAll();
        add(stacks.get(area), BorderLayout.CENTER);
        revalidate();
        repaint();
    }

    boolean isMaximized() {
        return maximized != null;
    }

    void restore() {
        if (maximized == null) {
            return;
        }
        JTabbedPane stack = stacks.get(maximized);
        maximized = null;
        removeAll();
        switch (areaOfStack(stack)) {
            case LEFT -> outer.setLeftComponent(stack);
            case RIGHT -> rest.setRightComponent(stack);
            case BOTTOM -> middle.setBottomComponent(stack);
            default -> middle.setTopComponent(stack);
        }
        add(outer, BorderLayout.CENTER);
        updateVisibility();
        revalidate();
        repaint();
        SwingUtilities.invokeLater(this::applyShares);
    }

    private Area areaOfStack(JTabbedPane stack) {
        return stacks.entrySet().stream().filter(e -> e.getValue() == stack).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    /** Sets the share of the window a side or bottom area takes. */
    void share(Area area, double share) {
        if (area != Area.CENTER) {
            shares.put(area, Math.max(0.1, Math.min(0.6, share)));
        }
    }

    void applyShares() {
        if (getWidth() == 0 || maximized != null) {
            return;
        }
        outer.setDividerLocation(shares.get(Area.LEFT));
        // the right area's share is of the whole width, so of the rest's width it is larger
        double right = shares.get(Area.RIGHT) / Math.max(0.2, 1 - (stacks.get(Area.LEFT).isVisible() ? shares.get(Area.LEFT) : 0));
        rest.setDividerLocation(1 - Math.min(0.8, right));
        middle.setDividerLocation(1 - shares.get(Area.BOTTOM));
    }

    /**
     * Records an area's share when the user drags its divider (and only then: layout changes made
     * by the window itself, a maximise, a resize, are not the user's choice and are not saved).
     */
    private void trackDivider(JSplitPane split, Area area) {
        java.awt.event.MouseAdapter release = new java.awt.event.MouseAdapter() {
            @Override
            public void mouseReleased(java.awt.event.MouseEvent e) {
                recordShare(split, area);
            }
        };
        Runnable attach = () -> {
            if (split.getUI() instanceof javax.swing.plaf.basic.BasicSplitPaneUI ui && ui.getDivider() != null) {
                ui.getDivider().removeMouseListener(release);
                ui.getDivider().addMouseListener(release);
            }
        };
        attach.run();
        // a theme switch replaces the divider
        split.addPropertyChangeListener("UI", e -> attach.run());
    }

    private void recordShare(JSplitPane split, Area area) {
        if (maximized != null) {
            return;
        }
        boolean horizontal = split.getOrientation() == JSplitPane.HORIZONTAL_SPLIT;
        double size = horizontal ? getWidth() : split.getHeight();
        if (size <= 0) {
            return;
        }
        int location = split.getDividerLocation();
        double share = switch (area) {
            case LEFT -> location / size;
            case RIGHT -> (split.getWidth() - location - split.getDividerSize()) / size;
            default -> (split.getHeight() - location - split.getDividerSize()) / size;
        };
        if (share > 0.02) {
            shares.put(area, Math.max(0.1, Math.min(0.6, share)));
            listener.sizeChanged(area, shares.get(area));
        }
    }

    private void updateVisibility() {
        boolean changed = false;
        for (Area area : new Area[] {Area.LEFT, Area.RIGHT, Area.BOTTOM}) {
            JTabbedPane stack = stacks.get(area);
            boolean visible = stack.getTabCount() > 0;
            if (stack.isVisible() != visible) {
                stack.setVisible(visible);
                changed = true;
            }
        }
        if (changed) {
            revalidate();
            SwingUtilities.invokeLater(this::applyShares);
        }
    }

    private JTabbedPane stackAt(Point onScreen) {
        for (JTabbedPane stack : stacks.values()) {
            if (!stack.isShowing()) {
                continue;
            }
            Point p = new Point(onScreen);
            SwingUtilities.convertPointFromScreen(p, stack);
            if (stack.contains(p)) {
                return stack;
            }
        }
        return null;
    }

    /** Opens a tab's context menu. */
    private void popup(JTabbedPane stack, PartHolder holder, Point at) {
        JPopupMenu menu = new JPopupMenu();
        JMenuItem close = new JMenuItem("Close");
        close.addActionListener(e -> listener.closeRequested(holder));
        menu.add(close);
        JMenuItem others = new JMenuItem("Close Others");
        others.setEnabled(stack.getTabCount() > 1);
        others.addActionListener(e -> {
            for (int i = stack.getTabCount() - 1; i >= 0; i--) {
                if (stack.getComponentAt(i) != holder) {
                    listener.closeRequested((PartHolder) stack.getComponentAt(i));
                }
            }
        });
        menu.add(others);
        JMenuItem all = new JMenuItem("Close All");
        all.addActionListener(e -> {
            for (int i = stack.getTabCount() - 1; i >= 0; i--) {
                listener.closeRequested((PartHolder) stack.getComponentAt(i));
            }
        });
        menu.add(all);
        menu.addSeparator();
        JMenuItem max = new JMenuItem(maximized != null ? "Restore" : "Maximize");
        max.addActionListener(e -> toggleMaximized(holder));
        menu.add(max);
        JMenu move = new JMenu("Move To");
        Area current = areaOf(holder);
        for (Area area : Area.values()) {
            if (area != current && !holder.isEditor()) {
                JMenuItem item = new JMenuItem(label(area));
                item.addActionListener(e -> move(holder, area));
                move.add(item);
            }
        }
        move.setEnabled(move.getItemCount() > 0);
        menu.add(move);
        menu.show(stack, at.x, at.y);
    }

    static String label(Area area) {
        return switch (area) {
            case LEFT -> "Left";
            case CENTER -> "Centre";
            case RIGHT -> "Right";
            case BOTTOM -> "Bottom";
        };
    }

    /** Moves a part to another area, as the user asked. */
    void move(PartHolder holder, Area to) {
        if (maximized != null) {
            restore();
        }
        remove(holder);
        add(holder, to, true);
        listener.moved(holder, to);
    }

    /** Tab clicks, double-clicks, context menus and drags to another stack. */
    private final class TabMouse extends MouseAdapter {
        private final JTabbedPane stack;
        private PartHolder dragged;
        private boolean dragging;

        TabMouse(JTabbedPane stack) {
            this.stack = stack;
        }

        private PartHolder at(MouseEvent e) {
            int index = stack.indexAtLocation(e.getX(), e.getY());
            return index < 0 ? null : (PartHolder) stack.getComponentAt(index);
        }

        @Override
        public void mousePressed(MouseEvent e) {
            dragged = SwingUtilities.isLeftMouseButton(e) ? at(e) : null;
            dragging = false;
            maybePopup(e);
        }

        @Override
        public void mouseReleased(MouseEvent e) {
            maybePopup(e);
            if (dragging && dragged != null) {
                stack.setCursor(Cursor.getDefaultCursor());
                JTabbedPane target = stackAt(e.getLocationOnScreen());
                if (target != null && target != stack && !dragged.isEditor()) {
                    move(dragged, areaOfStack(target));
                }
            }
            dragged = null;
            dragging = false;
        }

        @Override
        public void mouseDragged(MouseEvent e) {
            if (dragged != null && !dragging && stack.indexAtLocation(e.getX(), e.getY()) < 0) {
                dragging = true;
                stack.setCursor(Cursor.getPredefinedCursor(Cursor.MOVE_CURSOR));
            }
        }

        @Override
        public void mouseClicked(MouseEvent e) {
            if (e.getClickCount() == 2 && SwingUtilities.isLeftMouseButton(e)) {
                PartHolder holder = at(e);
                if (holder != null) {
                    toggleMaximized(holder);
                }
            }
        }

        private void maybePopup(MouseEvent e) {
            if (e.isPopupTrigger()) {
                PartHolder holder = at(e);
                if (holder != null) {
                    popup(stack, holder, e.getPoint());
                }
            }
        }
    }

    /** For tests of the window's structure: calls {@code action} with each area's stack. */
    void forEachStack(BiConsumer<Area, JTabbedPane> action) {
        stacks.forEach(action);
    }
}
