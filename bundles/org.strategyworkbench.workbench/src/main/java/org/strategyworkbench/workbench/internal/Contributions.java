package org.strategyworkbench.workbench.internal;

import java.awt.EventQueue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.strategyworkbench.workbench.contribution.CommandHandler;
import org.strategyworkbench.workbench.contribution.EditorPart;
import org.strategyworkbench.workbench.contribution.Perspective;
import org.strategyworkbench.workbench.contribution.PreferencePage;
import org.strategyworkbench.workbench.contribution.StatusItem;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.service.LogEntry;

/**
 * The live UI contributions, followed from the service registry (from when the window first needs
 * them: the component binds every contribution already registered when it activates). Only service references are
 * held here (no service objects), so a contribution's component is activated only when the window
 * first uses it. Listeners are told of every arrival and departure on the event dispatch thread,
 * in the order they happened; {@link #all} is read there too.
 */
@Component(service = Contributions.class)
public final class Contributions {

    /** Told of contributions coming and going, on the event thread. */
    interface Listener {
        void added(Contribution<?> contribution);

        void removed(Contribution<?> contribution);
    }

    private final ErrorLogImpl log;
    /** Touched on the event thread only. */
    private final Map<Contribution.Kind, Map<ServiceReference<?>, Contribution<?>>> live = new LinkedHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public Contributions(@Reference ErrorLogImpl log) {
        this.log = log;
        for (Contribution.Kind kind : Contribution.Kind.values()) {
            live.put(kind, new LinkedHashMap<>());
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeView")
    void addView(ServiceReference<ViewPart> reference) {
        arrive(Contribution.Kind.VIEW, reference);
    }

    void removeView(ServiceReference<ViewPart> reference) {
        leave(Contribution.Kind.VIEW, reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeEditor")
    void addEditor(ServiceReference<EditorPart> reference) {
        arrive(Contribution.Kind.EDITOR, reference);
    }

    void removeEditor(ServiceReference<EditorPart> reference) {
        leave(Contribution.Kind.EDITOR, reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeCommand")
    void addCommand(ServiceReference<CommandHandler> reference) {
        arrive(Contribution.Kind.COMMAND, reference);
    }

    void removeCommand(ServiceReference<CommandHandler> reference) {
        leave(Contribution.Kind.COMMAND, reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removePerspective")
    void addPerspective(ServiceReference<Perspective> reference) {
        arrive(Contribution.Kind.PERSPECTIVE, reference);
    }

    void removePerspective(ServiceReference<Perspective> reference) {
        leave(Contribution.Kind.PERSPECTIVE, reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removePreferencePage")
    void addPreferencePage(ServiceReference<PreferencePage> reference) {
        arrive(Contribution.Kind.PREFERENCE_PAGE, reference);
    }

    void removePreferencePage(ServiceReference<PreferencePage> reference) {
        leave(Contribution.Kind.PREFERENCE_PAGE, reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeStatusItem")
    void addStatusItem(ServiceReference<StatusItem> reference) {
        arrive(Contribution.Kind.STATUS_ITEM, reference);
    }

    void removeStatusItem(ServiceReference<StatusItem> reference) {
        leave(Contribution.Kind.STATUS_ITEM, reference);
    }

    private void arrive(Contribution.Kind kind, ServiceReference<?> reference) {
        Contribution<?> contribution = new Contribution<>(kind, reference);
        if (contribution.id() == null) {
            log.log(LogEntry.Level.WARNING, reference.getBundle(),
                    "A " + kind.name().toLowerCase().replace('_', ' ') + " service without the property '"
                            + kind.prefix + (kind == Contribution.Kind.EDITOR ? "entityType" : "id") + "' was ignored", null);
            return;
        }
        EventQueue.invokeLater(() -> {
            Contribution<?> clash = duplicate(contribution);
            if (clash != null) {
                log.log(LogEntry.Level.WARNING, reference.getBundle(), "The " + kind.name().toLowerCase().replace('_', ' ')
                        + " '" + contribution.id() + "' is already contributed by " + clash.bundleName()
                        + "; the first one registered is used", null);
            }
            live.get(kind).put(reference, contribution);
            listeners.forEach(l -> l.added(contribution));
        });
    }

    private Contribution<?> duplicate(Contribution<?> contribution) {
        if (contribution.kind() == Contribution.Kind.EDITOR) {
            return null;
        }
        return live.get(contribution.kind()).values().stream()
                .filter(c -> c.id().equals(contribution.id())).findFirst().orElse(null);
    }

    private void leave(Contribution.Kind kind, ServiceReference<?> reference) {
        EventQueue.invokeLater(() -> {
            Contribution<?> gone = live.get(kind).remove(reference);
            if (gone != null) {
                listeners.forEach(l -> l.removed(gone));
            }
        });
    }

    /**
     * The live contributions of a kind in registration order, one per id (the earliest
     * registered wins a clash). Event thread only.
     */
    List<Contribution<?>> all(Contribution.Kind kind) {
        Map<String, Contribution<?>> byId = new LinkedHashMap<>();
        live.get(kind).values().stream()
                .sorted(Comparator.comparingLong(Contribution::serviceId))
                .forEach(c -> byId.putIfAbsent(kind == Contribution.Kind.EDITOR ? c.id() + "#" + c.serviceId() : c.id(), c));
        return new ArrayList<>(byId.values());
    }

    /** The live contribution of a kind with an id, if any (the earliest registered). Event thread only. */
    Optional<Contribution<?>> find(Contribution.Kind kind, String id) {
        return all(kind).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Whether {@code contribution} is the one used for its id (not a clashing later one). */
    boolean isEffective(Contribution<?> contribution) {
        return find(contribution.kind(), contribution.id()).map(contribution::equals).orElse(false)
                || contribution.kind() == Contribution.Kind.EDITOR;
    }

    /** The editor with the highest rank for an entity type. Event thread only. */
    Optional<Contribution<?>> editorFor(String entityType) {
        return live.get(Contribution.Kind.EDITOR).values().stream()
                .filter(c -> c.id().equals(entityType))
                .max(Comparator.<Contribution<?>>comparingInt(c -> c.integer("rank", 0))
                        .thenComparing(Comparator.<Contribution<?>>comparingLong(Contribution::serviceId).reversed()));
    }

    /** The title of a view contribution. */
    static String title(Contribution<?> view) {
        return view.string("title", view.id());
    }

    /** Adds a listener; call on the event thread, which is where it is told. */
    void addListener(Listener listener) {
        listeners.add(listener);
    }

    void removeListener(Listener listener) {
        listeners.remove(listener);
    }
}
