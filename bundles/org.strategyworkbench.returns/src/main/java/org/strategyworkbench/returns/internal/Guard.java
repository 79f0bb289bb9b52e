package org.strategyworkbench.returns.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The import boundary: runs the reading of one file on a thread of its own, waits no longer than
 * a hard limit, and turns whatever the reading throws, runtime exceptions and errors alike, into a
 * {@link Failure} with a message. The reading checks its own deadline; the hard limit is the
 * backstop should anything not check it.
 */
final class Guard {

    /** The reading failed; the message says why, in words for the secretariat. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Guard() {
    }

    static <T> T run(String what, Duration limit, Callable<T> work) throws Failure {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) { // the boundary: nothing a file causes may escape
                result.completeExceptionally(t);
            }
        }, "returns: reading " + what, 16L << 20);
        thread.setDaemon(true);
        thread.start();
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new Failure("reading it took longer than " + limit.toSeconds() + " s; it is refused as too large or too complex", e);
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new Failure("the import was interrupted", e);
        } catch (ExecutionException e) {
            throw new Failure(describe(e.getCause()), e.getCause());
        }
    }

    /** Words for a failure while reading a file. */
    static String describe(Throwable failure) {
        Throwable t = failure instanceof java.io.UncheckedIOException u ? u.getCause() : failure;
        if (t instanceof OutOfMemoryError) {
            return "reading it needed more memory than a return may take; it is refused as too large";
        }
        if (t instanceof StackOverflowError) {
            return "it is nested too deeply to be a return; refused";
        }
        if (t instanceof java.io.IOException && t.getMessage() != null) {
            return "it is damaged or incomplete (" + CellParser.shorten(withoutClassNames(t.getMessage()))
                    + "); ask for the file again";
        }
        return "it could not be read: it holds something the import does not expect; ask for the file again, saved"
                + " anew from the spreadsheet program, and report it if it is refused again";
    }

    /** A message without the class names a wrapped exception puts in front of it ("java.util.zip.ZipException: ..."). */
    static String withoutClassNames(String message) {
        return message.replaceAll("\\b(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*", "").strip();
    }
}
