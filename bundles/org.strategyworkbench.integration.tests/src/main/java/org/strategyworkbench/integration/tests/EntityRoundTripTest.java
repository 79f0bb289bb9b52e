package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.actions.Position;
import org.strategyworkbench.actions.PositionType;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.allies.MaturityTier;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Confidence;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.rounds.Rounds;
import org.strategyworkbench.core.store.WorkspaceStore;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Change;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.milestones.Milestone;
import org.strategyworkbench.milestones.MilestoneType;
import org.strategyworkbench.returns.ImportOptions;
import org.strategyworkbench.returns.ImportPlan;
import org.strategyworkbench.returns.ImportProblem;
import org.strategyworkbench.returns.ReturnRound;
import org.strategyworkbench.returns.Returns;
import org.strategyworkbench.returns.Review;
import org.strategyworkbench.returns.Submission;

/**
 * Every registered entity type, the product's and the sample delegation plugin's, survives the
 * workspace store: written, read back equal, written again byte for byte the same, and read back
 * from the history as entities of its class rather than as JSON trees (issue 13, item 1: a
 * submission was written with a field "new" that reading refused, and the history hid it).
 *
 * <p>The examples come from the real workspace after real flows (the embedded dataset; a round
 * frozen; an action recorded; a return issued, filled, submitted for review and accepted), and
 * from this test where no flow makes an entity or leaves a field empty. A type registered without
 * an example fails, named.
 */
class EntityRoundTripTest {

    private static final String ALLY = "NOR";
    private static final Instant RECORDED = Instant.parse("2026-03-01T09:00:00.123456789Z");
    private static final long SERVICE_TIMEOUT_MILLIS = 15_000;

    @InjectBundleContext
    static BundleContext context;

    @InjectService
    static WorkspaceStore workspaceStore;

    @InjectService
    static Workspace workspace;

    @InjectService
    static Rounds rounds;

    @InjectService
    static Returns returns;

    @InjectService
    static Review review;

    @TempDir
    static Path temp;

    @SuppressWarnings("rawtypes")
    private static ServiceTracker<EntityType, EntityType> types;
    private static Bundle samplePlugin;
    private static final EntityRoundTripExamples EXAMPLES = new EntityRoundTripExamples();

    @BeforeAll
    static void runTheFlowsThatMakeEntities() throws Exception {
        types = new ServiceTracker<>(context, EntityType.class, null);
        types.open();
        samplePlugin = installTheSamplePlugin();
        EntityType<?> programmes = entityTypeOf(samplePlugin);

        long revision = workspace.snapshot().revision();
        rounds.freeze("Round-trip test round " + revision, LocalDate.of(2026, 9, 1), "frozen by the round-trip test");
        String commitment = workspace.snapshot().all(CommitmentType.TYPE).get(0).id();
        workspace.apply(Edit.named("Record a contract of " + ALLY).put(ActionEntityType.TYPE, recordedAction(commitment)).build());
        WorkspaceSnapshot submitted = submitAReturnForReview("Round-trip test returns " + revision, commitment);
        review.accept(review.pending(ALLY).stream().map(Submission::id).toList());

        EXAMPLES.addAll(submitted);
        EXAMPLES.addAll(workspace.snapshot());
        addExamplesNoFlowMakes(workspace.snapshot(), programmes);
    }

