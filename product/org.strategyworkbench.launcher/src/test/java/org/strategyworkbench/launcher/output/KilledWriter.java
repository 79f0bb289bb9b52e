package org.strategyworkbench.launcher.output;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** A process that writes an output and hangs half-way, to be killed: {@code KilledWriter TARGET}. */
public final class KilledWriter {

    private KilledWriter() {
    }

    public static void main(String[] args) throws Exception {
        OutputFile.write(Path.of(args[0]), out -> {
            out.write("half a workbook".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            System.out.println("WRITING");
            System.out.flush();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
