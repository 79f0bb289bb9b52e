package org.strategyworkbench.launcher.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.strategyworkbench.launcher.command.Failures;

/**
 * Writes a file that appears only when complete. The content goes to a hidden temporary file
 * beside the target, {@code .NAME.PID-START-N.part}, whose name says which process made it; the
 * file is forced to disk and moved onto the target in one atomic step. On any failure (including
 * a cancellation) the temporary file is removed and the target is left as it was.
 *
 * <p>A process killed while writing cannot remove its temporary file. Such leftovers are removed
 * by the next write into the same folder (only those of processes that no longer run) and by the
 * next start of the workbench ({@link #sweep()}), which reads the list of writes under way kept in
 * the user's settings folder.
 *
 * <p>Thread-safe; any number of writes may run at once, in one process or several.
 *
 * @since 0.1
 */
public final class OutputFile {

    /**
     * What is written into the file.
     *
     * @since 0.1
     */
    @FunctionalInterface
    public interface Content {

        /**
         * Writes the whole content. Closing the stream is allowed and does not end the write.
         *
         * @param out the stream into the temporary file
         * @throws IOException when the content cannot be written; nothing appears
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    /**
     * Writes the target, replacing it only once the new content is complete and on disk.
     *
     * @param target the file to write; its folder must exist
     * @param content writes the content
     * @throws IOException when it could not be written; its message names the target and why
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Leftovers.sweep(absolute.getParent());
        PartFile part = PartFile.beside(absolute);
        Optional<Path> noted = UnderWay.add(part);
        try {
            writeForced(part.path(), content);
            move(part.path(), absolute);
        } catch (IOException e) {
            throw new IOException("could not write " + absolute + ": " + Failures.describe(e), e);
        } finally {
            Leftovers.delete(part.path());
            noted.ifPresent(UnderWay::remove);
        }
    }

    /**
     * Removes the temporary files of writes whose process was killed, wherever they were written.
     * The launcher calls it at start; it never touches the files of a process that still runs.
     */
    public static void sweep() {
        UnderWay.sweep();
    }

    private static void writeForced(Path part, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
            content.writeTo(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            out.flush();
            channel.force(true);
        }
    }

    private static void move(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
        FolderSync.force(target.getParent());
    }
}
