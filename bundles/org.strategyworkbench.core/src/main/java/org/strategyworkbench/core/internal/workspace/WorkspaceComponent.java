package org.strategyworkbench.core.internal.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.problems.Validator;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.core.store.WorkspaceStore;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.EditRejectedException;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceEvent;
import org.strategyworkbench.core.workspace.WorkspaceListener;
import org.strategyworkbench.core.workspace.WorkspaceSeed;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * The workspace service for the folder named by the framework property {@value #FOLDER}. The
 * folder is opened (locked, read, seeded when new) on first use, so that every entity type of
 * the product is registered by then; types registered later are read when they arrive.
 */
@Component(service = {Workspace.class, Validator.class})
public final class WorkspaceComponent implements Workspace, Validator {

    static final String FOLDER = "strategyworkbench.workspace";
    static final String USER = "strategyworkbench.user";

    private final Path folder;
    private final String author;
    private final WorkspaceStore store;
    private final Map<String, EntityType<?>> types = new ConcurrentHashMap<>();
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
    private final List<WorkspaceSeed> seeds = new CopyOnWriteArrayList<>();
    private StoreSession session;
    private volatile WorkspaceEngine engine;
    private boolean closed;

    @Activate
    public WorkspaceComponent(BundleContext context, @Reference WorkspaceStore store) {
        String configured = context.getProperty(FOLDER);
        this.folder = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), "StrategyWorkbench", "workspace");
        String user = context.getProperty(USER);
        this.author = user != null ? user : System.getProperty("user.name", "unknown");
        this.store = store;
    }

    /** Synchronised with {@link #open()}: a type arriving while the folder opens is read exactly once. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addType(EntityType<?> type) {
        types.put(type.name(), type);
        WorkspaceEngine open = engine;
        if (open != null) {
            try {
                open.load(type);
            } catch (IOException e) {
                System.err.println("workbench: the " + type.name() + " entities of " + folder + " cannot be read: " + e.getMessage());
            }
        }
    }

    synchronized void removeType(EntityType<?> type) {
        types.remove(type.name(), type);
        WorkspaceEngine open = engine;
        if (open != null) {
            open.unload(type.name());
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(WorkspaceListener listener) {
        listeners.add(listener);
    }

    void removeListener(WorkspaceListener listener) {
        listeners.remove(listener);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSeed(WorkspaceSeed seed) {
        seeds.add(seed);
    }

    void removeSeed(WorkspaceSeed seed) {
        seeds.remove(seed);
    }

    @Deactivate
    synchronized void deactivate() throws IOException {
        closed = true;
        engine = null;
        if (session != null) {
            session.close();
            session = null;
        }
    }

    private WorkspaceEngine engine() {
        WorkspaceEngine open = engine;
        return open != null ? open : open();
    }

    private synchronized WorkspaceEngine open() {
        if (engine != null) {
            return engine;
        }
        if (closed) {
            throw new IllegalStateException("the workspace service for " + folder + " has been shut down");
        }
        try {
            StoreSession opened = store.open(folder);
            try {
                WorkspaceEngine created = new WorkspaceEngine(folder, opened,
                        opened.history(name -> Optional.ofNullable(types.get(name))), Clock.systemUTC(), author,
                        this::announce);
                for (EntityType<?> type : types.values()) {
                    created.load(type);
                }
                if (opened.isNew()) {
                    seed(created);
                }
                session = opened;
                engine = created;
                return created;
            } catch (IOException | RuntimeException e) {
                opened.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private void seed(WorkspaceEngine created) {
        for (WorkspaceSeed seed : seeds) {
            try {
                created.apply(seed.edit());
            } catch (EditRejectedException | RuntimeException e) {
                System.err.println("workbench: a new workspace could not be filled by " + seed.getClass().getName()
                        + ": " + e.getMessage());
            }
        }
        // Edit > Undo must never empty a new workspace
        created.clearUndo();
    }

    private void announce(WorkspaceEvent event) {
        for (WorkspaceListener listener : listeners) {
            try {
                listener.workspaceChanged(event);
            } catch (RuntimeException e) {
                System.err.println("workbench: workspace listener " + listener.getClass().getName() + " failed: " + e);
            }
        }
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public WorkspaceSnapshot snapshot() {
        return engine().snapshot();
    }

    @Override
    public AuditEntry apply(Edit edit) throws EditRejectedException {
        return engine().apply(edit);
    }

    @Override
    public Optional<AuditEntry> undo() {
        return engine().undo();
    }

    @Override
    public Optional<AuditEntry> redo() {
        return engine().redo();
    }

    @Override
    public Optional<String> undoLabel() {
        return engine().undoLabel();
    }

    @Override
    public Optional<String> redoLabel() {
        return engine().redoLabel();
    }

    @Override
    public List<AuditEntry> history() {
        return engine().history();
    }

    @Override
    public WorkspaceSnapshot stateAt(long revision) {
        return engine().stateAt(revision);
    }

    /** As a validator: what the store found wrong in the workspace's files (duplicate ids, …). */
    @Override
    public List<Problem> validate(WorkspaceSnapshot snapshot, ValidationContext context) {
        return engine().storeProblems();
    }
}
