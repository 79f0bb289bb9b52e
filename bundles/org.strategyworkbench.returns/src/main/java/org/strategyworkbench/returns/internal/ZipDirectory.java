package org.strategyworkbench.returns.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The central directory of a zip file read the way {@link java.util.zip.ZipFile} reads it (the end
 * record found from the back, ZIP64 when its sentinels say so), with where each entry's local
 * header is: what {@link PackageParts} needs to check that every reader sees the same parts.
 */
final class ZipDirectory {

    /** One entry of the central directory. */
    record Entry(String name, ByteBuffer rawName, int flags, long compressed, long offset) {
        /** Whether a data descriptor follows the entry's data. */
        boolean described() {
            return (flags & 8) != 0;
        }
    }

    private static final int END = 0x06054b50;
    private static final int END64 = 0x06064b50;
    private static final int LOCATOR64 = 0x07064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final long MAGIC = 0xFFFFFFFFL;

    private final FileChannel channel;
    private final List<Entry> entries = new ArrayList<>();
    private long start;
    private long prefix;

    private ZipDirectory(FileChannel channel) {
        this.channel = channel;
    }

    /** Reads the directory; an I/O error when it cannot be read at all. */
    static ZipDirectory read(FileChannel channel) throws IOException {
        ZipDirectory d = new ZipDirectory(channel);
        d.readEntries();
        return d;
    }

    /** The entries in directory order. */
    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Where the directory begins: the end of the entries' data. */
    long start() {
        return start;
    }

    /** How many bytes lie before the first entry; ZipFile skips them, a streaming reader does not. */
    long prefix() {
        return prefix;
    }

    private void readEntries() throws IOException {
        long end = findEnd();
        ByteBuffer e = bytes(end, 22);
        long count = e.getShort(10) & 0xFFFF;
        long size = e.getInt(12) & MAGIC;
        long offset = e.getInt(16) & MAGIC;
        if (size == MAGIC || offset == MAGIC || count == 0xFFFF) {
            long at = end >= 20 && bytes(end - 20, 20).getInt(0) == LOCATOR64 ? bytes(end - 20, 20).getLong(8) : -1;
            if (at >= 0 && at < end && bytes(at, 56).getInt(0) == END64) {
                ByteBuffer e64 = bytes(at, 56);
                count = e64.getLong(32);
                size = e64.getLong(40);
                offset = e64.getLong(48);
                end = at;
            }
        }
        start = end - size;
        prefix = start - offset;
        if (start < 0 || count > 65_535) {
            throw new EOFException("bad central directory");
        }
        ByteBuffer all = bytes(start, (int) size);
        while (all.remaining() >= 46 && entries.size() < count) {
            entries.add(entry(all));
        }
    }

    private long findEnd() throws IOException {
        long size = channel.size();
        int tail = (int) Math.min(size, 65_535 + 22);
        ByteBuffer b = bytes(size - tail, tail);
        for (int i = tail - 22; i >= 0; i--) {
            if (b.getInt(i) == END) {
                return size - tail + i;
            }
        }
        throw new EOFException("no end of central directory");
    }

    private static Entry entry(ByteBuffer all) throws IOException {
        int at = all.position();
        if (all.getInt(at) != CENTRAL) {
            throw new EOFException("bad central directory entry");
        }
        int nameLength = all.getShort(at + 28) & 0xFFFF;
        int extraLength = all.getShort(at + 30) & 0xFFFF;
        int commentLength = all.getShort(at + 32) & 0xFFFF;
        if (at + 46 + nameLength + extraLength + commentLength > all.limit()) {
            throw new EOFException("bad central directory entry");
        }
        ByteBuffer name = all.slice(at + 46, nameLength);
        long[] sizes = {all.getInt(at + 24) & MAGIC, all.getInt(at + 20) & MAGIC, all.getInt(at + 42) & MAGIC};
        zip64(all.slice(at + 46 + nameLength, extraLength).order(ByteOrder.LITTLE_ENDIAN), sizes);
        all.position(at + 46 + nameLength + extraLength + commentLength);
        return new Entry(StandardCharsets.UTF_8.decode(name.duplicate()).toString(), name,
                all.getShort(at + 8) & 0xFFFF, sizes[1], sizes[2]);
    }

    /** Replaces the sizes and offset that say "see ZIP64" by the values of the ZIP64 extra field. */
    private static void zip64(ByteBuffer extra, long[] sizes) {
        while (extra.remaining() >= 4) {
            int id = extra.getShort() & 0xFFFF;
            int length = extra.getShort() & 0xFFFF;
            if (length > extra.remaining()) {
                return;
            }
            ByteBuffer field = extra.slice(extra.position(), length).order(ByteOrder.LITTLE_ENDIAN);
            extra.position(extra.position() + length);
            for (int i = 0; id == 1 && i < sizes.length; i++) {
                if (sizes[i] == MAGIC && field.remaining() >= 8) {
                    sizes[i] = field.getLong();
                }
            }
        }
    }

    /** Exactly {@code length} bytes at {@code position}, little-endian. */
    ByteBuffer bytes(long position, int length) throws IOException {
        if (position < 0 || length < 0 || position + length > channel.size()) {
            throw new EOFException("outside the file");
        }
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (channel.read(b, position + b.position()) < 0) {
                throw new EOFException("outside the file");
            }
        }
        return b.flip();
    }
}
