package org.strategyworkbench.buildtools;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.DocumentationTool;
import javax.tools.ToolProvider;

/**
 * Writes the Javadoc of every public API package of the product: the packages of {@code bundles/}
 * whose {@code package-info.java} carries {@code @Export}, in the bundles the product ships (a
 * bundle used only by tests or benchmarks is left out), and nothing private.
 *
 * <p>Every doclint check is on ({@code -Xdoclint:all}) and any warning fails the build
 * ({@code -Werror}): a public type or member without a comment, a parameter, return value or
 * checked exception left undocumented, a broken link or bad HTML stops the build, naming the file
 * and line.
 *
 * <p>Usage: {@code ApiDocs OUTPUT-DIR REPOSITORY-ROOT PRODUCT-BUNDLES-DIR}, the last the folder of
 * the product's bundle jars. Run by exec-maven-plugin ({@code java}
 * goal) with the product's compile class path, so every API's imports resolve.
 */
public final class ApiDocs {

    private ApiDocs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ApiDocs OUTPUT-DIR REPOSITORY-ROOT PRODUCT-BUNDLES-DIR");
        }
        Path root = Path.of(args[1]);
        Path shipped = Path.of(args[2]);
        TreeSet<String> packages = new TreeSet<>();
        TreeSet<String> sources = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root.resolve("bundles"))) {
            files.filter(f -> f.endsWith("package-info.java") && f.toString().contains("/src/main/java/"))
                    .filter(f -> inProduct(root.resolve("bundles").relativize(f).getName(0).toString(), shipped))
                    .filter(ApiDocs::exported)
                    .forEach(f -> {
                        String path = f.toString();
                        Path source = Path.of(path.substring(0, path.indexOf("/src/main/java/") + "/src/main/java".length()));
                        sources.add(source.toString());
                        packages.add(source.relativize(f.getParent()).toString().replace(File.separatorChar, '.'));
                    });
        }
        List<String> javadoc = new ArrayList<>(List.of("-Xdoclint:all", "-Werror", "-quiet", "-encoding", "UTF-8",
                "-notimestamp", "-d", args[0],
                "-doctitle", "Strategy Workbench public API", "-windowtitle", "Strategy Workbench API",
                "-sourcepath", String.join(File.pathSeparator, sources), "-classpath", classPath()));
        javadoc.addAll(packages);
        DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
        int exit = tool.run(null, null, null, javadoc.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("javadoc failed with exit code " + exit
                    + ": the public API's Javadoc has the problems listed above");
        }
        System.out.println("api docs: " + packages.size() + " packages in " + args[0]);
    }

    /** Whether the module (its folder is its symbolic name) is one of the product's bundles. */
    private static boolean inProduct(String module, Path shipped) {
        try (Stream<Path> jars = Files.list(shipped)) {
            return jars.anyMatch(j -> j.getFileName().toString().matches(java.util.regex.Pattern.quote(module) + "-[0-9].*\\.jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean exported(Path packageInfo) {
        try {
            return Files.readString(packageInfo).contains("@Export");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class path this tool was started with (exec-maven-plugin gives it as the context loader's URLs). */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (ClassLoader l = Thread.currentThread().getContextClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // not a file: nothing javadoc could read
                    }
                }
            }
        }
        entries.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, entries);
    }
}
