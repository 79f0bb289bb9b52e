package org.strategyworkbench.benchmarks.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Toolkit;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.core.store.WorkspaceStore;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.dataset.synthetic.SyntheticSize;
import org.strategyworkbench.dataset.synthetic.SyntheticWorkspace;
import org.strategyworkbench.launcher.command.CommandInvocation;
import org.strategyworkbench.launcher.command.WorkbenchCommand;
import org.strategyworkbench.workbench.service.Workbench;

/**
 * Opens and filters every tracking view on the synthetic workspace of {@link SyntheticSize#SCALE}
 * and prints, per step, the time until the view showed its data and the longest pause of the
 * event dispatch thread (a pause is what the user feels as a freeze). Asserts only that each view
 * shows what it should; the figures are printed, never asserted.
 */
class ViewLatencyBenchmark {

    private static final long TIMEOUT_MILLIS = 120_000;

    @InjectBundleContext
    BundleContext context;

    @InjectService
    WorkspaceStore store;

    @InjectService
    Workbench workbench;

    @InjectService
    Workspace workspace;

    private final List<String> lines = new ArrayList<>();
    private TimingQueue queue;
    private JFrame frame;

    @Test
    void everyViewOpensAndFiltersOnTheLargeWorkspace() throws Exception {
        Path folder = Path.of(context.getProperty("strategyworkbench.workspace"));
        long t0 = System.nanoTime();
        SyntheticWorkspace synthetic = SyntheticWorkspace.generate(SyntheticSize.SCALE);
        try (StoreSession session = store.open(folder)) {
            synthetic.writeTo(session);
        }
        System.out.printf("synthetic workspace %s written in %d ms%n", SyntheticSize.SCALE, (System.nanoTime() - t0) / 1_000_000);
        assertEquals(SyntheticSize.SCALE.commitments(), workspace.snapshot().count("commitment"));

        queue = new TimingQueue();
        EventQueue.invokeAndWait(() -> Toolkit.getDefaultToolkit().getSystemEventQueue().push(queue));
        Thread open = open();
        try {
            step("window and dashboard", () -> {
                frame = await(() -> findFrame());
                return await(() -> text("dashboard:commitments:value").filter("5000"::equals));
            });
            step("commitment register (perspective switch)", () -> {
                click("perspective:commitments.perspective");
                JTable list = table("commitments:table");
                return await(() -> rows(list) == 5000 ? Optional.of(true) : Optional.empty());
            });
            JTable register = table("commitments:table");
            filterStep("register: search 'CSS-1'", "commitments:filter", "CSS-1", register);
            comboStep("register: strength soft", "commitments:strength", "soft", register);
            comboStep("register: stage proposed", "commitments:stage", "proposed", register);
            step("soft-commitment watch list", () -> {
                edt(() -> workbench.showView("commitments.watch"));
                JTable list = table("watch:table");
                return await(() -> rows(list) > 0 ? Optional.of(rows(list)) : Optional.empty());
            });
            step("watch list: all soft, not only undecided", () -> {
                JCheckBox undecided = (JCheckBox) find("watch:undecided");
                edt(() -> {
                    undecided.doClick();
                    return null;
                });
                return rows(table("watch:table"));
            });
            step("conversion chart", () -> {
                edt(() -> workbench.showView("commitments.conversion"));
                find("conversion:chart");
                return idle();
            });
            step("ally x commitment matrix (perspective switch)", () -> {
                click("perspective:allies.perspective");
                JTable table = table("matrix:table");
                return await(() -> rows(table) == 5000 ? Optional.of(true) : Optional.empty());
            });
            JTable matrix = table("matrix:table");
            filterStep("matrix: search 'CSS-2'", "matrix:filter", "CSS-2", matrix);
            step("matrix: scroll to the end", () -> edt(() -> {
                matrix.scrollRectToVisible(matrix.getCellRect(matrix.getRowCount() - 1, matrix.getColumnCount() - 1, true));
                return true;
            }));
            JTable allies = table("allies:table");
            step("allies", () -> await(() -> rows(allies) == 32 ? Optional.of(true) : Optional.empty()));
            step("timeline (perspective switch)", () -> {
                click("perspective:milestones.perspective");
                Component timeline = find("timeline:chart");
                return await(() -> description(timeline).filter(d -> d.startsWith("Timeline of 20000")));
            });
            Component chart = find("timeline:chart");
            step("timeline: search 'ORG'", () -> {
                JTextField search = (JTextField) find("timeline:filter");
                edt(() -> {
                    search.setText("ORG");
                    return null;
                });
                return description(chart).orElse("");
            });
            step("timeline: late only", () -> {
                JCheckBox late = (JCheckBox) find("timeline:late");
                edt(() -> {
                    late.doClick();
                    return null;
                });
                return description(chart).orElse("");
            });
            step("problems", () -> {
                edt(() -> workbench.showView("workbench.problems"));
                JTable problems = table("problems:table");
                return await(() -> rows(problems) > 0 ? Optional.of(rows(problems)) : Optional.empty());
            });
            step("dashboard again (perspective switch)", () -> {
                click("perspective:reporting.perspective");
                return await(() -> text("dashboard:commitments:value").filter("5000"::equals));
            });
            step("menus: open every menu", () -> edt(() -> {
                for (int i = 0; i < frame.getJMenuBar().getMenuCount(); i++) {
                    JMenu menu = frame.getJMenuBar().getMenu(i);
                    menu.setPopupMenuVisible(true);
                    menu.setPopupMenuVisible(false);
                }
                return true;
            }));
        } finally {
            edt(() -> {
                if (frame != null) {
                    frame.dispose();
                }
                return null;
            });
            open.join(30_000);
        }
        PrintStream out = System.out;
        out.println();
        out.printf("%-48s %12s %18s%n", "step (" + SyntheticSize.SCALE.commitments() + " commitments, " + SyntheticSize.SCALE.actions()
                + " actions)", "shown after", "longest UI pause");
        lines.forEach(out::println);
    }

