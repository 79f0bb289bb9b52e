package org.strategyworkbench.reporting.ui.internal;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.UIManager;

/** A titled horizontal bar chart: one bar per category with its count, drawn to scale. */
final class BarChart extends JComponent {

    private static final long serialVersionUID = 1L;
    private static final int ROW = 22;

    /** One bar. */
    record Bar(String label, int value, Color colour) {
    }

    private final String title;
    private transient List<Bar> bars = List.of();

    BarChart(String name, String title) {
        this.title = title;
        setName(name);
    }

    void show(List<Bar> newBars) {
        this.bars = newBars;
        setToolTipText(title + ": " + String.join(", ", newBars.stream().map(b -> b.label() + " " + b.value()).toList()));
        revalidate();
        repaint();
    }

    List<Bar> bars() {
        return bars;
    }

    @Override
    public Dimension getMinimumSize() {
        // a chart squeezed below its rows says nothing: scroll instead
        return getPreferredSize();
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(160, 34 + Math.max(1, bars.size()) * ROW);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font font = UIManager.getFont("Label.font");
            Color fg = UIManager.getColor("Label.foreground");
            g.setFont(font.deriveFont(Font.BOLD));
            g.setColor(fg);
            g.drawString(title, 0, 16);
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            int labelWidth = 0;
            for (Bar bar : bars) {
                labelWidth = Math.max(labelWidth, fm.stringWidth(bar.label()));
            }
            labelWidth += 10;
            int max = bars.stream().mapToInt(Bar::value).max().orElse(1);
            int width = Math.max(40, getWidth() - labelWidth - 50);
            int y = 28;
            for (Bar bar : bars) {
                g.setColor(fg);
                g.drawString(bar.label(), 0, y + 14);
                int w = max == 0 ? 0 : (int) Math.round(width * bar.value() / (double) max);
                g.setColor(bar.colour());
                g.fillRoundRect(labelWidth, y + 3, Math.max(bar.value() > 0 ? 3 : 0, w), ROW - 8, 4, 4);
                g.setColor(fg);
                g.drawString(String.valueOf(bar.value()), labelWidth + w + 6, y + 14);
                y += ROW;
            }
        } finally {
            g.dispose();
        }
    }
}
