package org.strategyworkbench.store.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyworkbench.core.store.CorruptWorkspaceException;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Change;
import org.strategyworkbench.core.workspace.EntityType;

class BoundedValuesTest {

    record Grant(String id, BigDecimal amount, double share, LocalDate due, Instant at) {
    }

    private static final EntityType<Grant> GRANTS = new EntityType<>() {
        @Override
        public String name() {
            return "grant";
        }

        @Override
        public Class<Grant> entityClass() {
            return Grant.class;
        }

        @Override
        public String idOf(Grant grant) {
            return grant.id();
        }
    };

    @TempDir
    Path folder;

    private Path file(String amount, String share, String due, String at) throws IOException {
        return Files.writeString(folder.resolve("grant.json"), """
                {
                  "type" : "grant",
                  "entities" : [ {
                    "id" : "g1",
                    "amount" : %s,
                    "share" : %s,
                    "due" : "%s",
                    "at" : "%s"
                  } ]
                }
                """.formatted(amount, share, due, at));
    }

    private CorruptWorkspaceException refused(Path file) {
        return assertThrows(CorruptWorkspaceException.class, () -> EntityFiles.read(file, "grant", Grant.class));
    }

    @Test
    void valuesInRangeAreRead() throws IOException {
        Path f = file("1250000.50", "0.25", "2027-01-01", "2026-03-01T10:00:00Z");
        assertEquals(List.of(new Grant("g1", new BigDecimal("1250000.50"), 0.25, LocalDate.of(2027, 1, 1),
                Instant.parse("2026-03-01T10:00:00Z"))), EntityFiles.read(f, "grant", Grant.class));
    }

    @Test
    void theHistoryKeepsEveryDecimalExactly() throws IOException {
        Grant grant = new Grant("g1", new BigDecimal("4500000.00"), 0.1, LocalDate.of(2027, 1, 1),
                Instant.parse("2026-03-01T10:00:00.123456789Z"));
        HistoryFile history = new HistoryFile(folder);
        history.append(new AuditEntry(1, "alice", Instant.parse("2026-03-01T10:00:00Z"), AuditEntry.Kind.EDIT, "Add g1",
                "", List.of(new Change("grant", "g1", "", null, grant))));
        Object read = history.read(name -> Optional.of(GRANTS)).get(0).changes().get(0).after();
        assertEquals(grant, read);
        assertEquals("4500000.00", ((Grant) read).amount().toPlainString());
    }

    @Test
    void aHugeAmountIsRefusedNamingFileLineAndField() throws IOException {
        Path f = file("1e999999", "0", "2027-01-01", "2026-03-01T10:00:00Z");
        CorruptWorkspaceException e = refused(f);
        assertEquals(5, e.line());
        assertEquals("entities[0].amount", e.field());
        assertEquals(f + ":5 (entities[0].amount): 1E+999999 has more than 15 digits before the decimal point",
                e.getMessage());
    }

    @Test
    void anInfiniteShareIsRefused() throws IOException {
        assertEquals("entities[0].share", refused(file("1", "1e999", "2027-01-01", "2026-03-01T10:00:00Z")).field());
    }

    @Test
    void datesOutsideASpreadsheetsRangeAreRefused() throws IOException {
        assertEquals("entities[0].due", refused(file("1", "0", "+10000-01-01", "2026-03-01T10:00:00Z")).field());
        assertEquals("entities[0].at", refused(file("1", "0", "2027-01-01", "1066-10-14T10:00:00Z")).field());
    }
}
