package org.strategyworkbench.milestones.ui.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Path2D;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.Scrollable;
import javax.swing.UIManager;
import org.strategyworkbench.milestones.Milestone;
import org.strategyworkbench.milestones.MilestoneStatus;

/**
 * A Gantt-style timeline: one row per milestone, its baseline (hollow diamond), forecast (solid
 * diamond, joined to the baseline by the slip), actual (check mark), a line for today, arrows for
 * dependencies, and late ones in red. Click selects, double-click opens; Up and Down move the
 * selection.
 */
final class TimelineChart extends JComponent implements Scrollable {

    private static final long serialVersionUID = 1L;
    static final int ROW = 24;
    static final int HEADER = 40;
    static final int LABEL = 300;
    static final Color LATE = new Color(0xDB5860);
    static final Color DONE = new Color(0x4C9A2A);
    static final Color AT_RISK = new Color(0xE2A53A);
    static final Color ON_TRACK = new Color(0x2E75B6);

    private static final int DESCRIBED = 200;
    private transient List<Milestone> milestones = List.of();
    private final transient Map<String, Integer> rowOf = new HashMap<>();
    private LocalDate today = LocalDate.now();
    private LocalDate from = today.minusMonths(6);
    private LocalDate to = today.plusMonths(18);
    private int selected = -1;
    private transient Consumer<Milestone> onSelect = m -> { };
    private transient Consumer<Milestone> onOpen = m -> { };

