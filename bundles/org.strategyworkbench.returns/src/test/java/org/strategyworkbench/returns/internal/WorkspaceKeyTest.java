package org.strategyworkbench.returns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategyworkbench.returns.ImportOptions;
import org.strategyworkbench.returns.ImportPlan;
import org.strategyworkbench.returns.ReturnRound;
import org.strategyworkbench.returns.Returns;

/** The workspace's key file: written safely, never mixed up with a leftover, and a damaged one blamed on itself. */
class WorkspaceKeyTest {

    private static final String SECRET = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path folder;

    @Test
    void theKeyIsWrittenUnderANameTheStoreSweepsForItsOwnerOnlyAndNothingIsLeftBehind() throws Exception {
        Path file = folder.resolve(Returns.KEY_FILE);
        String temporary = WorkspaceKey.temporary(file).getFileName().toString();
        assertTrue(temporary.startsWith(".returns.key") && temporary.contains(".swb-tmp-"), temporary);

        WorkspaceKey.readOrCreate(file);
        try (var files = Files.list(folder)) {
            assertEquals(List.of(Returns.KEY_FILE), files.map(f -> f.getFileName().toString()).toList());
        }
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void aLeftoverTemporaryFileIsNotTakenForTheKey() throws Exception {
        Path file = folder.resolve(Returns.KEY_FILE);
        Files.writeString(folder.resolve(".returns.key.swb-tmp-x"), "workspace=left-over\nkey=" + SECRET + "\n");
        WorkspaceKey made = WorkspaceKey.readOrCreate(file);
        assertNotEquals("left-over", made.workspaceId());
        assertEquals(made.workspaceId(), WorkspaceKey.read(file).orElseThrow().workspaceId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"workspace=w\nkey=%%%\n", "workspace=w\nkey=\n", "workspace=w\nkey=AAAA\n", "key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n",
        "workspace=w\nkey=\\u12\n", "(a folder)"})
    void aDamagedKeyIsBlamedOnTheWorkspaceNotOnTheReturn(String content) throws Exception {
        var workspace = TestWorkspace.create(folder.resolve("ws"));
        ReturnsService returns = new ReturnsService(workspace);
        ReturnRound round = returns.issue("Autumn 2026");
        Path template = folder.resolve("NOR return.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            returns.writeTemplate(round, "NOR", out);
        }
        Path key = folder.resolve("ws").resolve(Returns.KEY_FILE);
        Files.delete(key);
        if (content.equals("(a folder)")) {
            Files.createDirectory(key);
        } else {
            Files.writeString(key, content);
        }
        ImportPlan plan = returns.preview(template, ImportOptions.DEFAULT);
        String message = plan.problems().get(0).reason();
        assertTrue(message.startsWith("the workspace's key file " + key + " is damaged"), message);
        assertTrue(message.contains("restore it from a backup of the workspace folder"), message);
        assertFalse(message.contains("ask for the file again") || message.contains("Exception"), message);
        var thrown = assertThrows(WorkspaceKey.Damaged.class, () -> returns.writeTemplate(round, "NOR", OutputStream.nullOutputStream()));
        assertEquals(message, thrown.getMessage(), "making templates says the same");
    }
}
