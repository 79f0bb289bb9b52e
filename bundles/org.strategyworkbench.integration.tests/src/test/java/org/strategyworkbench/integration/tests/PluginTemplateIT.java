package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin kit as a newcomer uses it: {@code ./workbench new-plugin} makes a project, {@code mvn
 * package} builds it against the workbench's API bundles, and the jar dropped into a plugins
 * folder runs in the assembled product.
 */
class PluginTemplateIT {

    private static final String NAME = "com.example.itest";

    @TempDir
    Path temp;

    @Test
    void aNewPluginProjectBuildsAndItsJarRunsInTheProduct() throws Exception {
        Path root = ProductProcess.product().toAbsolutePath().normalize().getParent().getParent().getParent().getParent();
        Path project = temp.resolve(NAME);
        run(temp, "bash", root.resolve("workbench").toString(), "new-plugin", NAME, project.toString());
        run(project, "mvn", "-B", "-q", "-o", "-Dstyle.color=never", "package");

        Path jar = project.resolve("target/" + NAME + "-1.0.0.jar");
        try (JarFile bundle = new JarFile(jar.toFile())) {
            String imports = bundle.getManifest().getMainAttributes().getValue("Import-Package");
            assertTrue(imports.contains("org.strategyworkbench.workbench.contribution;version=\"[1.0,2)\""), imports);
            assertTrue(imports.lines().noneMatch(i -> i.contains(".internal")), imports);
        }
        Files.createDirectories(temp.resolve("plugins"));
        Files.copy(jar, temp.resolve("plugins").resolve(jar.getFileName()));
        ProductProcess.Result r = ProductProcess.run("--workspace", temp.resolve("ws").toString(),
                "--plugins", temp.resolve("plugins").toString(), "bundles");
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.out().matches("(?s).*ACTIVE\\s+" + NAME.replace(".", "\\.") + "\\s+1\\.0\\.0.*"), r.all());
    }

    @Test
    void aNameWithAJavaKeywordIsRefusedWithAnotherToTry() throws Exception {
        Path root = ProductProcess.product().toAbsolutePath().normalize().getParent().getParent().getParent().getParent();
        Process process = new ProcessBuilder("bash", root.resolve("workbench").toString(), "new-plugin", "int.nato.delegation.nor",
                temp.resolve("nor").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, process.waitFor(), output);
        assertTrue(output.contains("'int' is a Java keyword") && output.contains("for example int_.nato.delegation.nor"), output);
        assertTrue(Files.notExists(temp.resolve("nor")), "nothing is written");
    }

    private static void run(Path folder, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("plugin-template", ".log");
        Process process = new ProcessBuilder(List.of(command)).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        String output = Files.readString(log);
        Files.delete(log);
        if (!ended) {
            process.destroyForcibly();
        }
        assertTrue(ended && process.exitValue() == 0, String.join(" ", command) + " failed:\n" + output);
    }
}