    @AfterAll
    static void removeTheSamplePlugin() throws Exception {
        types.close();
        if (samplePlugin != null) {
            samplePlugin.uninstall();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRegisteredTypeHasValidExamplesThatFillEveryField() {
        return registeredTypes().map(type -> dynamicTest(type.name(), () -> hasValidExamplesFillingEveryField(type)));
    }

    @TestFactory
    Stream<DynamicTest> everyRegisteredTypeSurvivesWriteReadWriteUnchanged() {
        return registeredTypes().map(type -> dynamicTest(type.name(), () -> survivesWriteReadWrite(type)));
    }

    @TestFactory
    Stream<DynamicTest> everyRegisteredTypeComesBackFromTheHistoryAsItsOwnClass() {
        return registeredTypes().map(type -> dynamicTest(type.name(), () -> comesBackFromTheHistoryAsItsClass(type)));
    }

    @TestFactory
    Stream<DynamicTest> everyRegisteredTypeComesBackFromTheHistoryUnchanged() {
        return registeredTypes().map(type -> dynamicTest(type.name(), () -> {
            HistoryRoundTrip trip = historyRoundTrip(type);
            assertEquals(trip.written(), trip.read(), type.name() + ": the history read back");
        }));
    }

    private static <T> void hasValidExamplesFillingEveryField(EntityType<T> type) {
        List<T> examples = EXAMPLES.of(type);
        for (T example : examples) {
            assertEquals(List.of(), type.check(example).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList(),
                    type.name() + " " + type.idOf(example) + " is not a valid example");
        }
        assertEquals(List.of(), EntityRoundTripExamples.unfilledFields(type.entityClass(), examples),
                type.name() + ": fields that are null, empty, false or zero in every example, so no round trip tests them");
    }

    private static <T> void survivesWriteReadWrite(EntityType<T> type) throws Exception {
        EntityRoundTripStore store = new EntityRoundTripStore(workspaceStore);
        List<T> originals = EXAMPLES.of(type);
        Path first = newFolder(type.name() + "-written");
        store.write(first, type, originals, List.of(EntityRoundTripStore.added(type, originals)));

        List<T> read = assertDoesNotThrow(() -> store.read(first, type), type.name() + ": the store cannot read what it wrote");
        Map<String, T> expected = byId(type, originals);
        Map<String, T> actual = byId(type, read);
        assertEquals(expected.keySet(), actual.keySet(), type.name() + ": the ids read back");
        expected.forEach((id, entity) -> assertEquals(entity, actual.get(id), type.name() + " " + id + " read back"));

        // in the originals' order (by id), as a session reads in no particular order
        List<T> again = List.copyOf(actual.values());
        Path second = newFolder(type.name() + "-written-again");
        store.write(second, type, again, List.of(EntityRoundTripStore.added(type, again)));
        EntityRoundTripStore.assertSameFiles(first, second);
    }

    private static <T> void comesBackFromTheHistoryAsItsClass(EntityType<T> type) throws Exception {
        HistoryRoundTrip trip = historyRoundTrip(type);
        assertEquals(changedIds(trip.written()), changedIds(trip.read()), type.name() + ": the changes read back");
        for (AuditEntry entry : trip.read()) {
            for (Change change : entry.changes()) {
                for (Object entity : Arrays.asList(change.before(), change.after())) {
                    if (entity != null) {
                        assertInstanceOf(type.entityClass(), entity, type.name() + " " + change.id() + " in history entry "
                                + entry.revision() + " came back as a JSON tree: the store could not read it as its class."
                                + " What it wrote: " + entity);
                    }
                }
            }
        }
    }

    /** The history of a workspace that added the examples and undid that, as written and as a new session reads it. */
    private record HistoryRoundTrip(List<AuditEntry> written, List<AuditEntry> read) {
    }

    private static <T> HistoryRoundTrip historyRoundTrip(EntityType<T> type) throws Exception {
        EntityRoundTripStore store = new EntityRoundTripStore(workspaceStore);
        List<T> originals = EXAMPLES.of(type);
        AuditEntry added = EntityRoundTripStore.added(type, originals);
        List<AuditEntry> history = List.of(added, EntityRoundTripStore.undone(added));
        Path folder = newFolder(type.name() + "-history");
        store.write(folder, type, originals, history);
        return new HistoryRoundTrip(history,
                assertDoesNotThrow(() -> store.history(folder, type), type.name() + ": the history cannot be read"));
    }

    /** A new empty folder of its own for a workspace. */
    private static Path newFolder(String name) throws IOException {
        return Files.createTempDirectory(temp, name + "-");
    }

    /** Each change of the entries as revision, type and id. */
    private static List<String> changedIds(List<AuditEntry> history) {
        return history.stream().flatMap(e -> e.changes().stream().map(c -> e.revision() + " " + c.typeName() + " " + c.id()))
                .toList();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Stream<EntityType<Object>> registeredTypes() {
        EntityType[] registered = types.getServices(new EntityType[0]);
        assertNotNull(registered, "no entity type is registered");
        return Arrays.stream(registered).map(t -> (EntityType<Object>) t).sorted(Comparator.comparing(EntityType::name));
    }

    private static <T> Map<String, T> byId(EntityType<T> type, List<T> entities) {
        return entities.stream().collect(Collectors.toMap(type::idOf, e -> e, (a, b) -> {
            throw new AssertionError(type.name() + ": two entities with the id " + type.idOf(a));
        }, TreeMap::new));
    }

    /** The sample delegation plugin, the jar a delegation would drop in, installed and started. */
    private static Bundle installTheSamplePlugin() throws Exception {
        Bundle bundle;
        try (InputStream jar = EntityRoundTripTest.class.getResourceAsStream("/plugins/sample-delegation.jar")) {
            bundle = context.installBundle("test:round-trip/sample-delegation.jar", jar);
        }
        bundle.start();
        return bundle;
    }

    /** The entity type a bundle registers, once its component is up. */
    @SuppressWarnings("rawtypes")
    private static EntityType<?> entityTypeOf(Bundle bundle) throws Exception {
        ServiceTracker<EntityType, EntityType> tracker = new ServiceTracker<>(context, context.createFilter("(&("
                + Constants.OBJECTCLASS + "=" + EntityType.class.getName() + ")(" + Constants.SERVICE_BUNDLEID + "="
                + bundle.getBundleId() + "))"), null);
        tracker.open();
        try {
            EntityType<?> type = tracker.waitForService(SERVICE_TIMEOUT_MILLIS);
            assertNotNull(type, bundle.getSymbolicName() + " registered no entity type within " + SERVICE_TIMEOUT_MILLIS + " ms");
            return type;
        } finally {
            tracker.close();
        }
    }

    /** An action with every field given, as staff record one from a delegation's letter. */
    private static Action recordedAction(String commitment) {
        return new Action(ALLY + "-0201", ALLY, commitment, ActionType.CONTRACT, ActionStatus.IN_PROGRESS,
                "Commercial SAR imagery for the High North", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 12, 31),
                new BigDecimal("4500000.00"), "NOK", "https://example.org/contracts/2026-17", "staff, from the delegation's letter",
                "NATO RESTRICTED", true, new LastChange("staff officer", RECORDED));
    }

    /**
     * Issues a round of returns, fills in the ally's template (the recorded action done, one new
     * action with every column given) and imports it for review: submissions and a receipt.
     *
     * @return the workspace holding the submissions
     */
    private static WorkspaceSnapshot submitAReturnForReview(String roundName, String commitment) throws Exception {
        ReturnRound round = returns.issue(roundName);
        Path template = temp.resolve("sent").resolve(returns.templateFileName(round, ALLY));
        Files.createDirectories(template.getParent());
        try (OutputStream out = Files.newOutputStream(template)) {
            returns.writeTemplate(round, ALLY, out);
        }
        ReturnFiller filler = ReturnFiller.open(template);
        int recorded = filler.rowOf(ALLY + "-0201");
        int added = filler.firstNewRow();
        filler.set("D", recorded, "Done").set("J", recorded, "https://example.org/contracts/2026-17/acceptance");
        filler.add(added, commitment, "Funding", "Planned", "National SSA sensor in Svalbard").set("F", added, "2026-10-01")
                .set("G", added, "2027-09-30").set("H", added, 1250000.5).set("I", added, "NOK")
                .set("J", added, "https://example.org/budget/2027#ssa");
        Path filled = temp.resolve("back").resolve(template.getFileName());
        Files.createDirectories(filled.getParent());
        filler.saveAs(filled);

        ImportPlan plan = returns.preview(filled, new ImportOptions(Optional.of(ALLY), ImportOptions.Mode.SUBMIT));
        assertFalse(plan.hasErrors(), plan.problems().stream().map(ImportProblem::describe).collect(Collectors.joining("\n")));
        assertTrue(returns.apply(plan).applied(), "the return was submitted for review");
        return workspace.snapshot();
    }

    /** Examples for what no flow makes, and with the fields the flows leave empty given. */
    private static void addExamplesNoFlowMakes(WorkspaceSnapshot snapshot, EntityType<?> programmes) {
        Commitment stated = snapshot.all(CommitmentType.TYPE).get(0);
        Milestone reached = snapshot.all(MilestoneType.TYPE).get(0);
        EXAMPLES.add(CommitmentType.TYPE, new Commitment(stated.id() + "-A", "Commercial SSA data for the Space Centre",
                "Buy tasking and data from commercial SSA providers.", "establish", "NATO Space Centre", stated.objective(),
                new Provenance(Provenance.Origin.STAFF_RECORD, "Staff note on follow-ups", "paragraph 4"), Stage.CLOSED,
                "merged into the Space Centre's data contract", LocalDate.of(2027, 6, 30), LocalDate.of(2026, 5, 15),
                List.of(stated.id()), Confidence.HIGH, "NATO RESTRICTED", LocalDate.of(2026, 11, 2)));
        EXAMPLES.add(MilestoneType.TYPE, new Milestone("MS-2027-03", "First commercial SSA data reaches the Space Centre",
                stated.id(), "NATO Space Centre", "capability", LocalDate.of(2027, 1, 31), LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 3, 12), "month", List.of(reached.id()),
                new Provenance(Provenance.Origin.OFFICIAL_TEXT, "https://www.nato.int/example", "section 3"), "NATO RESTRICTED"));
        EXAMPLES.add(PositionType.TYPE, new Position(Position.idOf(ALLY, stated.id()), ALLY, stated.id(),
                Position.Response.NOT_APPLICABLE, "no national procurement body for space", new LastChange(ALLY + " delegation", RECORDED)));
        EXAMPLES.add(AllyType.TYPE, snapshot.get(AllyType.TYPE, ALLY).orElseThrow().withTier(MaturityTier.ESTABLISHED));
        EXAMPLES.add(programmes, EntityRoundTripExamples.record(programmes.entityClass(), Map.of("id", ALLY + "-P01", "ally", ALLY,
                "title", "Arctic space surveillance", "agency", "Norwegian Space Agency", "commitments", List.of(stated.id()),
                "start", LocalDate.of(2025, 1, 1), "end", LocalDate.of(2030, 12, 31), "budget", new BigDecimal("125000000.50"),
                "currency", "NOK")));
    }
}
