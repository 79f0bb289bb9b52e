package org.strategyworkbench.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.internal.workspace.WorkspaceEngine;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.dataset.synthetic.SyntheticSize;
import org.strategyworkbench.dataset.synthetic.SyntheticWorkspace;
import org.strategyworkbench.milestones.MilestoneType;

/**
 * Workspace load and save at scale, against bare Jackson on the same files in the same run.
 * Generates the synthetic workspace {@link SyntheticSize#SCALE} into a temporary folder, then
 * prints the median of each measure and the ratios against the goals.
 *
 * <pre>StoreBenchmark [RUNS [WARM-UPS]]</pre>
 */
public final class StoreBenchmark {

    private static final List<EntityType<?>> TYPES = List.of(AllyType.TYPE, CommitmentType.TYPE,
            ActionEntityType.TYPE, MilestoneType.TYPE);
    private static final int EDITS = 30;

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path temp = Files.createTempDirectory("swb-store-benchmark");
        try {
            run(temp, runs, warmUps);
        } finally {
            delete(temp);
        }
    }

    private static void run(Path temp, int runs, int warmUps) throws Exception {
        Path folder = temp.resolve("workspace");
        SyntheticWorkspace generated = SyntheticWorkspace.generate(SyntheticSize.SCALE);
        WorkspaceRuns workspace = new WorkspaceRuns(folder, TYPES);
        try (StoreSession session = workspace.session()) {
            generated.writeTo(session);
        }
        BareJackson bare = new BareJackson(Map.of(AllyType.NAME, AllyType.TYPE.entityClass(), CommitmentType.NAME,
                CommitmentType.TYPE.entityClass(), ActionEntityType.NAME, ActionEntityType.TYPE.entityClass(),
                MilestoneType.NAME, MilestoneType.TYPE.entityClass()));
        WorkspaceSnapshot loaded = workspace.load();
        var files = bare.read(folder);

        double bareRead = Median.millis(warmUps, runs, () -> bare.read(folder));
        double bareWrite = Median.millis(warmUps, runs, () -> bare.write(files, temp.resolve("bare")));
        double load = Median.millis(warmUps, runs, workspace::load);
        double save = Median.millis(warmUps, runs, () -> workspace.saveAll(loaded));
        workspace.recordAll(loaded);
        double loadChecked = Median.millis(warmUps, runs, workspace::load);
        double edit;
        try (StoreSession session = workspace.session()) {
            WorkspaceEngine engine = workspace.open(session);
            edit = Median.millis(EDITS / 3, EDITS, () -> workspace.editOneAction(engine, "NOR-000100"));
        }
        print(generated.size(), megabytes(folder), runs, warmUps, bareRead, bareWrite, load, save, edit);
        System.out.printf(Locale.ROOT, "workspace load, every file checked against the history: %8.0f ms  %.2fx bare read%n",
                loadChecked, loadChecked / bareRead);
        System.out.printf(Locale.ROOT, "load average: %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void print(SyntheticSize size, double megabytes, int runs, int warmUps, double bareRead, double bareWrite,
            double load, double save, double edit) {
        System.out.printf(Locale.ROOT, "workspace: %,d commitments, %d allies, %,d actions, %,d milestones (seed %d), %.0f MB of JSON%n",
                size.commitments(), size.allies(), size.actions(), size.milestones(), size.seed(), megabytes);
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s; medians of %d runs after %d warm-ups (edit: %d after %d)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), runs, warmUps, EDITS,
                EDITS / 3);
        System.out.printf(Locale.ROOT, "bare Jackson, read every file:          %8.0f ms%n", bareRead);
        System.out.printf(Locale.ROOT, "bare Jackson, write every file:         %8.0f ms%n", bareWrite);
        System.out.printf(Locale.ROOT, "workspace load (open, history, types):  %8.0f ms  %.2fx bare read (goal <= 2x)%n",
                load, load / bareRead);
        System.out.printf(Locale.ROOT, "workspace full save (every file):       %8.0f ms  %.2fx bare write%n", save,
                save / bareWrite);
        System.out.printf(Locale.ROOT, "single edit, one action, applied+saved: %8.1f ms  (goal < 50 ms)%n", edit);
    }

    private static double megabytes(Path folder) throws java.io.IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            long bytes = 0;
            for (Path p : (Iterable<Path>) all.filter(f -> f.toString().endsWith(".json"))::iterator) {
                bytes += Files.size(p);
            }
            return bytes / 1e6;
        }
    }

    private static void delete(Path folder) throws java.io.IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
