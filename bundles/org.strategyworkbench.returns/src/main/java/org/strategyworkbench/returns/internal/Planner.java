package org.strategyworkbench.returns.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.returns.ImportOptions;
import org.strategyworkbench.returns.ImportPlan;
import org.strategyworkbench.returns.ImportProblem;
import org.strategyworkbench.returns.ReturnReceipt;
import org.strategyworkbench.returns.ReturnReceiptType;
import org.strategyworkbench.returns.ReturnRound;
import org.strategyworkbench.returns.ReturnRoundType;
import org.strategyworkbench.returns.RowChange;
import org.strategyworkbench.returns.Submission;
import org.strategyworkbench.returns.SubmissionType;

/**
 * Works out what a return read from a file would do to a snapshot. A field the delegation left
 * as issued is left as the workspace holds it now, so the secretariat's own later changes are
 * kept; a field both sides changed differently is a conflict and refuses the file.
 */
final class Planner {

    private final WorkspaceSnapshot snapshot;
    private final ImportOptions options;
    private final Path file;
    private final String digest;
    private final Instant now;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<RowChange> rows = new ArrayList<>();
    private final Map<Integer, List<String>> returned = new HashMap<>();
    private final String name;
    private TemplateRecord record;
    private int nextNumber;

    Planner(WorkspaceSnapshot snapshot, ImportOptions options, Path file, String digest, Instant now) {
        this.snapshot = snapshot;
        this.options = options;
        this.file = file;
        this.digest = digest;
        this.now = now;
        this.name = String.valueOf(file.getFileName());
    }

    ImportPlan plan(ReturnFile read) {
        if (!read.refusal().isEmpty()) {
            problems.add(ImportProblem.file(name, read.refusal()));
            return result("", "", "", -1);
        }
        record = read.record().orElseThrow();
        if (checkOrigin()) {
            checkHeadings(read.actions());
            planRows(read);
        }
        return result(record.ally(), record.round(), record.template(), record.revision());
    }

    private ImportPlan result(String ally, String round, String template, long revision) {
        List<ImportProblem> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
        sorted.sort(Comparator.comparing((ImportProblem p) -> !p.isError()).thenComparingInt(ImportProblem::row));
        Optional<ReturnReceipt> receipt = record == null ? Optional.empty()
                : Optional.of(Receipts.next(snapshot, record, name, digest, rows, returned));
        return new ImportPlan(file, ally, round, template, revision, snapshot.revision(), digest, options, rows, sorted,
                receipt);
    }

    /** The ally, the round and the file name; false when the file cannot be taken at all. */
    private boolean checkOrigin() {
        Optional<Ally> ally = snapshot.get(AllyType.TYPE, String.valueOf(record.ally()));
        if (ally.isEmpty()) {
            problems.add(ImportProblem.file(name, "it names the ally " + record.ally() + ", which the workspace does not know"));
            return false;
        }
        String who = ally.get().name() + " (" + ally.get().code() + ")";
        if (options.ally().isPresent() && !options.ally().get().equalsIgnoreCase(record.ally())) {
            problems.add(ImportProblem.file(name, "it is the return of " + who + ", not of " + options.ally().get()));
            return false;
        }
        String named = name.length() > 3 && !Character.isLetter(name.charAt(3)) ? name.substring(0, 3).toUpperCase(Locale.ROOT) : "";
        if (snapshot.get(AllyType.TYPE, named).isPresent() && !named.equals(record.ally())) {
            problems.add(new ImportProblem(ImportProblem.Severity.WARNING, name, "", 0, "",
                    "the file is named for " + named + " but holds the return of " + who));
        }
        List<ReturnRound> rounds = snapshot.all(ReturnRoundType.TYPE).stream()
                .sorted(Comparator.comparingLong(ReturnRound::revision)).toList();
        Optional<ReturnRound> current = rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
        if (current.isEmpty() || rounds.stream().noneMatch(r -> r.name().equals(record.round()))) {
            problems.add(ImportProblem.file(name, "it was made for the round \"" + record.round()
                    + "\", which this workspace never issued"));
            return false;
        }
        if (!current.get().name().equals(record.round())) {
            problems.add(ImportProblem.file(name, "it was made for the round \"" + record.round() + "\", but returns are"
                    + " now collected for \"" + current.get().name() + "\": send " + who + " the new template"));
            return false;
        }
        return true;
    }

    private void checkHeadings(Grid sheet) {
        List<String> expected = TemplateRecord.headings();
        for (int c = 0; c < expected.size(); c++) {
            String found = sheet.text(1, c).strip();
            if (!found.equals(expected.get(c))) {
                problems.add(new ImportProblem(ImportProblem.Severity.ERROR, name, sheet.sheet(), 1, expected.get(c),
                        "the heading was changed to '" + CellParser.shorten(found) + "'; the columns of a return must"
                                + " stay as they were made"));
            }
        }
    }

