package org.strategyworkbench.store.json.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * One {@link CrashChild} process: started ahead (it waits to be told to go), then let loose on
 * the workspace and killed with SIGKILL a given time after it said it was ready. The kill goes
 * through {@link ProcessHandle#destroyForcibly()}, which sends SIGKILL on Linux like {@link
 * Process#destroyForcibly()} but, unlike it, leaves the pipe open, so that every line the child
 * printed before it died is still read.
 */
final class KilledChild {

    private static final long TIMEOUT_MILLIS = TimeUnit.SECONDS.toMillis(60);

    private final Process process;
    private final Path errors;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Thread reader = new Thread(this::read, "crash-child-output");
    private boolean ended;
    private volatile IOException failure;

    private KilledChild(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a child JVM for the folder with the class path of this one; its errors go to a file. */
    static KilledChild start(Path folder, Path errors) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-cp", classPath(), CrashChild.class.getName(), folder.toString());
        builder.redirectError(errors.toFile());
        return new KilledChild(builder.start(), errors);
    }

    /** The test class path without the test runner's own jars, which the child does not need. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        // Surefire sets java.class.path to the test class path, also when it starts from a manifest-only jar
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (!name.startsWith("surefire") && !name.startsWith("junit-") && !name.startsWith("opentest4j")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Tells the child to open the workspace, and waits until it has (it printed "ready"). */
    void go() throws IOException, InterruptedException {
        awaitLine(CrashChild.STARTED);
        OutputStream in = process.getOutputStream();
        in.write('\n');
        in.flush();
        awaitLine(CrashChild.READY);
    }

    /** Lets the child save for {@code delayMillis}, kills it, and returns the last revision it reported saved. */
    OptionalLong killAfter(long delayMillis) throws IOException, InterruptedException {
        Thread.sleep(delayMillis);
        if (!process.isAlive()) {
            throw new AssertionError("the child ended by itself (exit " + process.exitValue() + "): "
                    + Files.readString(errors));
        }
        process.toHandle().destroyForcibly();
        process.waitFor();
        reader.join(TIMEOUT_MILLIS);
        synchronized (output) {
            if (failure != null || !ended) {
                throw new AssertionError("the output of the child could not be read to its end", failure);
            }
            return lastRevision(output.toString(StandardCharsets.UTF_8));
        }
    }

    /** The end of what the child printed, for failure messages. */
    String printedTail() {
        synchronized (output) {
            String printed = output.toString(StandardCharsets.UTF_8).replace('\n', ' ');
            return printed.substring(Math.max(0, printed.length() - 80));
        }
    }

    /** Kills the child if it still runs; for clean-up. */
    void destroy() {
        process.destroyForcibly();
    }

    private void awaitLine(String line) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        synchronized (output) {
            while (!output.toString(StandardCharsets.UTF_8).contains(line + "\n")) {
                if (ended || System.currentTimeMillis() > deadline) {
                    destroy();
                    throw new AssertionError("the child did not print \"" + line + "\": " + Files.readString(errors));
                }
                output.wait(100);
            }
        }
    }

    private void read() {
        try (InputStream in = process.getInputStream()) {
            byte[] buffer = new byte[4096];
            for (int count; (count = in.read(buffer)) >= 0; ) {
                synchronized (output) {
                    output.write(buffer, 0, count);
                    output.notifyAll();
                }
            }
        } catch (IOException e) {
            failure = e;
        }
        synchronized (output) {
            ended = true;
            output.notifyAll();
        }
    }

    /** The number on the last complete line: a line cut off by the kill does not count. */
    static OptionalLong lastRevision(String printed) {
        int end = printed.lastIndexOf('\n');
        if (end < 0) {
            return OptionalLong.empty();
        }
        String line = printed.substring(printed.lastIndexOf('\n', end - 1) + 1, end);
        return line.equals(CrashChild.READY) ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(line));
    }
}
