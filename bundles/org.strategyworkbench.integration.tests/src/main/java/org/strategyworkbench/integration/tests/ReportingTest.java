package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.allies.MaturityTier;
import org.strategyworkbench.core.rounds.Rounds;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.reporting.Progress;
import org.strategyworkbench.reporting.ReportRequest;
import org.strategyworkbench.reporting.ReportService;
import org.strategyworkbench.reporting.SheetContributor;
import org.strategyworkbench.reporting.SheetOrder;
import org.strategyworkbench.reporting.SheetWriter;

/** The report service with Apache POI embedded in the reporting bundle, inside Felix. */
class ReportingTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ReportService reports;

    @InjectService
    Workspace workspace;

    /** A plugin's sheet with text a user might have typed. */
    static final class TypedTextSheet implements SheetContributor {
        @Override
        public String sheetName() {
            return "Delegation notes";
        }

        @Override
        public void write(SheetWriter sheet, ReportRequest request) {
            sheet.header("Note", "When");
            sheet.row("=HYPERLINK(\"http://example.org\")", request.asOf());
            sheet.row("+1 chance", null);
            sheet.row("-2 days", 42);
            sheet.row("@mention", true);
        }
    }

    private Map<String, String> export() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> steps = new ArrayList<>();
        reports.write(new ReportRequest(workspace.snapshot(), LocalDate.of(2026, 6, 1)), out,
                (step, done, total) -> steps.add(step));
        assertEquals("saving", steps.get(steps.size() - 1));
        return Xlsx.parts(out.toByteArray());
    }

    /** The XML of a sheet, found by its position among the report's sheets. */
    private String sheet(Map<String, String> parts, String name) {
        return parts.get("xl/worksheets/sheet" + (reports.sheetNames().indexOf(name) + 1) + ".xml");
    }

    @Test
    void theChangesSheetListsWhatChangedSinceARound(@InjectService Rounds rounds) throws Exception {
        rounds.freeze("Report test round", LocalDate.of(2026, 5, 1), "");
        Ally latvia = workspace.snapshot().get(AllyType.TYPE, "LVA").orElseThrow();
        workspace.apply(Edit.named("Assess Latvia").put(AllyType.TYPE, latvia.withTier(MaturityTier.EMERGING)).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.write(new ReportRequest(workspace.snapshot(), LocalDate.of(2026, 6, 1), "", "Report test round"), out,
                Progress.NONE);
        String changes = sheet(Xlsx.parts(out.toByteArray()), "Changes");
        assertTrue(changes.contains("LVA") && changes.contains("tier: not assessed → emerging"), changes);
    }

    @Test
    void theWorkbookHasTheCommitmentRegister() throws Exception {
        Map<String, String> parts = export();
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"Commitments\""), parts.get("xl/workbook.xml"));
        String sheet = sheet(parts, "Commitments");
        assertTrue(sheet.contains("CSS-06") && sheet.contains("Flexible contracting and financing"), sheet);
        assertTrue(sheet.contains("state=\"frozen\"") && sheet.contains("autoFilter"), "header frozen, filters on");
    }

    @Test
    void aContributedSheetTakesItsPlaceAndTypedTextNeverBecomesAFormula() throws Exception {
        Dictionary<String, Object> props = new Hashtable<>(Map.of(SheetOrder.PROPERTY, 150));
        ServiceRegistration<SheetContributor> reg = context.registerService(SheetContributor.class, new TypedTextSheet(), props);
        try {
            assertEquals(List.of("Summary", "Delegation notes", "Commitments"), reports.sheetNames().subList(0, 3));
            Map<String, String> parts = export();
            String notes = sheet(parts, "Delegation notes");
            assertFalse(notes.contains("<f>"), notes);
            assertTrue(notes.contains("=HYPERLINK(&quot;http://example.org&quot;)") || notes.contains("=HYPERLINK(\"http://example.org\")"), notes);
            assertTrue(notes.contains("<t>+1 chance</t>") && notes.contains("<t>-2 days</t>") && notes.contains("<t>@mention</t>"), notes);
        } finally {
            reg.unregister();
        }
        assertFalse(reports.sheetNames().contains("Delegation notes"), "gone with its service");
    }
}
