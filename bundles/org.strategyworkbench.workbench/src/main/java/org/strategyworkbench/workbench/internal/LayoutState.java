package org.strategyworkbench.workbench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.strategyworkbench.workbench.contribution.Area;

/**
 * The user's own changes to the window, and nothing else: the theme, the last perspective, and
 * per perspective the views moved, closed or opened and the area sizes. The arrangement itself is
 * rebuilt from the live contributions on every start, so a new plugin's views appear and a
 * removed plugin's views leave no trace. Kept in {@code layout.properties} in the user's settings
 * folder; a damaged file is set aside and the defaults are used. Event thread only.
 */
final class LayoutState {

    static final String FILE = "layout.properties";

    private final Path file;
    private final Properties values = new Properties();
    private String problem;

    private LayoutState(Path file) {
        this.file = file;
    }

    /** Reads the state from {@code folder}, or starts empty when there is none or it is unreadable. */
    static LayoutState load(Path folder) {
        LayoutState state = new LayoutState(folder == null ? null : folder.resolve(FILE));
        if (state.file != null) {
            try (InputStream in = Files.newInputStream(state.file)) {
                state.values.load(in);
            } catch (NoSuchFileException e) {
                // a first start
            } catch (IOException | IllegalArgumentException e) {
                state.values.clear();
                state.problem = "The saved window layout " + state.file + " could not be read (" + e.getMessage()
                        + "); the default layout is used";
                try {
                    Files.move(state.file, state.file.resolveSibling(FILE + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException ignored) {
                    // the next save overwrites it
                }
            }
        }
        return state;
    }

    /** Why the saved state could not be used, if it could not. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Writes the state atomically; a failure is returned as a message, the window goes on. */
    Optional<String> save() {
        if (file == null) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                Properties sorted = new Properties() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Set<java.util.Map.Entry<Object, Object>> entrySet() {
                        return new TreeMap<>(values).entrySet();
                    }
                };
                sorted.putAll(values);
                sorted.store(out, "Strategy Workbench window layout: only your own changes; delete to reset");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("The window layout could not be saved to " + file + ": " + e.getMessage());
        }
    }

    String theme() {
        return values.getProperty("theme", "light");
    }

    void theme(String theme) {
        values.setProperty("theme", theme);
    }

    /** The window's bounds (x, y, width, height) and whether it was maximised, as the user left them. */
    Optional<java.awt.Rectangle> bounds() {
        String[] parts = values.getProperty("window.bounds", "").split(",");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new java.awt.Rectangle(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                    Integer.parseInt(parts[2].trim()), Integer.parseInt(parts[3].trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void bounds(java.awt.Rectangle bounds, boolean maximized) {
        values.setProperty("window.bounds", bounds.x + "," + bounds.y + "," + bounds.width + "," + bounds.height);
        values.setProperty("window.maximized", String.valueOf(maximized));
    }

    boolean maximized() {
        return Boolean.parseBoolean(values.getProperty("window.maximized", "false"));
    }

    Optional<String> perspective() {
        return Optional.ofNullable(values.getProperty("perspective"));
    }

    void perspective(String id) {
        values.setProperty("perspective", id);
    }

    /** The area the user moved a view to in a perspective, if they did. */
    Optional<Area> movedTo(String perspective, String viewId) {
        String value = values.getProperty(perspective + ".moved." + viewId);
        try {
            return value == null ? Optional.empty() : Optional.of(Area.valueOf(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    void moved(String perspective, String viewId, Area area) {
        values.setProperty(perspective + ".moved." + viewId, area.name());
    }

    /** Views the user closed in a perspective (remembered even while their plugin is absent). */
    Set<String> closed(String perspective) {
        return list(perspective + ".closed");
    }

    /** Views the user opened in a perspective beyond its own. */
    Set<String> opened(String perspective) {
        return list(perspective + ".opened");
    }

    void close(String perspective, String viewId) {
        Set<String> opened = opened(perspective);
        if (opened.remove(viewId)) {
            list(perspective + ".opened", opened);
        } else {
            Set<String> closed = closed(perspective);
            closed.add(viewId);
            list(perspective + ".closed", closed);
        }
    }

    void open(String perspective, String viewId, boolean perspectiveHasIt) {
        Set<String> closed = closed(perspective);
        closed.remove(viewId);
        list(perspective + ".closed", closed);
        if (!perspectiveHasIt) {
            Set<String> opened = opened(perspective);
            opened.add(viewId);
            list(perspective + ".opened", opened);
        }
    }

    Optional<Double> size(String perspective, Area area) {
        String value = values.getProperty(perspective + ".size." + area.name());
        try {
            return value == null ? Optional.empty() : Optional.of(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void size(String perspective, Area area, double share) {
        values.setProperty(perspective + ".size." + area.name(), String.format(java.util.Locale.ROOT, "%.3f", share));
    }

    /** Forgets every change the user made to a perspective. */
    void reset(String perspective) {
        values.stringPropertyNames().stream().filter(k -> k.startsWith(perspective + ".")).forEach(values::remove);
    }

    private Set<String> list(String key) {
        String value = values.getProperty(key, "");
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void list(String key, Set<String> ids) {
        if (ids.isEmpty()) {
            values.remove(key);
        } else {
            values.setProperty(key, String.join(",", ids));
        }
    }
}
