package org.strategyworkbench.commitments.ui.internal;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.UIManager;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.core.problems.Validation;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.contribution.ViewProperties;
import org.strategyworkbench.workbench.widgets.WorkspaceRefresh;

/**
 * How soft commitments turn into deeds: for all of them and for each owner, a bar split into
 * undecided, decided, concrete action (a concrete follow-up commitment or an action recorded),
 * done, and closed on purpose, with the stalling ones counted. Drawn by this bundle.
 */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = ConversionView.ID, title = "Conversion", category = "Tracking", area = Area.CENTER,
        perspectives = CommitmentsPerspective.ID)
public final class ConversionView implements ViewPart {

    public static final String ID = "commitments.conversion";

    static final Map<CommitmentRows.Conversion, Color> COLOURS = new EnumMap<>(Map.of(
            CommitmentRows.Conversion.UNDECIDED, new Color(0xE2A53A),
            CommitmentRows.Conversion.DECIDED, new Color(0x5B9BD5),
            CommitmentRows.Conversion.ACTING, new Color(0x2E75B6),
            CommitmentRows.Conversion.DONE, new Color(0x4C9A2A),
            CommitmentRows.Conversion.CLOSED, new Color(0x9E9E9E)));

    private final BundleContext context;
    private final Loader loader;
    private WorkspaceRefresh refresh;

    @Activate
    public ConversionView(BundleContext context, @Reference Workspace workspace, @Reference Validation validation) {
        this.context = context;
        this.loader = new Loader(workspace, validation);
    }

    /** One bar: a label and the count of soft commitments at each step. */
    record Bar(String label, Map<CommitmentRows.Conversion, Integer> counts, int stalling) {
        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The overall bar first, then one per owner (largest first). */
    static List<Bar> bars(List<CommitmentRows.Row> rows) {
        Map<String, List<CommitmentRows.Row>> byOwner = new TreeMap<>();
        List<CommitmentRows.Row> soft = rows.stream().filter(CommitmentRows.Row::isSoft).toList();
        soft.forEach(r -> byOwner.computeIfAbsent(r.commitment().owner().isBlank() ? "(no owner)" : r.commitment().owner(),
                k -> new ArrayList<>()).add(r));
        List<Bar> bars = new ArrayList<>();
        bars.add(bar("All soft commitments", soft));
        byOwner.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .forEach(e -> bars.add(bar(e.getKey(), e.getValue())));
        return bars;
    }

    private static Bar bar(String label, List<CommitmentRows.Row> rows) {
        Map<CommitmentRows.Conversion, Integer> counts = new EnumMap<>(CommitmentRows.Conversion.class);
        for (CommitmentRows.Conversion c : CommitmentRows.Conversion.values()) {
            counts.put(c, 0);
        }
        rows.forEach(r -> counts.merge(r.conversion(), 1, Integer::sum));
        return new Bar(label, counts, (int) rows.stream().filter(CommitmentRows.Row::isStalling).count());
    }

    @Override
    public JComponent createControl(PartSite site) {
        Chart chart = new Chart();
        chart.setName("conversion:chart");
        JScrollPane scroll = new JScrollPane(chart);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(scroll, BorderLayout.CENTER);
        Runnable reload = () -> loader.load(site.workbench(), "Computing conversion", data -> chart.show(bars(data.rows())));
        refresh = WorkspaceRefresh.register(context, reload);
        reload.run();
        return panel;
    }

    @Override
    public void dispose() {
        loader.cancel();
        if (refresh != null) {
            refresh.close();
        }
    }

    /** The stacked bars, with a legend and the counts written in the segments. */
    static final class Chart extends JComponent {
        private static final long serialVersionUID = 1L;
        private static final int ROW = 34;
        private static final int TOP = 70;
        private transient List<Bar> bars = List.of();

        void show(List<Bar> newBars) {
            this.bars = newBars;
            revalidate();
            repaint();
        }

        List<Bar> bars() {
            return bars;
        }

        @Override
        public Dimension getPreferredSize() {
            return new Dimension(600, TOP + 20 + bars.size() * ROW + (bars.size() > 1 ? 20 : 0));
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            Graphics2D g = (Graphics2D) graphics.create();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setColor(UIManager.getColor("Panel.background"));
                g.fillRect(0, 0, getWidth(), getHeight());
                Color fg = UIManager.getColor("Label.foreground");
                Font font = UIManager.getFont("Label.font");
                g.setFont(font.deriveFont(Font.BOLD, font.getSize2D() * 1.2f));
                g.setColor(fg);
                g.drawString("From words to deeds: where each soft commitment stands", 16, 26);
                g.setFont(font);
                FontMetrics fm = g.getFontMetrics();
                int x = 16;
                for (CommitmentRows.Conversion c : CommitmentRows.Conversion.values()) {
                    g.setColor(COLOURS.get(c));
                    g.fillRoundRect(x, 40, 12, 12, 3, 3);
                    g.setColor(fg);
                    g.drawString(c.label, x + 16, 51);
                    x += 16 + fm.stringWidth(c.label) + 18;
                }
                int labelWidth = 220;
                int left = 16 + labelWidth;
                int width = Math.max(100, getWidth() - left - 150);
                int max = bars.stream().mapToInt(Bar::total).max().orElse(1);
                int y = TOP;
                for (int i = 0; i < bars.size(); i++) {
                    Bar bar = bars.get(i);
                    if (i == 1) {
                        g.setColor(UIManager.getColor("Separator.foreground"));
                        g.drawLine(16, y + 4, getWidth() - 16, y + 4);
                        g.setColor(fg);
                        g.drawString("By owner", 16, y + 18);
                        y += 24;
                    }
                    g.setColor(fg);
                    g.setFont(i == 0 ? font.deriveFont(Font.BOLD) : font);
                    String label = bar.label();
                    while (fm.stringWidth(label) > labelWidth - 10 && label.length() > 4) {
                        label = label.substring(0, label.length() - 2);
                    }
                    g.drawString(label.equals(bar.label()) ? label : label + "…", 16, y + 18);
                    int barX = left;
                    int full = i == 0 ? width : (int) Math.round(width * bar.total() / (double) max);
                    for (CommitmentRows.Conversion c : CommitmentRows.Conversion.values()) {
                        int n = bar.counts().get(c);
                        if (n == 0) {
                            continue;
                        }
                        int w = (int) Math.round(full * n / (double) Math.max(1, bar.total()));
                        g.setColor(COLOURS.get(c));
                        g.fillRect(barX, y + 4, Math.max(1, w), ROW - 12);
                        String count = String.valueOf(n);
                        if (fm.stringWidth(count) + 6 < w) {
                            g.setColor(Color.WHITE);
                            g.drawString(count, barX + (w - fm.stringWidth(count)) / 2, y + 4 + (ROW - 12 + fm.getAscent()) / 2 - 2);
                        }
                        barX += w;
                    }
                    g.setColor(fg);
                    g.setFont(font);
                    g.drawString(bar.total() + (bar.stalling() > 0 ? "  (" + bar.stalling() + " stalling)" : ""), barX + 8, y + 18);
                    g.setColor(UIManager.getColor("Component.borderColor"));
                    g.setStroke(new BasicStroke(1f));
                    y += ROW;
                }
                if (bars.isEmpty() || bars.get(0).total() == 0) {
                    g.setColor(fg);
                    g.drawString("No soft commitments in this workspace.", 16, TOP + 18);
                }
            } finally {
                g.dispose();
            }
        }
    }
}
