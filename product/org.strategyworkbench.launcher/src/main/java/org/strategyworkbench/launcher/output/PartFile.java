package org.strategyworkbench.launcher.output;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden temporary file an output is written to, beside its target:
 * {@code .TARGET.PID-START-N.part}. The name says which process made it (see {@link Owner}), so
 * that a later process can tell a leftover of a killed process from a write under way.
 *
 * @param path the temporary file
 * @param owner the process that writes it
 */
record PartFile(Path path, Owner owner) {

    private static final Pattern NAME = Pattern.compile("\\..+\\.(\\d{1,18})-(\\d{1,18})-\\d{1,18}\\.part");
    private static final AtomicLong NEXT = new AtomicLong();

    /** A new temporary file name for the target, for this process. */
    static PartFile beside(Path target) {
        String name = "." + target.getFileName() + "." + Owner.CURRENT + "-" + NEXT.incrementAndGet() + ".part";
        return new PartFile(target.resolveSibling(name), Owner.CURRENT);
    }

    /** The temporary file this path names, if its name has the form of one. */
    static Optional<PartFile> parse(Path path) {
        Path name = path.getFileName();
        Matcher m = name == null ? null : NAME.matcher(name.toString());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PartFile(path, new Owner(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))));
    }

    /** Whether the process that made it is gone, so the file is a leftover nobody will finish. */
    boolean abandoned() {
        return !owner.alive();
    }
}
