package org.strategyworkbench.launcher.command;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

/**
 * Turns a failure into words for the user: the message of the exception that means something
 * (wrappers that add nothing are looked through), files named with what is wrong with them, and
 * never a Java class name. Commands and the launcher print their failures with it.
 *
 * @since 1.1
 */
public final class Failures {

    /** A qualified class name of an exception, as {@code Throwable.toString()} puts it in front of a message. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");
    private static final String DISK_FULL = "No space left on device";

    private Failures() {
    }

    /**
     * Describes a failure in a sentence for the user.
     *
     * @param failure what went wrong
     * @return what happened, naming the file when a file is concerned; never empty
     */
    public static String describe(Throwable failure) {
        Throwable meaningful = meaningful(failure);
        if (meaningful instanceof FileSystemException file) {
            return file(file);
        }
        if (meaningful instanceof Error || meaningful instanceof NullPointerException || meaningful instanceof ClassCastException
                || meaningful instanceof IndexOutOfBoundsException || meaningful instanceof ArithmeticException) {
            return "an internal error occurred; please report it with the command that was run";
        }
        String message = meaningful.getMessage() == null ? "" : CLASS_NAME.matcher(meaningful.getMessage()).replaceAll("").strip();
        if (message.isEmpty()) {
            return "an unexpected error occurred; please report it with the command that was run";
        }
        return message.equalsIgnoreCase(DISK_FULL) ? "the disk is full" : message;
    }

    private static Throwable meaningful(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t && (wrapper(t) || addsNothing(t))) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean wrapper(Throwable t) {
        return t instanceof InvocationTargetException || t instanceof UndeclaredThrowableException
                || t instanceof ExecutionException || t instanceof CompletionException;
    }

    private static boolean addsNothing(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() || message.equals(t.getCause().toString())
                || message.equals(t.getCause().getMessage());
    }

    private static String file(FileSystemException e) {
        String file = e.getFile() == null ? "a file" : e.getFile();
        if (e instanceof NoSuchFileException) {
            return file + " does not exist";
        } else if (e instanceof AccessDeniedException) {
            return "access to " + file + " was denied: check its permissions";
        } else if (e instanceof FileAlreadyExistsException) {
            return file + " already exists";
        } else if (e instanceof NotDirectoryException) {
            return file + " is not a folder";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "the folder " + file + " is not empty";
        }
        String reason = e.getReason() == null ? "it could not be used" : e.getReason();
        return file + ": " + (reason.equalsIgnoreCase(DISK_FULL) ? "the disk is full" : reason);
    }
}
