package org.strategyworkbench.returns.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Crafted zip files no zip library writes: two entries of one name, a local header that names
 * another part, a copy of a part only a streaming reader sees. Works on the bytes of a package
 * written with a stand-in name of the same length.
 */
final class ZipSurgery {

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;

    private ZipSurgery() {
    }

    /** Renames an entry in its local header, its directory record, or both (the names have the same length). */
    static byte[] rename(byte[] zip, String from, String to, boolean local, boolean central) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        byte[] out = zip.clone();
        for (int i = 0; i + f.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + f.length, f, 0, f.length)
                    && (local && signature(out, i - 30) == LOCAL || central && signature(out, i - 46) == CENTRAL)) {
                System.arraycopy(t, 0, out, i, t.length);
            }
        }
        return out;
    }

    /** Removes an entry's directory record, so that only a streaming reader sees the entry. */
    static byte[] hideFromDirectory(byte[] zip, String name) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 + n.length <= zip.length; i++) {
            if (signature(zip, i) == CENTRAL && Arrays.equals(zip, i + 46, i + 46 + n.length, n, 0, n.length)) {
                ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
                int length = 46 + n.length + (b.getShort(i + 30) & 0xFFFF) + (b.getShort(i + 32) & 0xFFFF);
                byte[] out = new byte[zip.length - length];
                System.arraycopy(zip, 0, out, 0, i);
                System.arraycopy(zip, i + length, out, i, zip.length - i - length);
                ByteBuffer end = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
                int e = out.length - 22;
                end.putShort(e + 8, (short) (end.getShort(e + 8) - 1)).putShort(e + 10, (short) (end.getShort(e + 10) - 1))
                        .putInt(e + 12, end.getInt(e + 12) - length);
                return out;
            }
        }
        throw new AssertionError("no directory record for " + name);
    }

    /** A lone entry's local header and data, without a directory: what a streaming reader would read first. */
    static byte[] localEntry(String name, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
        int end = out.size();
        zip.finish();
        return Arrays.copyOf(out.toByteArray(), end);
    }

    private static int signature(byte[] b, int at) {
        return at < 0 || at + 4 > b.length ? 0 : ByteBuffer.wrap(b, at, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }
}
