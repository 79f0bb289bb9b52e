package org.strategyworkbench.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Copies a workbook's zip container with every entry dated the report's "as of" day, without
 * recompressing, so that the same workspace and date always give byte-identical files.
 */
final class ReproducibleZip {

    private ReproducibleZip() {
    }

    static void copy(Path workbook, LocalDate asOf, OutputStream out) throws IOException {
        FileTime time = FileTime.from(asOf.atStartOfDay().toInstant(ZoneOffset.UTC));
        try (ZipFile zip = ZipFile.builder().setPath(workbook).get();
             ZipArchiveOutputStream target = new ZipArchiveOutputStream(new NonClosing(out))) {
            List<ZipArchiveEntry> entries = new ArrayList<>(Collections.list(zip.getEntriesInPhysicalOrder()));
            for (ZipArchiveEntry entry : entries) {
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                copy.setMethod(entry.getMethod());
                copy.setCrc(entry.getCrc());
                copy.setSize(entry.getSize());
                copy.setCompressedSize(entry.getCompressedSize());
                copy.setLastModifiedTime(time);
                try (InputStream raw = zip.getRawInputStream(entry)) {
                    target.addRawArchiveEntry(copy, raw);
                }
            }
            target.finish();
        }
    }

    /** Lets the zip writer finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
