package org.strategyworkbench.sample.delegation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.workspace.SnapshotBuilder;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

class ActionCsvTest {

    static final WorkspaceSnapshot WORKSPACE = new SnapshotBuilder()
            .add(AllyType.TYPE, new Ally("NOR", "Norway", 1949, null, null))
            .add(CommitmentType.TYPE, commitment("CSS-07"))
            .build();
    static final LastChange IMPORTER = new LastChange("tester", Instant.parse("2026-01-01T00:00:00Z"));

    static Commitment commitment(String id) {
        return new Commitment(id, "title", "", "explore", "staff", "objective", null, null, null, null, null, null,
                null, null, null);
    }

    private static ActionCsv.Result read(String text) throws IOException {
        return ActionCsv.read("nor.csv", new StringReader(text), WORKSPACE, IMPORTER);
    }

    @Test
    void aGoodFileGivesOneActionPerRowWithQuotedFieldsAndItsSource() throws IOException {
        ActionCsv.Result result = read("""
                id,ally,commitment,type,status,title,start,end,amount,currency,evidence
                NOR-9001,NOR,CSS-07,data sharing,in progress,"Arctic SAR data, shared",2025-03-01,2026-03-01,1500000,NOK,
                NOR-9002,nor,CSS-07,FUNDING,done,"Quote \"\"inside\"\"",,,,,https://example.org/x
                """);
        assertEquals(List.of(), result.errors());
        assertTrue(result.ok());
        Action first = result.actions().get(0);
        assertEquals("Arctic SAR data, shared", first.title());
        assertEquals(ActionType.DATA_SHARING, first.type());
        assertEquals(ActionStatus.IN_PROGRESS, first.status());
        assertEquals(LocalDate.of(2026, 3, 1), first.end());
        assertEquals(new BigDecimal("1500000"), first.amount());
        assertEquals("import of nor.csv", first.source());
        Action second = result.actions().get(1);
        assertEquals("NOR", second.ally());
        assertEquals("Quote \"inside\"", second.title());
    }

    @Test
    void everyBadCellIsNamedWithFileRowAndColumn() throws IOException {
        ActionCsv.Result result = read("""
                id,ally,commitment,type,status,title,end
                NOR-9001,NOR,CSS-07,lobbying,in progress,ok,
                NOR-9002,XXX,CSS-99,funding,ongoing,ok,June
                NOR-9003,NOR,CSS-07,funding,done,,
                """);
        assertFalse(result.ok());
        assertEquals(List.of(
                "nor.csv row 2 column 'type': 'lobbying' is not one of funding, contract, exercise, data sharing, policy,"
                        + " standardisation, personnel, other",
                "nor.csv row 3 column 'status': 'ongoing' is not one of planned, in progress, done, cancelled",
                "nor.csv row 3 column 'end': 'June' is not a date such as 2025-06-24",
                "nor.csv row 3 column 'ally': XXX is not an ally of the workspace",
                "nor.csv row 3 column 'commitment': CSS-99 is not a commitment of the strategy",
                "nor.csv row 4 column 'title': is required"), result.errors());
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedNamingThem() throws IOException {
        assertEquals(List.of("nor.csv row 1: missing column(s) commitment, status"),
                read("id,ally,type,title\nNOR-1,NOR,funding,x\n").errors());
        assertEquals(1, read("").errors().size());
        assertEquals(List.of("nor.csv: no rows below the header"), read("id,ally,commitment,type,status,title\n").errors());
    }

    @Test
    void anIdTwiceInOneFileIsNamedWithTheRowItFirstAppearedOn() throws IOException {
        assertEquals(List.of("nor.csv row 3 column 'id': A is already on row 2"),
                read("\uFEFFid,ally,commitment,type,status,title\nA,NOR,CSS-07,funding,done,x\nA,NOR,CSS-07,policy,planned,y\n")
                        .errors());
    }

    @Test
    void anUnclosedQuoteIsReported() throws IOException {
        assertEquals(List.of("nor.csv row 2: a quoted field is not closed"),
                read("id,ally,commitment,type,status,title\nNOR-1,NOR,CSS-07,funding,done,\"never closed\n").errors());
    }

    @Test
    void theWholeFileIsOneEdit() throws IOException {
        ActionCsv.Result result = read("id,ally,commitment,type,status,title\r\nA,NOR,CSS-07,funding,done,x\r\nB,NOR,CSS-07,policy,planned,y\r\n");
        assertEquals(List.of(), result.errors());
        var edit = ImportActionsCommand.edit("nor.csv", result.actions());
        assertEquals(2, edit.operations().size());
        assertEquals("import of nor.csv", edit.source().orElseThrow());
    }
}
