package org.strategyworkbench.returns.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.returns.ImportOptions;
import org.strategyworkbench.returns.ImportPlan;
import org.strategyworkbench.returns.ImportProblem;
import org.strategyworkbench.returns.RowChange;

/**
 * Fuzzes the import below its catch-all boundary: whatever the bytes, reading either returns a
 * plan or fails with an I/O error (which the boundary words as "damaged"); it never throws
 * anything else, every problem has a reason, and no row it would apply is invalid.
 *
 * <p>In the build this runs in regression mode: only the inputs under
 * {@code ReturnsFuzzTestInputs/} (a genuine template, a filled return, and any crash found so far).
 * To fuzz: {@code JAZZER_FUZZ=1 mvn test -pl bundles/org.strategyworkbench.returns -Dtest=ReturnsFuzzTest}.
 */
class ReturnsFuzzTest {

    static FuzzFixture fixture;
    static Path file;

    @BeforeAll
    static void setUp() throws Exception {
        fixture = FuzzFixture.create();
        file = Files.createTempFile("fuzzed", ".xlsx");
        String seeds = System.getenv().getOrDefault("RETURNS_FUZZ_SEEDS", "");
        if (!seeds.isEmpty()) {
            fixture.writeSeeds(Path.of(seeds));
        }
    }

    @AfterAll
    static void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = "60s")
    void anyBytesAreReadOrRefusedWithAReason(byte[] bytes) throws Exception {
        Files.write(file, bytes);
        ReturnFile read;
        try {
            read = ReturnReader.read(file, Optional.of(fixture.key), Limits.DEFAULT.withTime(Duration.ofSeconds(30)));
        } catch (IOException e) {
            return;
        }
        ImportPlan plan = new Planner(fixture.workspace.snapshot(), ImportOptions.DEFAULT, file, "digest", Instant.now()).plan(read);
        for (ImportProblem p : plan.problems()) {
            assertFalse(p.reason().isBlank(), p.toString());
        }
        if (!plan.hasErrors()) {
            for (RowChange row : plan.rows()) {
                assertTrue(ActionEntityType.TYPE.check(row.after()).stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR),
                        row.toString());
            }
        }
    }
}