    private void planRows(ReturnFile read) {
        Grid sheet = read.actions();
        Map<String, String> commitments = new HashMap<>();
        snapshot.ids(CommitmentType.NAME).forEach(id -> commitments.put(id.toUpperCase(Locale.ROOT), id));
        CellParser parser = new CellParser(commitments, read.date1904());
        Map<Integer, ReturnReceipt.NewRow> earlier = Receipts.newRows(snapshot, record.template());
        nextNumber = highestNumber() + 1;
        Set<String> seen = new HashSet<>();
        for (var entry : sheet.rows().entrySet()) {
            int row = entry.getKey();
            if (row < 2) {
                continue;
            }
            String id = text(entry.getValue(), 0);
            EnumMap<Field, String> values = values(parser, sheet.sheet(), row, entry.getValue());
            if (id.isEmpty() && values != null && values.values().stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (!id.isEmpty()) {
                if (!record.issued().containsKey(id)) {
                    error(row, Field.ID_HEADING, "'" + CellParser.shorten(id) + "' is not an action of this template;"
                            + " the Action id column is locked (new actions leave it empty)");
                } else if (!seen.add(id)) {
                    error(row, Field.ID_HEADING, id + " appears on more than one row");
                } else if (values != null) {
                    onRecord(row, id, values);
                }
            } else if (values != null) {
                newRow(row, values, earlier.get(row));
            }
        }
        record.issued().keySet().stream().filter(id -> !seen.contains(id)).forEach(id -> problems.add(new ImportProblem(
                ImportProblem.Severity.WARNING, name, sheet.sheet(), 0, Field.ID_HEADING,
                "the row of " + id + " was deleted from the return; the action is left as it is")));
    }

    private static String text(NavigableMap<Integer, Cell> cells, int column) {
        Cell c = cells.get(column);
        return c == null || c.tooLong() ? (c == null ? "" : "?") : c.text().strip();
    }

    /** The row's canonical values, or null when a cell is wrong (each reported). */
    private EnumMap<Field, String> values(CellParser parser, String sheet, int row, NavigableMap<Integer, Cell> cells) {
        EnumMap<Field, String> values = new EnumMap<>(Field.class);
        boolean ok = true;
        for (Field f : Field.values()) {
            Optional<String> v = parser.parse(f, cells.get(f.column()), reason ->
                    problems.add(new ImportProblem(ImportProblem.Severity.ERROR, name, sheet, row, f.heading(), reason)));
            ok &= v.isPresent();
            v.ifPresent(value -> values.put(f, value));
        }
        crossChecks(row, values);
        return ok ? values : null;
    }

    /** Checks between cells that parsed, so that a row's every problem is reported at once. */
    private void crossChecks(int row, EnumMap<Field, String> v) {
        String start = v.getOrDefault(Field.START, "");
        String end = v.getOrDefault(Field.END, "");
        if (!start.isEmpty() && !end.isEmpty() && end.compareTo(start) < 0) {
            error(row, Field.END.heading(), "is before the start");
        }
        if (v.containsKey(Field.AMOUNT) && v.containsKey(Field.CURRENCY) && v.get(Field.AMOUNT).isEmpty()
                && !v.get(Field.CURRENCY).isEmpty()) {
            error(row, Field.CURRENCY.heading(), "is given without an amount");
        }
    }

    private void onRecord(int row, String id, EnumMap<Field, String> values) {
        Optional<Action> current = snapshot.get(ActionEntityType.TYPE, id);
        if (current.isEmpty() || !current.get().ally().equals(record.ally())) {
            error(row, Field.ID_HEADING, id + " was deleted from the workspace after the template was made;"
                    + " the row cannot be taken (add it as a new action if it still stands)");
            return;
        }
        EnumMap<Field, String> target = RowMerge.sinceIssued(record.issued().get(id), current.get(), values,
                (f, reason) -> error(row, f.heading(), reason));
        if (target != null) {
            plan(row, current.get(), target);
        }
    }

    private void newRow(int row, EnumMap<Field, String> values, ReturnReceipt.NewRow earlier) {
        boolean complete = true;
        for (Field f : List.of(Field.COMMITMENT, Field.TYPE, Field.STATUS, Field.TITLE)) {
            if (values.get(f).isEmpty()) {
                error(row, f.heading(), "is required for a new action");
                complete = false;
            }
        }
        if (!complete) {
            return;
        }
        String id = earlier != null ? earlier.action() : String.format("%s-%04d", record.ally(), nextNumber++);
        Optional<Action> onRecord = earlier == null ? Optional.empty() : snapshot.get(ActionEntityType.TYPE, id);
        Optional<Action> now = onRecord.or(() -> snapshot.get(SubmissionType.TYPE, id).map(Submission::proposed));
        EnumMap<Field, String> target = earlier == null || now.isEmpty() || earlier.returned().isEmpty() ? values
                : RowMerge.sinceImported(earlier.returned(), now.get(), values, (f, reason) -> error(row, f.heading(), reason));
        if (target == null) {
            return;
        }
        returned.put(row, Receipts.values(values));
        if (onRecord.isPresent()) {
            plan(row, onRecord.get(), target);
        } else {
            plan(row, null, target, id);
        }
    }

    private void plan(int row, Action current, EnumMap<Field, String> target) {
        plan(row, current, target, current.id());
    }

    private void plan(int row, Action current, EnumMap<Field, String> target, String id) {
        Action after = action(id, current, target, row);
        List<String> fields = new ArrayList<>();
        for (Field f : Field.values()) {
            if (current == null ? !target.get(f).isEmpty() : !f.of(current).equals(target.get(f))) {
                fields.add(f.property());
            }
        }
        check(row, after);
        if (current != null && (fields.isEmpty() || pendingAlready(id, target))) {
            rows.add(new RowChange(RowChange.Kind.UNCHANGED, TemplateWriter.ACTIONS, row, id, current, current, List.of()));
        } else if (current == null && pendingAlready(id, target)) {
            rows.add(new RowChange(RowChange.Kind.UNCHANGED, TemplateWriter.ACTIONS, row, id, null,
                    snapshot.get(SubmissionType.TYPE, id).orElseThrow().proposed(), List.of()));
        } else {
            rows.add(new RowChange(current == null ? RowChange.Kind.ADDED : RowChange.Kind.CHANGED,
                    TemplateWriter.ACTIONS, row, id, current, after, fields));
        }
    }

    /** Whether, when submitting, the same values already wait for review. */
    private boolean pendingAlready(String id, EnumMap<Field, String> target) {
        if (options.mode() != ImportOptions.Mode.SUBMIT) {
            return false;
        }
        return snapshot.get(SubmissionType.TYPE, id)
                .filter(s -> java.util.Arrays.stream(Field.values()).allMatch(f -> f.of(s.proposed()).equals(target.get(f))))
                .isPresent();
    }

    private Action action(String id, Action current, EnumMap<Field, String> v, int row) {
        String amount = v.get(Field.AMOUNT);
        String origin = "return of " + record.ally() + " for round " + record.round() + ": " + name + ", sheet "
                + TemplateWriter.ACTIONS + ", row " + row;
        return new Action(id, record.ally(), v.get(Field.COMMITMENT), ActionType.valueOf(v.get(Field.TYPE)),
                ActionStatus.valueOf(v.get(Field.STATUS)), v.get(Field.TITLE), date(v.get(Field.START)),
                date(v.get(Field.END)), amount.isEmpty() ? null : new BigDecimal(amount), v.get(Field.CURRENCY),
                v.get(Field.EVIDENCE), origin, current == null ? "" : current.marking(),
                current != null && current.example(), new LastChange(record.ally() + " delegation, by return", now));
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    private void check(int row, Action after) {
        for (Problem p : ActionEntityType.TYPE.check(after)) {
            error(row, heading(p.field()), p.message());
        }
        if (after.status() == ActionStatus.DONE && after.evidence().isBlank()) {
            problems.add(new ImportProblem(ImportProblem.Severity.WARNING, name, TemplateWriter.ACTIONS, row,
                    Field.EVIDENCE.heading(), "the action is marked done without evidence"));
        }
    }

    private static String heading(String property) {
        for (Field f : Field.values()) {
            if (f.property().equals(property)) {
                return f.heading();
            }
        }
        return property;
    }

    private void error(int row, String column, String reason) {
        problems.add(new ImportProblem(ImportProblem.Severity.ERROR, name, TemplateWriter.ACTIONS, row, column, reason));
    }

    /** The highest number of the ally's action ids, submitted ones included. */
    private int highestNumber() {
        String prefix = record.ally() + "-";
        int highest = 0;
        for (String id : snapshot.ids(ActionEntityType.NAME)) {
            highest = Math.max(highest, number(id, prefix));
        }
        for (String id : snapshot.ids(SubmissionType.NAME)) {
            highest = Math.max(highest, number(id, prefix));
        }
        for (ReturnReceipt r : snapshot.partition(ReturnReceiptType.TYPE, record.ally())) {
            for (ReturnReceipt.NewRow n : r.newRows()) {
                highest = Math.max(highest, number(n.action(), prefix));
            }
        }
        return highest;
    }

    private static int number(String id, String prefix) {
        if (!id.startsWith(prefix) || !id.substring(prefix.length()).matches("\\d{1,9}")) {
            return 0;
        }
        return Integer.parseInt(id.substring(prefix.length()));
    }
}
