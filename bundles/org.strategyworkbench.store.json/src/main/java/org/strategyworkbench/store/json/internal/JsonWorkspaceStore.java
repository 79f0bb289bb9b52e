package org.strategyworkbench.store.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.core.store.WorkspaceStore;

/** Keeps workspaces as folders of pretty-printed JSON; see {@link Layout}. */
@Component
public final class JsonWorkspaceStore implements WorkspaceStore {

    private final String writer;

    @Activate
    public JsonWorkspaceStore(BundleContext context) {
        this(("Strategy Workbench " + String.valueOf(context.getProperty("strategyworkbench.version"))).strip());
    }

    /**
     * A store outside a framework, for tools such as the benchmarks.
     *
     * @param writer what {@code workspace.json} of a new workspace names as having written it
     */
    public JsonWorkspaceStore(String writer) {
        this.writer = writer;
    }

    @Override
    public StoreSession open(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new IOException(root + " is a file, not a folder: a workspace is a folder");
        }
        Files.createDirectories(root);
        WorkspaceLock lock = WorkspaceLock.acquire(root);
        try {
            if (CommitJournal.recover(root)) {
                System.err.println("workbench: completed a save that was interrupted (by a crash or a full disk) in " + root);
            }
            List<Path> orphans = AtomicFiles.removeOrphans(root);
            if (!orphans.isEmpty()) {
                System.err.println("workbench: removed " + orphans.size() + " temporary file(s) of unfinished saves in " + root);
            }
            int format = Header.read(root);
            if (format == 0) {
                requireEmpty(root);
                Header.write(root, writer);
            } else {
                Migrations.migrate(root, format);
            }
            // a workspace whose creation was cut short holds a header and nothing else: it is filled again
            boolean isNew = format == 0 || !HistoryFile.holdsEntries(root) && !Layout.holdsEntities(root);
            return new JsonStoreSession(root, lock, isNew);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** A folder without workspace.json becomes a workspace only when it is empty: nothing is overwritten. */
    private static void requireEmpty(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            List<String> others = files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(WorkspaceLock.FILE)).sorted().toList();
            if (!others.isEmpty()) {
                throw new IOException(root + " is not a Strategy Workbench workspace (it has no " + Layout.HEADER
                        + " but holds " + others.get(0) + (others.size() > 1 ? " and " + (others.size() - 1) + " more" : "")
                        + "); choose an empty folder or an existing workspace");
            }
        }
    }
}
