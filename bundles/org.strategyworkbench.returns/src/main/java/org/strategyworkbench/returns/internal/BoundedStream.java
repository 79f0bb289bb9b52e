package org.strategyworkbench.returns.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The inflated bytes of one part of a package, counted as they are read: past the part's limit,
 * the package's total, or a zip bomb's inflate ratio, or after the deadline, reading fails with a
 * {@link Refused} cause wrapped so that XML parsers pass it through.
 */
final class BoundedStream extends InputStream {

    /** Carries a {@link Refused} through code that only knows I/O exceptions. */
    static final class RefusedIO extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedIO(Refused cause) {
            super(cause.getMessage(), cause);
        }

        Refused refused() {
            return (Refused) getCause();
        }
    }

    private final InputStream in;
    private final String part;
    private final long compressed;
    private final Limits limits;
    private final AtomicLong total;
    private final Deadline deadline;
    private long read;

    BoundedStream(InputStream in, String part, long compressed, Limits limits, AtomicLong total, Deadline deadline) {
        this.in = in;
        this.part = part;
        this.compressed = compressed;
        this.limits = limits;
        this.total = total;
        this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            deadline.check();
            int n = in.read(b, off, Math.min(len, 64 * 1024));
            if (n > 0) {
                count(n);
            }
            return n;
        } catch (Refused e) {
            throw new RefusedIO(e);
        }
    }

    private void count(int n) throws Refused {
        read += n;
        long all = total.addAndGet(n);
        if (read > limits.partBytes()) {
            throw new Refused("its part " + part + " unpacks to more than " + mb(limits.partBytes())
                    + "; a return is far smaller (a zip bomb, or not a return)");
        }
        if (all > limits.totalBytes()) {
            throw new Refused("it unpacks to more than " + mb(limits.totalBytes()) + " (a zip bomb, or not a return)");
        }
        if (read > (1 << 20) && read > Math.max(compressed, 1) * limits.ratio()) {
            throw new Refused("its part " + part + " unpacks to more than " + limits.ratio()
                    + " times its packed size: a zip bomb, refused");
        }
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Rethrows the refusal behind an I/O failure, if there is one. */
    static void rethrowRefusal(Throwable t) throws Refused {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RefusedIO r) {
                throw r.refused();
            }
            if (c instanceof Refused r) {
                throw r;
            }
            if (c instanceof UncheckedIOException u && u.getCause() instanceof RefusedIO r) {
                throw r.refused();
            }
            if (c instanceof javax.xml.stream.XMLStreamException x && x.getNestedException() != null
                    && x.getNestedException() != c) {
                rethrowRefusal(x.getNestedException());
            }
        }
    }
}
