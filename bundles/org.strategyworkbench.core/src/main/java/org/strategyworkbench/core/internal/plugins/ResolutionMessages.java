package org.strategyworkbench.core.internal.plugins;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the framework's resolution errors into one line that names what is missing. */
final class ResolutionMessages {

    private static final Pattern MISSING = Pattern.compile(
            "missing requirement \\[[^\\]]*\\] (.*?)(?: Unresolved requirements:.*)?$", Pattern.DOTALL);

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
        Matcher m = MISSING.matcher(message.strip());
        return m.find() ? "missing requirement " + m.group(1).strip() : message.strip();
    }
}
