package org.strategyworkbench.core.internal.plugins;

/** Turns the framework's resolution errors into one line that names what is missing. */
final class ResolutionMessages {

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
}
