package org.strategyworkbench.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.strategyworkbench.workbench.service.Workbench;

/**
 * The plugin kit end to end, as the guide tells a delegation developer to use it: a project made
 * by {@code ./workbench new-plugin}, built by Maven against the workbench's API bundles and
 * dropped into the plugins folder of the open window. Its view and command appear; a changed and
 * rebuilt jar copied over it replaces it live; removing the jar takes its contributions away.
 */
class TemplatePluginTest {

    private static final String NAME = "com.example.denmark";
    private static final String VIEW = NAME + ".hello";
    private static final String COMMAND = NAME + ".hello.command";

    @InjectBundleContext
    BundleContext context;

    @InjectService
    Workbench workbench;

    @Test
    void aPluginMadeFromTheTemplateRunsInTheOpenWindowIsUpdatedAndRemovedLive() throws Exception {
        Path root = Path.of(context.getProperty("strategyworkbench.root")).toAbsolutePath().normalize();
        Path temp = Files.createTempDirectory("template-plugin");
        Path project = temp.resolve(NAME);
        run(temp, "bash", root.resolve("workbench").toString(), "new-plugin", NAME, project.toString());
        Path jar = build(project);
        Path dropped = Path.of(context.getProperty("strategyworkbench.plugins")).resolve(jar.getFileName());
        try (WindowDriver window = WindowDriver.open(context)) {
            drop(jar, dropped);
            try {
                window.await("part:" + VIEW, true);
                window.await("command:" + COMMAND, true);
                assertTrue(WindowDriver.edt(() -> workbench.execute(COMMAND)), "the plugin's command runs");
                awaitLabel(window, "Hello from Denmark: the workspace holds ", true);

                Path view = project.resolve("src/main/java/com/example/denmark/internal/HelloView.java");
                Files.writeString(view, Files.readString(view).replace("Hello from", "Hej fra"));
                drop(build(project), dropped);
                // the view was in front: the new version's view is put back there, nobody asks for it
                awaitLabel(window, "Hej fra Denmark: the workspace holds ", false);
            } finally {
                Files.deleteIfExists(dropped);
            }
            window.await("part:" + VIEW, false);
            window.await("command:" + COMMAND, false);
        } finally {
            deleteTree(temp);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    /** Waits until the view (its content is made when it is first in front) says {@code start}. */
    private void awaitLabel(WindowDriver window, String start, boolean bringToFront) throws Exception {
        WindowDriver.await("the plugin's view to say '" + start + "…'", () -> {
            if (bringToFront) {
                WindowDriver.edt(() -> workbench.showView(VIEW));
            }
            return window.find(NAME + ":text").map(text -> ((JTextComponent) text).getText()).filter(text -> text.startsWith(start));
        });
    }

    private static Path build(Path project) throws IOException, InterruptedException {
        run(project, "mvn", "-B", "-q", "-o", "-Dstyle.color=never", "package");
        return project.resolve("target/" + NAME + "-1.0.0.jar");
    }

    /** Copies the jar in under another name first, so the folder never holds half a jar. */
    private static void drop(Path jar, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void run(Path folder, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("template-plugin", ".log");
        Process process = new ProcessBuilder(List.of(command)).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        Files.delete(log);
        assertTrue(ended && process.exitValue() == 0, String.join(" ", command) + " failed:\n" + output);
    }
}
