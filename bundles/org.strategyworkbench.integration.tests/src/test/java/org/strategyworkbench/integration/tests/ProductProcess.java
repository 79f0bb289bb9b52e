package org.strategyworkbench.integration.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the assembled product ({@code java -jar lib/org.strategyworkbench.launcher.jar}) as a user would. */
final class ProductProcess {

    record Result(int exitCode, String out, String err) {
        String all() {
            return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    private ProductProcess() {
    }

    static Path product() {
        return Path.of(System.getProperty("strategyworkbench.product", "../../product/org.strategyworkbench.product/target/workbench"));
    }

    /** The command line that runs the product with these JVM options and arguments. */
    static List<String> command(List<String> jvmOptions, String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", product().resolve("lib/org.strategyworkbench.launcher.jar").toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Fails when the outputs show the user a Java class name or an exception instead of a sentence. */
    static void assertPlainWords(Result r) {
        for (String word : List.of("Exception", "java.", "jackson")) {
            if ((r.out() + r.err()).contains(word)) {
                throw new AssertionError("the user is shown \"" + word + "\": " + r.all());
            }
        }
    }

    static Result run(String stdin, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = command(jvmOptions, args);
        Path out = Files.createTempFile("workbench-out", ".txt");
        Path err = Files.createTempFile("workbench-err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the product did not exit within 60 s: " + command);
        }
        try {
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    static Result run(String... args) throws IOException, InterruptedException {
        return run("", List.of(), args);
    }
}
