package org.strategyworkbench.workbench.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JTabbedPane;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.strategyworkbench.launcher.command.CommandInvocation;
import org.strategyworkbench.launcher.command.WorkbenchCommand;

/**
 * Opens the real workbench window the way {@code ./workbench} does (through the {@code open}
 * command service), finds its parts by component name, and drives it with a robot.
 */
final class WindowDriver implements AutoCloseable {

    static final long TIMEOUT_MILLIS = 15_000;

    private final Thread command;
    private final JFrame frame;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private WindowDriver(BundleContext context) throws Exception {
        ServiceReference<WorkbenchCommand> open = context.getServiceReferences(WorkbenchCommand.class, "(workbench.command.name=open)")
                .stream().findFirst().orElseThrow(() -> new AssertionError("no 'open' command service"));
        WorkbenchCommand service = context.getService(open);
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandInvocation invocation = new CommandInvocation() {
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
                return errors;
            }
        };
        AtomicReference<Throwable> failure = new AtomicReference<>();
        command = new Thread(() -> {
            try {
                service.run(invocation);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "open-command");
        command.start();
        frame = await("the workbench window", () -> {
            if (failure.get() != null) {
                throw new AssertionError("the open command failed", failure.get());
            }
            for (Frame f : Frame.getFrames()) {
                if (f instanceof JFrame j && "workbench".equals(j.getName()) && j.isShowing()) {
                    return Optional.of(j);
                }
            }
            return Optional.empty();
        });
    }

    static WindowDriver open(BundleContext context) throws Exception {
        return new WindowDriver(context);
    }

    JFrame frame() {
        return frame;
    }

    @Override
    public void close() throws Exception {
        edt(() -> {
            frame.dispose();
            return null;
        });
        command.join(TIMEOUT_MILLIS);
        if (command.isAlive()) {
            fail("the open command did not return after the window closed");
        }
    }

    /** Runs {@code call} on the event dispatch thread and returns its result. */
    static <T> T edt(Callable<T> call) throws Exception {
        if (EventQueue.isDispatchThread()) {
            return call.call();
        }
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

    /** The first present value of {@code probe}, or a failure naming {@code what}. */
    static <T> T await(String what, Callable<Optional<T>> probe) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<T> value = probe.call();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(20);
        }
        return fail("timed out after " + TIMEOUT_MILLIS + " ms waiting for " + what);
    }

    static void awaitTrue(String what, Supplier<Boolean> probe) throws Exception {
        await(what, () -> probe.get() ? Optional.of(true) : Optional.empty());
    }

    /** The component named {@code name} in the window (menus included), looked up on the event thread. */
    Optional<Component> find(String name) throws Exception {
        return edt(() -> Optional.ofNullable(find(frame.getRootPane(), name)));
    }

    /** Waits until the named component is there (or, with {@code present} false, gone). */
    void await(String name, boolean present) throws Exception {
        await((present ? "" : "the removal of ") + name, () -> find(name).isPresent() == present ? Optional.of(true) : Optional.empty());
    }

    private static Component find(Container root, String name) {
        if (name.equals(root.getName())) {
            return root;
        }
        List<Component> children = new ArrayList<>(List.of(root.getComponents()));
        if (root instanceof JMenu menu) {
            children.addAll(List.of(menu.getMenuComponents()));
        }
        if (root instanceof JFrame f && f.getJMenuBar() != null) {
            children.add(f.getJMenuBar());
        }
        if (root instanceof javax.swing.JRootPane pane && pane.getJMenuBar() != null) {
            children.add(pane.getJMenuBar());
        }
        for (Component child : children) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container c) {
                Component found = find(c, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The titles of the tabs of an area's stack ("left", "center", "right", "bottom"). */
    List<String> tabs(String area) throws Exception {
        return edt(() -> {
            JTabbedPane stack = (JTabbedPane) find(frame.getRootPane(), "stack:" + area);
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < stack.getTabCount(); i++) {
                titles.add(stack.getComponentAt(i).getName().substring("part:".length()));
            }
            return titles;
        });
    }

    /** Every view id with a tab, in any area. */
    List<String> allTabs() throws Exception {
        List<String> all = new ArrayList<>();
        for (String area : List.of("left", "center", "right", "bottom")) {
            all.addAll(tabs(area));
        }
        return all;
    }

    /** The labels of the menu bar's menus. */
    List<String> menus() throws Exception {
        return edt(() -> {
            JMenuBar bar = frame.getJMenuBar();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                labels.add(bar.getMenu(i).getText());
            }
            return labels;
        });
    }

    /** Gives {@code component} the keyboard focus, the window first, as a click would. */
    void focus(Component component) throws Exception {
        edt(() -> {
            if (!frame.isFocused()) {
                frame.toFront();
                frame.requestFocus();
            }
            return null;
        });
        awaitTrue("the window to have the focus", frame::isFocused);
        edt(component::requestFocusInWindow);
        awaitTrue(component.getName() + " to have the focus", component::isFocusOwner);
    }

    /** Presses a key with modifiers in the window, as a user would (the window is brought to the front first). */
    void press(int... keys) throws Exception {
        edt(() -> {
            if (!frame.isFocused()) {
                frame.toFront();
                frame.requestFocus();
            }
            return null;
        });
        awaitTrue("the window to have the focus", frame::isFocused);
        Robot robot = new Robot();
        robot.setAutoDelay(20);
        for (int key : keys) {
            robot.keyPress(key);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.keyRelease(keys[i]);
        }
        robot.waitForIdle();
    }

    /** A showing dialog with the title, waited for. */
    static javax.swing.JDialog dialog(String title) throws Exception {
        return await("the dialog '" + title + "'", () -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w instanceof javax.swing.JDialog d && title.equals(d.getTitle()) && d.isShowing()) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        });
    }

    /** The component named {@code name} inside {@code root}, waited for. */
    static <T extends Component> T in(Container root, String name, Class<T> type) throws Exception {
        return await(name + " in " + root.getName(), () -> edt(() -> Optional.ofNullable(find(root, name)).filter(type::isInstance)
                .map(type::cast)));
    }

    /** The button with the text inside {@code root} (option-pane buttons have no names). */
    static javax.swing.AbstractButton button(Container root, String text) throws Exception {
        return await("the button '" + text + "'", () -> edt(() -> Optional.ofNullable(findButton(root, text))));
    }

    private static javax.swing.AbstractButton findButton(Container root, String text) {
        for (Component child : root.getComponents()) {
            if (child instanceof javax.swing.AbstractButton b && text.equals(b.getText()) && b.isShowing()) {
                return b;
            }
            if (child instanceof Container c) {
                javax.swing.AbstractButton found = findButton(c, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Clicks a button later on the event thread (it may open a modal dialog, which must not block the test). */
    static void click(javax.swing.AbstractButton button) {
        EventQueue.invokeLater(button::doClick);
    }

    /** Saves a picture of the whole screen, as a person would look at it. */
    static void screenshot(String name) throws Exception {
        Path folder = Path.of(System.getProperty("strategyworkbench.test.screenshots", "target/walkthrough"));
        java.nio.file.Files.createDirectories(folder);
        WindowDriver.edt(() -> null);
        Thread.sleep(300);
        java.awt.Rectangle screen = new java.awt.Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
        javax.imageio.ImageIO.write(new Robot().createScreenCapture(screen), "png", folder.resolve(name + ".png").toFile());
    }

    static final int CTRL = KeyEvent.VK_CONTROL;
    static final int SHIFT = KeyEvent.VK_SHIFT;

    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