    private interface Action {
        Object run() throws Exception;
    }

    /** Runs a step and records how long until it was done and the longest event-dispatch pause meanwhile. */
    private void step(String name, Action action) throws Exception {
        idle();
        queue.reset();
        long start = System.nanoTime();
        Object result = action.run();
        long shown = (System.nanoTime() - start) / 1_000_000;
        idle();
        lines.add(String.format("%-48s %9d ms %15.1f ms%s", name, shown, queue.longestMillis(),
                queue.longestMillis() > 50 ? "   (" + queue.longestEvent() + ")" : ""));
        assertTrue(result != null, name);
    }

    private void filterStep(String name, String field, String text, JTable table) throws Exception {
        step(name, () -> {
            JTextField search = (JTextField) find(field);
            int before = rows(table);
            edt(() -> {
                search.setText(text);
                return null;
            });
            int after = rows(table);
            assertTrue(after < before, name + ": " + before + " -> " + after);
            return after;
        });
    }

    private void comboStep(String name, String combo, String choice, JTable table) throws Exception {
        step(name, () -> {
            @SuppressWarnings("unchecked")
            JComboBox<String> box = (JComboBox<String>) find(combo);
            edt(() -> {
                box.setSelectedItem(choice);
                return null;
            });
            return rows(table);
        });
    }

    /** Waits until no job runs and the event queue is empty. */
    private Object idle() throws Exception {
        long quietSince = System.currentTimeMillis();
        long deadline = quietSince + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            edt(() -> null);
            if (!workbench.jobs().active().isEmpty()) {
                quietSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - quietSince > 300) {
                return true;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("jobs still running after " + TIMEOUT_MILLIS + " ms: " + workbench.jobs().active());
    }

    private Thread open() throws Exception {
        ServiceReference<WorkbenchCommand> ref = context.getServiceReferences(WorkbenchCommand.class, "(workbench.command.name=open)")
                .iterator().next();
        WorkbenchCommand command = context.getService(ref);
        Thread thread = new Thread(() -> {
            try {
                command.run(new CommandInvocation() {
                    @Override
                    public List<String> arguments() {
                        return List.of();
                    }

                    @Override
                    public Path workspace() {
                        return Path.of(context.getProperty("strategyworkbench.workspace"));
                    }

                    @Override
                    public Path plugins() {
                        return Path.of(context.getProperty("strategyworkbench.plugins"));
                    }

                    @Override
                    public PrintStream out() {
                        return System.out;
                    }

                    @Override
                    public PrintStream err() {
                        return System.err;
                    }
                });
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "open-command");
        thread.start();
        return thread;
    }

    private Optional<JFrame> findFrame() {
        for (Frame f : Frame.getFrames()) {
            if (f instanceof JFrame j && "workbench".equals(j.getName()) && j.isShowing()) {
                return Optional.of(j);
            }
        }
        return Optional.empty();
    }

    private void click(String name) throws Exception {
        AbstractButton button = (AbstractButton) find(name);
        edt(() -> {
            button.doClick();
            return null;
        });
    }

    private JTable table(String name) throws Exception {
        return (JTable) find(name);
    }

    private Component find(String name) throws Exception {
        return await(() -> edt(() -> Optional.ofNullable(find(frame.getRootPane(), name))));
    }

    private static Component find(Container root, String name) {
        if (name.equals(root.getName())) {
            return root;
        }
        for (Component child : root.getComponents()) {
            if (child instanceof Container c) {
                Component found = find(c, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private Optional<String> text(String name) throws Exception {
        if (frame == null) {
            return Optional.empty();
        }
        Component found = edt(() -> find(frame.getRootPane(), name));
        return found instanceof javax.swing.JLabel label ? Optional.of(edt(label::getText)) : Optional.empty();
    }

    private static Optional<String> description(Component component) throws Exception {
        return Optional.ofNullable(edt(() -> component.getAccessibleContext().getAccessibleDescription()));
    }

    private static int rows(JTable table) throws Exception {
        return edt(table::getRowCount);
    }

    private static <T> T await(Callable<Optional<T>> probe) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<T> value = probe.call();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("timed out after " + TIMEOUT_MILLIS + " ms");
    }

    private static <T> T edt(Callable<T> call) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            try {
                result.set(call.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** The event queue, timing every event it dispatches. */
    static final class TimingQueue extends EventQueue {
        private volatile long longest;
        private volatile String longestEvent = "";

        @Override
        protected void dispatchEvent(AWTEvent event) {
            long start = System.nanoTime();
            try {
                super.dispatchEvent(event);
            } finally {
                long took = System.nanoTime() - start;
                if (took > longest) {
                    longest = took;
                    String text = String.valueOf(event);
                    int runnable = text.indexOf("runnable=");
                    longestEvent = runnable >= 0 ? text.substring(runnable, Math.min(text.length(), runnable + 110))
                            : event.getClass().getSimpleName() + " " + event.getID();
                }
            }
        }

        void reset() {
            longest = 0;
            longestEvent = "";
        }

        String longestEvent() {
            return longestEvent;
        }

        double longestMillis() {
            return longest / 1e6;
        }
    }
}
