package org.strategyworkbench.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.actions.Position;
import org.strategyworkbench.actions.PositionType;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Confidence;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.core.workspace.SnapshotBuilder;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.reporting.Audience;
import org.strategyworkbench.reporting.AudienceType;
import org.strategyworkbench.reporting.ReportRequest;
import org.strategyworkbench.reporting.SheetContributor;
import org.strategyworkbench.reporting.SheetOrder;
import org.strategyworkbench.reporting.SheetWriter;

/** The report service outside a framework, read back with Apache POI. */
class ReportServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final LastChange CHANGE = new LastChange("NOR delegation", Instant.parse("2026-03-01T10:00:00Z"));
    private final XlsxReportService service = new XlsxReportService();

    ReportServiceTest() {
        add(new CommitmentsSheet(), 200);
        add(new MatrixSheet(), 400);
    }

    private void add(SheetContributor contributor, int order) {
        service.addContributor(contributor, Map.of(SheetOrder.PROPERTY, order, "service.id", (long) order));
    }

    static Commitment commitment(String id, String title, String marking) {
        return new Commitment(id, title, "", "explore", "NATO", "Acquisition",
                new Provenance(Provenance.Origin.STAFF_RECORD, "test", ""), Stage.EXPLORING, "", null, null, List.of(),
                Confidence.MEDIUM, marking, AS_OF);
    }

    private static WorkspaceSnapshot snapshot() {
        return new SnapshotBuilder()
                .add(CommitmentType.TYPE, commitment("CSS-06", "=SUM(A1:A9)", ""), commitment("CSS-07", "Provider pools", "restricted"))
                .add(AllyType.TYPE, new Ally("NOR", "Norway", 1949, null, null), new Ally("ISL", "Iceland", 1949, null, null))
                .add(ActionEntityType.TYPE, new Action("NOR-1", "NOR", "CSS-06", ActionType.CONTRACT, ActionStatus.DONE,
                        "Example contract", null, null, null, "", "ref", "", "", true, CHANGE))
                .add(PositionType.TYPE, new Position("ISL:CSS-07", "ISL", "CSS-07", Position.Response.NOT_APPLICABLE, "", CHANGE))
                .add(AudienceType.TYPE, new Audience("public", List.of(""), "PUBLIC RELEASE"))
                .build();
    }

    private byte[] export(String audience) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.write(new ReportRequest(snapshot(), AS_OF, audience, ""), out, (s, d, t) -> { });
        return out.toByteArray();
    }

    private static XSSFWorkbook read(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void onlyTheChosenSheetsAreWrittenWhenSomeAreChosen() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.write(new ReportRequest(snapshot(), AS_OF, "", "", List.of("allies X COMMITMENTS")), out, (s, d, t) -> { });
        try (XSSFWorkbook wb = read(out.toByteArray())) {
            assertEquals(1, wb.getNumberOfSheets());
            assertEquals("Allies x commitments", wb.getSheetName(0));
        }
        try (XSSFWorkbook wb = read(export(""))) {
            assertEquals(2, wb.getNumberOfSheets(), "no choice: every sheet");
        }
        IllegalArgumentException unknown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> service.write(new ReportRequest(snapshot(), AS_OF, "", "", List.of("Budget")), new ByteArrayOutputStream(),
                        (s, d, t) -> { }));
        assertTrue(unknown.getMessage().contains("Budget"), unknown.getMessage());
    }

    @Test
    void typedTextIsWrittenAsTextNeverAsAFormula() throws Exception {
        try (XSSFWorkbook wb = read(export(""))) {
            var cell = wb.getSheet("Commitments").getRow(1).getCell(1);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals("=SUM(A1:A9)", cell.getStringCellValue());
        }
    }

    @Test
    void everySheetIsMadeForPeople() throws Exception {
        try (XSSFWorkbook wb = read(export(""))) {
            XSSFSheet sheet = wb.getSheet("Commitments");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header frozen");
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "filters on the header");
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertEquals("Page &P of &N", sheet.getFooter().getRight());
            assertEquals("As of 2026-06-01", sheet.getHeader().getRight());
            assertEquals("1:1", sheet.getRepeatingRows().formatAsString(), "the header repeats on every page");
            assertEquals("Implementation plan", wb.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        assertArrayEquals(export(""), export(""));
    }

    @Test
    void anAudienceSeesOnlyWhatItMayAndItsBannerIsOnEveryPage() throws Exception {
        try (XSSFWorkbook all = read(export("")); XSSFWorkbook pub = read(export("public"))) {
            assertEquals(2, all.getSheet("Commitments").getLastRowNum());
            XSSFSheet sheet = pub.getSheet("Commitments");
            assertEquals(1, sheet.getLastRowNum(), "the restricted commitment is left out");
            assertEquals("CSS-06", sheet.getRow(1).getCell(0).getStringCellValue());
            assertTrue(sheet.getHeader().getCenter().contains("PUBLIC RELEASE"));
            assertTrue(pub.getSheet("Allies x commitments").getHeader().getCenter().contains("PUBLIC RELEASE"));
        }
        assertThrows(IllegalArgumentException.class, () -> export("board"));
    }

    @Test
    void theMatrixTellsActingNoActionNotApplicableAndNotReportedApart() throws Exception {
        try (XSSFWorkbook wb = read(export(""))) {
            XSSFSheet m = wb.getSheet("Allies x commitments");
            List<String> header = new ArrayList<>();
            m.getRow(1).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("Id", "Commitment", "ISL", "NOR"), header);
            assertEquals("–", m.getRow(2).getCell(2).getStringCellValue(), "ISL on CSS-06: not reported");
            assertEquals("done", m.getRow(2).getCell(3).getStringCellValue(), "NOR on CSS-06");
            assertEquals("n/a", m.getRow(3).getCell(2).getStringCellValue(), "ISL on CSS-07");
            assertFalse(m.getRow(2).getCell(3).getCellStyle().getFillPattern().equals(
                    m.getRow(2).getCell(2).getCellStyle().getFillPattern()), "acting cells are coloured");
        }
    }

    @Test
    void aPluginSheetNamedLikeAnotherGetsAUniqueName() throws Exception {
        service.addContributor(new CommitmentsSheet(), Map.of(SheetOrder.PROPERTY, 900, "service.id", 900L));
        try (XSSFWorkbook wb = read(export(""))) {
            assertEquals("Commitments (2)", wb.getSheetName(2));
            assertEquals(3, wb.getNumberOfSheets());
        }
    }

    @Test
    void aFailingSheetIsNamedInTheError() {
        service.addContributor(new SheetContributor() {
            @Override
            public String sheetName() {
                return "Broken";
            }

            @Override
            public void write(SheetWriter sheet, ReportRequest request) {
                throw new NullPointerException("boom");
            }
        }, Map.of("service.id", 99L));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> export(""));
        assertTrue(e.getMessage().startsWith("the sheet \"Broken\""), e.getMessage());
    }
}
