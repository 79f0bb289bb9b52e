package org.strategyworkbench.workbench.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.net.URL;
import javax.swing.Icon;
import javax.swing.ImageIcon;
import javax.swing.UIManager;
import org.osgi.framework.Bundle;

/**
 * The workbench's icons, drawn as shapes so they stay sharp at any scale (FlatLaf scales the
 * graphics on HiDPI screens), and contributed icons loaded from their bundle.
 */
final class Icons {

    private Icons() {
    }

    /** A shape icon of 16 px. */
    enum Glyph {
        VIEW, ERROR, WARNING, INFO, PLUGIN, PROGRESS, PROPERTIES, HOME, COMMAND, UNDO, REDO, SEARCH
    }

    /** The icon path prefix of the workbench's own commands for a drawn icon: {@code glyph:UNDO}. */
    static final String GLYPH = "glyph:";

    static Icon of(Glyph glyph) {
        return new GlyphIcon(glyph);
    }

    /**
     * A contributed icon: a PNG in the bundle, with its {@code @2x} variant used on HiDPI
     * screens when present; {@code fallback} when the path is empty or missing.
     */
    static Icon fromBundle(Bundle bundle, String path, Icon fallback) {
        if (path == null || path.isBlank() || bundle == null) {
            return fallback;
        }
        if (path.startsWith(GLYPH) && bundle.equals(org.osgi.framework.FrameworkUtil.getBundle(Icons.class))) {
            try {
                return of(Glyph.valueOf(path.substring(GLYPH.length())));
            } catch (IllegalArgumentException e) {
                return fallback;
            }
        }
        URL url = bundle.getEntry(path.startsWith("/") ? path : "/" + path);
        if (url == null) {
            return fallback;
        }
        int dot = path.lastIndexOf('.');
        URL large = dot < 0 ? null : bundle.getEntry((path.startsWith("/") ? "" : "/") + path.substring(0, dot) + "@2x" + path.substring(dot));
        ImageIcon base = new ImageIcon(url);
        if (large == null) {
            return base;
        }
        Image multi = new java.awt.image.BaseMultiResolutionImage(base.getImage(), new ImageIcon(large).getImage());
        return new ImageIcon(multi);
    }

    private static final class GlyphIcon implements Icon {
        private final Glyph glyph;

        GlyphIcon(Glyph glyph) {
            this.glyph = glyph;
        }

        @Override
        public int getIconWidth() {
            return 16;
        }

        @Override
        public int getIconHeight() {
            return 16;
        }

        @Override
        public void paintIcon(Component c, Graphics graphics, int x, int y) {
            Graphics2D g = (Graphics2D) graphics.create();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                g.translate(x, y);
                Color fg = UIManager.getColor("Label.foreground");
                Color accent = UIManager.getColor("Component.accentColor");
                if (accent == null) {
                    accent = new Color(0x2675BF);
                }
                switch (glyph) {
                    case ERROR -> {
                        g.setColor(new Color(0xDB5860));
                        g.fill(new Ellipse2D.Double(1.5, 1.5, 13, 13));
                        g.setColor(Color.WHITE);
                        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                        g.drawLine(5, 5, 11, 11);
                        g.drawLine(11, 5, 5, 11);
                    }
                    case WARNING -> {
                        g.setColor(new Color(0xE2A53A));
                        Path2D t = new Path2D.Double();
                        t.moveTo(8, 1.5);
                        t.lineTo(15, 14.5);
                        t.lineTo(1, 14.5);
                        t.closePath();
                        g.fill(t);
                        g.setColor(Color.WHITE);
                        g.fillRect(7, 5, 2, 5);
                        g.fillRect(7, 11, 2, 2);
                    }
                    case INFO -> {
                        g.setColor(new Color(0x3592C4));
                        g.fill(new Ellipse2D.Double(1.5, 1.5, 13, 13));
                        g.setColor(Color.WHITE);
                        g.fillRect(7, 7, 2, 5);
                        g.fillRect(7, 4, 2, 2);
                    }
                    case PLUGIN -> {
                        g.setColor(accent);
                        g.fill(new RoundRectangle2D.Double(2, 4, 10, 10, 3, 3));
                        g.fillRect(5, 1, 2, 4);
                        g.fillRect(9, 1, 2, 4);
                        g.fillRect(11, 8, 4, 2);
                    }
                    case PROGRESS -> {
                        g.setColor(fg);
                        g.setStroke(new BasicStroke(1.5f));
                        g.draw(new Ellipse2D.Double(2, 2, 12, 12));
                        g.setColor(accent);
                        g.drawLine(8, 8, 8, 4);
                        g.drawLine(8, 8, 11, 9);
                    }
                    case PROPERTIES -> {
                        g.setColor(fg);
                        for (int row = 0; row < 3; row++) {
                            g.fillRect(2, 3 + row * 4, 3, 2);
                            g.fillRect(7, 3 + row * 4, 7, 2);
                        }
                    }
                    case HOME -> {
                        g.setColor(accent);
                        Path2D h = new Path2D.Double();
                        h.moveTo(8, 1.5);
                        h.lineTo(15, 8);
                        h.lineTo(13, 8);
                        h.lineTo(13, 14.5);
                        h.lineTo(3, 14.5);
                        h.lineTo(3, 8);
                        h.lineTo(1, 8);
                        h.closePath();
                        g.fill(h);
                    }
                    case COMMAND -> {
                        g.setColor(fg);
                        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                        g.drawLine(3, 4, 7, 8);
                        g.drawLine(7, 8, 3, 12);
                        g.drawLine(9, 12, 13, 12);
                    }
                    case UNDO, REDO -> {
                        g.setColor(fg);
                        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                        if (glyph == Glyph.REDO) {
                            g.scale(-1, 1);
                            g.translate(-16, 0);
                        }
                        Path2D arc = new Path2D.Double();
                        arc.moveTo(4, 7);
                        arc.lineTo(10, 7);
                        arc.curveTo(14, 7, 14, 13, 10, 13);
                        arc.lineTo(6, 13);
                        g.draw(arc);
                        Path2D head = new Path2D.Double();
                        head.moveTo(6.5, 4);
                        head.lineTo(3.5, 7);
                        head.lineTo(6.5, 10);
                        g.draw(head);
                    }
                    case SEARCH -> {
                        g.setColor(fg);
                        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                        g.draw(new Ellipse2D.Double(2.5, 2.5, 8, 8));
                        g.drawLine(10, 10, 14, 14);
                    }
                    case VIEW -> {
                        g.setColor(fg);
                        g.setStroke(new BasicStroke(1.2f));
                        g.draw(new RoundRectangle2D.Double(1.5, 2.5, 13, 11, 2, 2));
                        g.setColor(accent);
                        g.fillRect(2, 3, 12, 3);
                    }
                }
            } finally {
                g.dispose();
            }
        }
    }
}
