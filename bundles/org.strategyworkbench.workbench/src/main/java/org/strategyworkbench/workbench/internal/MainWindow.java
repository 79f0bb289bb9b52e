package org.strategyworkbench.workbench.internal;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.BorderLayout;
import java.awt.Graphics;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.Arrays;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.WindowConstants;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** The workbench's main window. Created and used on the event dispatch thread only. */
final class MainWindow {

    private static final String STARTUP_REPORT = "strategyworkbench.startup.report";
    private static final String EXIT_AFTER_PAINT = "strategyworkbench.startup.exitAfterPaint";

    private final BundleContext context;
    private final WorkspaceSummary summary;
    private final Path workspace;
    private final Runnable onClose;
    private final JFrame frame = new JFrame("Strategy Workbench");
    private boolean painted;

    MainWindow(BundleContext context, WorkspaceSummary summary, Runnable onClose) {
        this.context = context;
        this.summary = summary;
        this.workspace = summary.folder();
        this.onClose = onClose;
    }

    void show() {
        FlatLightLaf.setup();
        frame.setTitle("Strategy Workbench — " + workspace.getFileName());
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                onClose.run();
            }
        });
        frame.setJMenuBar(menuBar());
        frame.setContentPane(content());
        frame.setSize(1200, 800);
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
    }

    private JPanel content() {
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
        JLabel welcome = new JLabel(page("<p>Opening the workspace…</p>"));
        // opening reads (or creates) the workspace: never on the event thread
        new SwingWorker<String, Void>() {
            @Override
            protected String doInBackground() {
                return summary.load();
            }

            @Override
            protected void done() {
                try {
                    welcome.setText(page(get()));
                } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                    welcome.setText(page("<p>" + e + "</p>"));
                }
            }
        }.execute();
        welcome.setBorder(BorderFactory.createEmptyBorder(24, 24, 24, 24));
        welcome.setVerticalAlignment(JLabel.TOP);
        root.add(welcome, BorderLayout.CENTER);
        JLabel status = new JLabel(activeBundles() + " bundles active  ·  " + workspace);
        status.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        root.add(status, BorderLayout.SOUTH);
        return root;
    }

    private String page(String body) {
        return "<html><h1>Strategy Workbench</h1><p>Workspace: " + workspace + "</p>" + body
                + "<p style='color:gray'>The tracking views arrive with their bundles.</p></html>";
    }

    private long activeBundles() {
        return Arrays.stream(context.getBundles()).filter(b -> b.getState() == Bundle.ACTIVE).count();
    }

    private JMenuBar menuBar() {
        JMenuBar bar = new JMenuBar();
        JMenu file = menu("File", KeyEvent.VK_F);
        file.add(item("Exit", KeyEvent.VK_X, KeyStroke.getKeyStroke("ctrl Q"), frame::dispose));
        JMenu view = menu("View", KeyEvent.VK_V);
        view.add(item("Light Theme", KeyEvent.VK_L, null, () -> theme(new FlatLightLaf())));
        view.add(item("Dark Theme", KeyEvent.VK_D, null, () -> theme(new FlatDarkLaf())));
        JMenu help = menu("Help", KeyEvent.VK_H);
        help.add(item("About Strategy Workbench", KeyEvent.VK_A, null, this::about));
        bar.add(file);
        bar.add(view);
        bar.add(help);
        return bar;
    }

    private static JMenu menu(String text, int mnemonic) {
        JMenu menu = new JMenu(text);
        menu.setMnemonic(mnemonic);
        return menu;
    }

    private static JMenuItem item(String text, int mnemonic, KeyStroke key, Runnable action) {
        JMenuItem item = new JMenuItem(text, mnemonic);
        item.setAccelerator(key);
        item.addActionListener(e -> action.run());
        return item;
    }

    private void theme(FlatLaf laf) {
        FlatLaf.setup(laf);
        FlatLaf.updateUI();
    }

    private void about() {
        JOptionPane.showMessageDialog(frame, "Strategy Workbench " + context.getProperty("strategyworkbench.version")
                + "\nTracks how a strategy is implemented.", "About", JOptionPane.INFORMATION_MESSAGE);
    }

    private void firstPaint() {
        if (Boolean.getBoolean(STARTUP_REPORT)) {
            System.err.println("startup: window-painted " + System.currentTimeMillis());
        }
        if (Boolean.getBoolean(EXIT_AFTER_PAINT)) {
            SwingUtilities.invokeLater(frame::dispose);
        }
    }
}