    TimelineChart() {
        setName("timeline:chart");
        setFocusable(true);
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                requestFocusInWindow();
                int row = (e.getY() - HEADER) / ROW;
                if (e.getY() >= HEADER && row < milestones.size()) {
                    select(row);
                    if (e.getClickCount() == 2) {
                        onOpen.accept(milestones.get(row));
                    }
                }
            }
        };
        addMouseListener(mouse);
        getInputMap().put(javax.swing.KeyStroke.getKeyStroke("DOWN"), "down");
        getInputMap().put(javax.swing.KeyStroke.getKeyStroke("UP"), "up");
        getInputMap().put(javax.swing.KeyStroke.getKeyStroke("ENTER"), "open");
        getActionMap().put("down", action(() -> select(Math.min(milestones.size() - 1, selected + 1))));
        getActionMap().put("up", action(() -> select(Math.max(0, selected - 1))));
        getActionMap().put("open", action(() -> {
            if (selected >= 0) {
                onOpen.accept(milestones.get(selected));
            }
        }));
    }

    private static javax.swing.Action action(Runnable run) {
        return new javax.swing.AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                run.run();
            }
        };
    }

    @Override
    public javax.accessibility.AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                private static final long serialVersionUID = 1L;

                @Override
                public javax.accessibility.AccessibleRole getAccessibleRole() {
                    return javax.accessibility.AccessibleRole.CANVAS;
                }
            };
        }
        return accessibleContext;
    }

    void onSelect(Consumer<Milestone> action) {
        this.onSelect = action;
    }

    void onOpen(Consumer<Milestone> action) {
        this.onOpen = action;
    }

    /** Shows milestones, sorted by their expected date; keeps the selected one selected. */
    void show(List<Milestone> rows, LocalDate asOf) {
        String keep = selected >= 0 && selected < milestones.size() ? milestones.get(selected).id() : null;
        this.milestones = rows;
        this.today = asOf;
        LocalDate min = asOf;
        LocalDate max = asOf;
        for (Milestone m : rows) {
            for (LocalDate d : new LocalDate[] {m.baseline(), m.forecast(), m.actual()}) {
                if (d != null) {
                    min = d.isBefore(min) ? d : min;
                    max = d.isAfter(max) ? d : max;
                }
            }
        }
        from = min.minusMonths(1).withDayOfMonth(1);
        to = max.plusMonths(2).withDayOfMonth(1);
        // screen readers get the count and the first rows, not a page per milestone
        getAccessibleContext().setAccessibleDescription("Timeline of " + rows.size() + " milestones: "
                + String.join(", ", rows.stream().limit(DESCRIBED).map(m -> m.id() + " " + m.title()).toList())
                + (rows.size() > DESCRIBED ? ", …" : ""));
        rowOf.clear();
        for (int i = 0; i < rows.size(); i++) {
            rowOf.put(rows.get(i).id(), i);
        }
        selected = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(keep)) {
                selected = i;
            }
        }
        revalidate();
        repaint();
    }

    List<Milestone> milestones() {
        return milestones;
    }

    /** Selects a row by the milestone's id; false when it is not shown. */
    boolean select(String id) {
        for (int i = 0; i < milestones.size(); i++) {
            if (milestones.get(i).id().equals(id)) {
                select(i);
                return true;
            }
        }
        return false;
    }

    private void select(int row) {
        if (row < 0 || row >= milestones.size()) {
            return;
        }
        selected = row;
        scrollRectToVisible(new Rectangle(0, HEADER + row * ROW - ROW, 10, ROW * 3));
        repaint();
        onSelect.accept(milestones.get(row));
    }

    static Color colour(MilestoneStatus status) {
        return switch (status) {
            case LATE -> LATE;
            case DONE -> DONE;
            case AT_RISK -> AT_RISK;
            case ON_TRACK -> ON_TRACK;
        };
    }

    private int x(LocalDate date, int width) {
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        return LABEL + (int) Math.round((width - LABEL - 20) * ChronoUnit.DAYS.between(from, date) / (double) span);
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(900, HEADER + Math.max(1, milestones.size()) * ROW + 10);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int width = getWidth();
            Color bg = UIManager.getColor("Table.background");
            Color fg = UIManager.getColor("Table.foreground");
            Color grid = UIManager.getColor("Table.gridColor") == null ? Color.LIGHT_GRAY : UIManager.getColor("Table.gridColor");
            Color muted = UIManager.getColor("Label.disabledForeground");
            g.setColor(bg);
            g.fillRect(0, 0, width, getHeight());
            Font font = UIManager.getFont("Table.font");
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            Rectangle clip = g.getClipBounds() == null ? new Rectangle(0, 0, width, getHeight()) : g.getClipBounds();
            // months and years
            for (LocalDate m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                int x = x(m, width);
                g.setColor(m.getMonthValue() == 1 ? muted : grid);
                g.drawLine(x, HEADER - 12, x, getHeight());
                if (m.getMonthValue() == 1 || m.equals(from)) {
                    g.setColor(fg);
                    g.drawString(String.valueOf(m.getYear()), x + 3, 14);
                }
                long monthsShown = ChronoUnit.MONTHS.between(from, to);
                if (monthsShown <= 36 || m.getMonthValue() % 3 == 1) {
                    g.setColor(muted);
                    g.drawString(m.getMonth().name().substring(0, 1), x + 3, HEADER - 16);
                }
            }
            // rows
            int first = Math.max(0, (clip.y - HEADER) / ROW - 1);
            int last = Math.min(milestones.size() - 1, (clip.y + clip.height - HEADER) / ROW + 1);
            for (int i = first; i <= last; i++) {
                Milestone m = milestones.get(i);
                int y = HEADER + i * ROW;
                MilestoneStatus status = m.status(today);
                if (i == selected) {
                    g.setColor(UIManager.getColor("Table.selectionBackground"));
                    g.fillRect(0, y, width, ROW);
                } else if (status == MilestoneStatus.LATE) {
                    g.setColor(new Color(LATE.getRed(), LATE.getGreen(), LATE.getBlue(), 28));
                    g.fillRect(0, y, width, ROW);
                }
                g.setColor(i == selected ? UIManager.getColor("Table.selectionForeground") : fg);
                String label = m.id() + "  " + m.title();
                while (fm.stringWidth(label) > LABEL - 16 && label.length() > 6) {
                    label = label.substring(0, label.length() - 2);
                }
                g.drawString(label.length() < (m.id() + "  " + m.title()).length() ? label + "…" : label, 8, y + 16);
                int cy = y + ROW / 2;
                Color c = colour(status);
                if (m.baseline() != null && m.forecast() != null && !m.forecast().equals(m.baseline())) {
                    g.setColor(c);
                    g.setStroke(new BasicStroke(2f));
                    g.drawLine(x(m.baseline(), width), cy, x(m.forecast(), width), cy);
                }
                if (m.baseline() != null) {
                    diamond(g, x(m.baseline(), width), cy, c, false);
                }
                if (m.forecast() != null) {
                    diamond(g, x(m.forecast(), width), cy, c, true);
                }
                if (m.actual() != null) {
                    int ax = x(m.actual(), width);
                    g.setColor(DONE);
                    g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.drawLine(ax - 5, cy, ax - 1, cy + 4);
                    g.drawLine(ax - 1, cy + 4, ax + 6, cy - 5);
                }
                if (m.baseline() == null && m.forecast() == null && m.actual() == null) {
                    g.setColor(muted);
                    g.drawString("no date", LABEL + 4, y + 16);
                }
            }
            // dependencies: from the prerequisite's date to the dependent's start
            g.setStroke(new BasicStroke(1.2f));
            g.setColor(muted);
            for (int i = 0; i < milestones.size(); i++) {
                Milestone m = milestones.get(i);
                for (String dep : m.dependsOn()) {
                    Integer j = rowOf.get(dep);
                    // only arrows that cross the painted rows
                    if (j == null || Math.max(i, j) < first || Math.min(i, j) > last) {
                        continue;
                    }
                    Milestone d = milestones.get(j);
                    LocalDate fromDate = d.actual() != null ? d.actual() : d.expected().orElse(null);
                    LocalDate toDate = m.expected().orElse(m.actual());
                    if (fromDate == null || toDate == null) {
                        continue;
                    }
                    int x1 = x(fromDate, width) + 6;
                    int y1 = HEADER + j * ROW + ROW / 2;
                    int x2 = x(toDate, width) - 8;
                    int y2 = HEADER + i * ROW + ROW / 2;
                    Path2D path = new Path2D.Double();
                    path.moveTo(x1, y1);
                    int mid = Math.max(x1 + 6, Math.min(x2, x1 + 12));
                    path.lineTo(mid, y1);
                    path.lineTo(mid, y2);
                    path.lineTo(x2, y2);
                    g.draw(path);
                    g.fillPolygon(new int[] {x2, x2 - 5, x2 - 5}, new int[] {y2, y2 - 4, y2 + 4}, 3);
                }
            }
            // today
            int tx = x(today, width);
            g.setColor(LATE);
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
            g.drawLine(tx, HEADER - 12, tx, getHeight());
            int labelX = tx + 3 + fm.stringWidth("today") > width ? tx - 3 - fm.stringWidth("today") : tx + 3;
            g.drawString("today", labelX, HEADER - 2);
            g.setColor(grid);
            g.setStroke(new BasicStroke(1f));
            g.drawLine(LABEL - 4, 0, LABEL - 4, getHeight());
        } finally {
            g.dispose();
        }
    }

    private static void diamond(Graphics2D g, int x, int y, Color colour, boolean filled) {
        Path2D d = new Path2D.Double();
        d.moveTo(x, y - 6);
        d.lineTo(x + 6, y);
        d.lineTo(x, y + 6);
        d.lineTo(x - 6, y);
        d.closePath();
        g.setColor(filled ? colour : UIManager.getColor("Table.background"));
        g.fill(d);
        g.setColor(colour);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(d);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return ROW;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(ROW, visible.height - ROW);
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
