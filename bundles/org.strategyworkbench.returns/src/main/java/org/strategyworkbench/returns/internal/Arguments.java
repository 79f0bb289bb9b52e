package org.strategyworkbench.returns.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A command's arguments: options with a value ({@code --out DIR} or {@code --out=DIR}), flags, and the rest. */
final class Arguments {

    private final Map<String, String> values = new HashMap<>();
    private final List<String> flags = new ArrayList<>();
    private final List<String> rest = new ArrayList<>();

    /**
     * @throws IllegalArgumentException naming an unknown option or a missing value
     */
    static Arguments parse(List<String> arguments, Set<String> valued, Set<String> flagNames) {
        Arguments a = new Arguments();
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            if (!arg.startsWith("--")) {
                a.rest.add(arg);
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (flagNames.contains(name) && !arg.contains("=")) {
                a.flags.add(name);
            } else if (valued.contains(name)) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                        : i + 1 < arguments.size() ? arguments.get(++i) : null;
                if (value == null || value.isBlank()) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                a.values.put(name, value);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
        }
        return a;
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> rest() {
        return List.copyOf(rest);
    }
}
