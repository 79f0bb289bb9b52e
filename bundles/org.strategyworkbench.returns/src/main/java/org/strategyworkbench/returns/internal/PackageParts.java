package org.strategyworkbench.returns.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The parts of a package, one entry per part name. {@link ZipFile} silently takes one of two
 * entries of the same name, and a reader that streams the file sees its local headers instead of
 * its directory; such a package could show one program one copy of a part and another program
 * the other (the construct of CVE-2025-31672). So a package is refused when two entries name the
 * same part as Excel and POI see it (OPC part names ignore case; a leading slash, a backslash or a
 * "." segment do not make another part), when an entry's local header names another part, or when
 * bytes lie between the parts that no entry accounts for.
 */
final class PackageParts {

    private static final int LOCAL = 0x04034b50;
    private static final String AGAIN = "; ask the delegation to save the return again from their spreadsheet program";

    private final Map<String, ZipEntry> parts;

    private PackageParts(Map<String, ZipEntry> parts) {
        this.parts = parts;
    }

    /** Checks the package of an open zip file, or refuses it with the reason. */
    static PackageParts check(Path file, ZipFile zip) throws Refused, IOException {
        List<ZipEntry> listed = new ArrayList<>(Collections.list(zip.entries()));
        Map<String, ZipEntry> parts = new HashMap<>();
        for (ZipEntry e : listed) {
            ZipEntry first = parts.putIfAbsent(key(e.getName()), e);
            if (first != null) {
                throw new Refused("its package holds the part " + first.getName() + " twice"
                        + (first.getName().equals(e.getName()) ? "" : " (also as " + e.getName() + ")")
                        + "; programs would read one copy or the other, so what the return says cannot be told" + AGAIN);
            }
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ZipDirectory directory = ZipDirectory.read(channel);
            if (!directory.entries().stream().map(ZipDirectory.Entry::name).toList()
                    .equals(listed.stream().map(ZipEntry::getName).toList())) {
                throw new EOFException("the directory reads differently");
            }
            if (directory.prefix() != 0) {
                throw new Refused("its package holds " + directory.prefix() + " bytes before its first part"
                        + " (a hidden copy of a part, or damage)" + AGAIN);
            }
            checkLocalHeaders(directory);
        } catch (EOFException e) {
            throw new Refused("its package directory is damaged" + AGAIN);
        }
        return new PackageParts(parts);
    }

    /** Every entry's local header names the entry, and the entries' data fill the file up to the directory. */
    private static void checkLocalHeaders(ZipDirectory directory) throws Refused, IOException {
        List<long[]> spans = new ArrayList<>();
        List<ZipDirectory.Entry> entries = directory.entries();
        for (int i = 0; i < entries.size(); i++) {
            ZipDirectory.Entry e = entries.get(i);
            ByteBuffer head = directory.bytes(e.offset(), 30);
            int nameLength = head.getShort(26) & 0xFFFF;
            if (head.getInt(0) != LOCAL || !directory.bytes(e.offset() + 30, nameLength).equals(e.rawName())) {
                throw new Refused("its package is inconsistent: the part " + e.name() + " is stored under another name,"
                        + " so programs would disagree on what it holds" + AGAIN);
            }
            long end = e.offset() + 30 + nameLength + (head.getShort(28) & 0xFFFF) + e.compressed();
            spans.add(new long[] {e.offset(), end, e.described() ? 1 : 0, i});
        }
        spans.sort(Comparator.comparingLong((long[] s) -> s[0]));
        long[] previous = {0, 0, 0, -1};
        for (long[] span : spans) {
            checkGap(previous, span[0], entries.get((int) span[3]).name());
            previous = span;
        }
        checkGap(previous, directory.start(), "the package directory");
    }

    /** Between one entry's data and the next: nothing, or the data descriptor the entry announced. */
    private static void checkGap(long[] previous, long next, String before) throws Refused {
        long gap = next - previous[1];
        boolean descriptor = previous[2] == 1 && (gap == 12 || gap == 16 || gap == 20 || gap == 24);
        if (gap != 0 && !descriptor) {
            throw new Refused("its package holds " + (gap < 0 ? "overlapping parts" : gap + " bytes that belong to no part")
                    + " before " + before + " (a hidden copy of a part, or damage)" + AGAIN);
        }
    }

    /** The entry of a part, found as Excel finds it: whatever the case, slashes and "." segments. */
    ZipEntry get(String part) {
        return parts.get(key(part));
    }

    /** A part name as OPC compares them: forward slashes, no empty or "." segment, ".." resolved, lower case. */
    static String key(String name) {
        return XlsxPackage.resolve("", name.replace('\\', '/')).toLowerCase(Locale.ROOT);
    }
}
