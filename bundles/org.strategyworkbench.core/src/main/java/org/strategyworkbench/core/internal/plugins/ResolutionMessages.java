package org.strategyworkbench.core.internal.plugins;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the framework's resolution errors into one line that names what is missing. */
final class ResolutionMessages {

    private static final Pattern PACKAGE = Pattern.compile("^osgi\\.wiring\\.package; .*\\(osgi\\.wiring\\.package=([^)]+)\\)");
    private static final Pattern AT_LEAST = Pattern.compile("(?<!!)\\(version>=([^)]+)\\)");
    private static final Pattern ABOVE = Pattern.compile("!\\(version<=([^)]+)\\)");
    private static final Pattern BELOW = Pattern.compile("!\\(version>=([^)]+)\\)");
    private static final Pattern AT_MOST = Pattern.compile("(?<!!)\\(version<=([^)]+)\\)");

    private static final String MISSING = "missing requirement [";
    private static final String TAIL = " Unresolved requirements:";

    private ResolutionMessages() {
    }

    /**
     * The missing requirement of a resolution error, for example
     * {@code "missing requirement osgi.wiring.package; (osgi.wiring.package=com.example.api)"};
     * the message as it is when it names none.
     */
    static String summarize(String message) {
        if (message == null || message.isBlank()) {
            return "cannot be resolved";
        }
        String text = message.strip();
        int start = text.indexOf(MISSING);
        int end = start < 0 ? -1 : closingBracket(text, start + MISSING.length() - 1);
        if (end < 0) {
            return text;
        }
        String requirement = text.substring(end + 1);
        int tail = requirement.indexOf(TAIL);
        return "missing requirement " + (tail < 0 ? requirement : requirement.substring(0, tail)).strip();
    }

    /** The index of the bracket closing the one at {@code open}; the revision names nest brackets. */
    private static int closingBracket(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A missing package explained in the plugin author's terms: the package, the version range
     * the bundle needs and the versions the running bundles export, for example {@code "needs
     * package org.example.api [2.0.0,3.0.0); the workbench provides 1.0.0 — missing requirement
     * …"}; any other summary unchanged.
     *
     * @param summary a summary made by {@link #summarize}
     * @param exported the versions the running bundles export a package in, each with its exporter
     */
    static String explain(String summary, Function<String, List<String>> exported) {
        String prefix = "missing requirement ";
        Matcher pkg = summary.startsWith(prefix) ? PACKAGE.matcher(summary.substring(prefix.length())) : null;
        if (pkg == null || !pkg.find()) {
            return summary;
        }
        String name = pkg.group(1);
        String filter = summary.substring(prefix.length());
        List<String> provided = exported.apply(name);
        String needs = "needs package " + name + " " + range(filter);
        String has = provided.isEmpty() ? "no bundle of the workbench provides it"
                : "the workbench provides " + String.join(", ", provided);
        return needs + "; " + has + " — " + summary;
    }

    /** The version range of a package filter, in Import-Package syntax; "(any version)" without one. */
    static String range(String filter) {
        String low = group(AT_LEAST, filter);
        String lowOpen = group(ABOVE, filter);
        String high = group(BELOW, filter);
        String highClosed = group(AT_MOST, filter);
        if (low == null && lowOpen == null && high == null && highClosed == null) {
            return "(any version)";
        }
        String from = low != null ? "[" + low : lowOpen != null ? "(" + lowOpen : "[0.0.0";
        String to = high != null ? high + ")" : highClosed != null ? highClosed + "]" : "∞)";
        return from + "," + to;
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
