package org.strategyworkbench.store.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * What went wrong reading a file, in words a person editing it can act on. Jackson's own
 * messages name Java classes and its internal limits ({@code Cannot deserialize value of type
 * `org.….Stage`}, {@code StreamReadConstraints.getMaxStringLength()}); these say which value is
 * wrong and what is expected instead. The file, line and field are added by the caller.
 */
final class ReadFailures {

    private static final java.util.regex.Pattern DUPLICATE_FIELD = java.util.regex.Pattern.compile("Duplicate field '(.*)'");

    private ReadFailures() {
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "\"" + u.getPropertyName() + "\" is not a field here; the fields are "
                    + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof BoundedValues.OutOfRange) {
            return e.getOriginalMessage();
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Cannot map `null`")) {
            return "is missing or null, but a value is required";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return wrongValue(m);
        }
        java.util.regex.Matcher twice = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
        if (twice.matches()) {
            return "the field \"" + twice.group(1) + "\" is given a second time in this entity; remove one of the two";
        }
        if (constraint(e)) {
            return "a value is longer, or nested deeper, than a workspace file may hold (text up to 20 million "
                    + "characters, numbers up to 1,000 digits); the file is probably damaged";
        }
        return "is not valid JSON here: " + withoutClassNames(e.getOriginalMessage());
    }

    /** Jackson's read limits, thrown as they are or wrapped by the mapper. */
    private static boolean constraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamConstraintsException
                    || String.valueOf(t.getMessage()).contains("StreamReadConstraints")) {
                return true;
            }
        }
        return false;
    }

    private static String wrongValue(MismatchedInputException m) {
        Class<?> type = m.getTargetType();
        String value = m instanceof InvalidFormatException f && f.getValue() != null ? "\"" + f.getValue() + "\" " : "the value ";
        if (type.isEnum()) {
            return value + "is not one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return value + "is not " + expected(type);
    }

    private static String expected(Class<?> type) {
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date or time (such as 2026-06-30 or 2026-06-30T09:00:00Z)";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list ([ … ])";
        }
        return "an object ({ … })";
    }

    /** {@code `org.strategyworkbench.commitments.Stage`} becomes {@code Stage}. */
    static String withoutClassNames(String message) {
        return String.valueOf(message).replaceAll("`?(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)`?", "$1")
                .replaceAll(" \\(code \\d+\\)", "");
    }
}
