package org.strategyworkbench.returns.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.strategyworkbench.core.internal.workspace.WorkspaceEngine;
import org.strategyworkbench.returns.ReturnRound;
import org.strategyworkbench.returns.Returns;

/**
 * The same workspace, key and round on every run, so that templates made once (the fuzz test's
 * seed inputs) stay genuine returns of it and the fuzzer starts from files that pass every check.
 */
final class FuzzFixture {

    static final byte[] SECRET = new byte[32];

    final WorkspaceEngine workspace;
    final ReturnsService returns;
    final ReturnRound round;
    final WorkspaceKey key;

    private FuzzFixture(Path folder) throws Exception {
        workspace = TestWorkspace.create(folder);
        Files.writeString(folder.resolve(Returns.KEY_FILE), "workspace=fuzz-workspace\nkey="
                + Base64.getEncoder().encodeToString(SECRET) + "\n");
        key = WorkspaceKey.read(folder.resolve(Returns.KEY_FILE)).orElseThrow();
        returns = new ReturnsService(workspace);
        round = returns.issue("Autumn 2026");
    }

    static FuzzFixture create() throws Exception {
        return new FuzzFixture(Files.createTempDirectory("returns-fuzz"));
    }

    /** Writes a template and a filled-in return of it as seed inputs. */
    void writeSeeds(Path folder) throws Exception {
        Files.createDirectories(folder);
        Path template = folder.resolve("template-NOR");
        try (OutputStream out = Files.newOutputStream(template)) {
            returns.writeTemplate(round, "NOR", out);
        }
        try (Delegation d = Delegation.open(template)) {
            d.set(d.rowOf("NOR-0001"), 3, "Done").set(d.rowOf("NOR-0001"), 9, "https://example.org/evidence");
            d.add(d.firstEmptyRow(), "CSS-02", "Funding", "Planned", "Satellite data pilot").set(d.firstEmptyRow() - 1, 7, 1200.5)
                    .set(d.firstEmptyRow() - 1, 8, "EUR");
            d.add(d.firstEmptyRow(), "CSS-99", "Gift", "Soon", "A row with mistakes");
            d.saveAs(folder.resolve("return-NOR"));
        }
    }
}
