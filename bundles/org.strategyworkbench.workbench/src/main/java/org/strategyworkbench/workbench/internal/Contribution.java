package org.strategyworkbench.workbench.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * One contribution service as the window sees it: its kind, its id and properties read from the
 * service reference, and its bundle. The service object itself is only got when needed.
 */
final class Contribution<T> {

    private final Kind kind;
    private final ServiceReference<T> reference;
    private final String id;
    /** Kept: once the service is unregistered its reference no longer names the bundle. */
    private final Bundle bundle;

    Contribution(Kind kind, ServiceReference<T> reference) {
        this.kind = kind;
        this.reference = reference;
        this.id = kind.idOf(reference);
        this.bundle = reference.getBundle();
    }

    Kind kind() {
        return kind;
    }

    ServiceReference<T> reference() {
        return reference;
    }

    /** The contribution's id, or {@code null} when the service lacks one (it is then ignored). */
    String id() {
        return id;
    }

    /** The contributing bundle, also after the contribution went. */
    Bundle bundle() {
        return bundle;
    }

    String string(String key, String fallback) {
        Object value = reference.getProperty(kind.prefix + key);
        return value == null || String.valueOf(value).isBlank() ? fallback : String.valueOf(value);
    }

    int integer(String key, int fallback) {
        Object value = reference.getProperty(kind.prefix + key);
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null ? fallback : Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    List<String> strings(String key) {
        Object value = reference.getProperty(kind.prefix + key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String[] array) {
            return Arrays.stream(array).filter(s -> !s.isBlank()).toList();
        }
        if (value instanceof java.util.Collection<?> collection) {
            return collection.stream().map(String::valueOf).filter(s -> !s.isBlank()).toList();
        }
        String text = String.valueOf(value);
        return text.isBlank() ? Collections.emptyList() : List.of(text);
    }

    long serviceId() {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }

    /** The bundle, for messages: "org.example.plugin 1.0.0". */
    String bundleName() {
        return ErrorLogImpl.describe(bundle());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Contribution<?> that && that.reference.equals(reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reference);
    }

    @Override
    public String toString() {
        return kind + " " + id + " of " + bundleName();
    }

    /** The kinds of contribution, with their property prefix and id property. */
    enum Kind {
        VIEW("workbench.view.", "id"),
        EDITOR("workbench.editor.", "entityType"),
        COMMAND("workbench.command.", "id"),
        PERSPECTIVE("workbench.perspective.", "id"),
        PREFERENCE_PAGE("workbench.preferences.", "id"),
        STATUS_ITEM("workbench.status.", "id");

        final String prefix;
        private final String idKey;

        Kind(String prefix, String idKey) {
            this.prefix = prefix;
            this.idKey = idKey;
        }

        String idOf(ServiceReference<?> reference) {
            Object value = reference.getProperty(prefix + idKey);
            return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
        }
    }
}
