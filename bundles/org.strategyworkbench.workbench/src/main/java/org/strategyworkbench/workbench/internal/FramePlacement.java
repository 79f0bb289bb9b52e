package org.strategyworkbench.workbench.internal;

import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.util.Optional;
import javax.swing.JFrame;

/**
 * Where the window opens: where the user left it, when that is still on a screen, clamped to the
 * screen (a size saved at another scale or on another screen); else 1280 × 820, at most nine
 * tenths of the screen (which matters on a scaled HiDPI screen), in its centre.
 */
final class FramePlacement {

    private FramePlacement() {
    }

    static void place(JFrame frame, LayoutState layout) {
        GraphicsConfiguration screen = frame.getGraphicsConfiguration();
        Rectangle all = screen.getBounds();
        Insets insets = Toolkit.getDefaultToolkit().getScreenInsets(screen);
        Rectangle usable = new Rectangle(all.x + insets.left, all.y + insets.top,
                all.width - insets.left - insets.right, all.height - insets.top - insets.bottom);
        Optional<Rectangle> saved = layout.bounds().filter(FramePlacement::onSomeScreen);
        if (saved.isPresent()) {
            Rectangle bounds = new Rectangle(saved.get());
            bounds.width = Math.max(640, Math.min(bounds.width, usable.width));
            bounds.height = Math.max(400, Math.min(bounds.height, usable.height));
            bounds.x = Math.max(usable.x, Math.min(bounds.x, usable.x + usable.width - bounds.width));
            bounds.y = Math.max(usable.y, Math.min(bounds.y, usable.y + usable.height - bounds.height));
            frame.setBounds(bounds);
        } else {
            frame.setSize(Math.min(1280, usable.width * 9 / 10), Math.min(820, usable.height * 9 / 10));
            frame.setLocationRelativeTo(null);
        }
        if (layout.maximized()) {
            frame.setExtendedState(JFrame.MAXIMIZED_BOTH);
        }
    }

    private static boolean onSomeScreen(Rectangle bounds) {
        for (GraphicsDevice device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            Rectangle visible = device.getDefaultConfiguration().getBounds().intersection(bounds);
            if (visible.width >= 200 && visible.height >= 100) {
                return true;
            }
        }
        return false;
    }
}
