package org.strategyworkbench.sample.delegation.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * Reads national actions from CSV and checks every row, naming the file, the row and the column
 * of each problem. Nothing is imported from a file with any problem.
 *
 * <p>The first row names the columns, in any order: {@code id, ally, commitment, type, status,
 * title} are required; {@code start, end} (yyyy-mm-dd), {@code amount, currency, evidence} are
 * optional. Types and statuses are written as in the window: {@code data sharing},
 * {@code in progress}.
 */
final class ActionCsv {

    /** The columns a file must have. */
    static final List<String> REQUIRED = List.of("id", "ally", "commitment", "type", "status", "title");
    /** Every column the importer reads. */
    static final List<String> COLUMNS = List.of("id", "ally", "commitment", "type", "status", "title", "start", "end",
            "amount", "currency", "evidence");

    /**
     * What a file holds.
     *
     * @param actions the actions read, in file order; meant to be applied only when there are no errors
     * @param errors one line per problem: {@code file row N column 'c': what is wrong}
     */
    record Result(List<Action> actions, List<String> errors) {
        boolean ok() {
            return errors.isEmpty() && !actions.isEmpty();
        }
    }

    private ActionCsv() {
    }

    /**
     * Reads and checks a file against the workspace it will be imported into.
     *
     * @param file the file's name, for messages and the actions' source
     * @param in the file's text
     * @param snapshot the workspace: allies and commitments the rows name must exist
     * @param change who imports, and when
     */
    static Result read(String file, Reader in, WorkspaceSnapshot snapshot, LastChange change) throws IOException {
        List<List<String>> records;
        try {
            records = CsvRecords.read(in);
        } catch (IllegalArgumentException e) {
            return new Result(List.of(), List.of(file + " " + e.getMessage()));
        }
        if (records.isEmpty()) {
            return new Result(List.of(), List.of(file + ": the file is empty; the first row must name the columns "
                    + String.join(", ", REQUIRED)));
        }
        Map<String, Integer> header = header(records.get(0));
        List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return new Result(List.of(), List.of(file + " row 1: missing column(s) " + String.join(", ", missing)));
        }
        List<String> errors = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        Map<String, Integer> rowOfId = new java.util.HashMap<>();
        for (int r = 1; r < records.size(); r++) {
            Row row = new Row(file, r + 1, records.get(r), header, errors);
            Action action = row.action(change);
            check(row, action, snapshot);
            Integer first = action.id().isEmpty() ? null : rowOfId.putIfAbsent(action.id(), r + 1);
            if (first != null) {
                row.error("id", action.id() + " is already on row " + first);
            }
            actions.add(action);
        }
        if (records.size() == 1) {
            errors.add(file + ": no rows below the header");
        }
        return new Result(List.copyOf(actions), List.copyOf(errors));
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> header = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            // a spreadsheet's "CSV UTF-8" starts with a byte-order mark
            String name = i == 0 && names.get(i).startsWith("\uFEFF") ? names.get(i).substring(1) : names.get(i);
            header.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), i);
        }
        return header;
    }

    private static void check(Row row, Action action, WorkspaceSnapshot snapshot) {
        for (Problem p : ActionEntityType.TYPE.check(action)) {
            if (p.severity() == Problem.Severity.ERROR) {
                row.error(p.field(), p.message());
            }
        }
        if (!action.ally().isEmpty() && snapshot.get(AllyType.TYPE, action.ally()).isEmpty()) {
            row.error("ally", action.ally() + " is not an ally of the workspace");
        }
        if (!action.commitment().isEmpty() && snapshot.get(CommitmentType.TYPE, action.commitment()).isEmpty()) {
            row.error("commitment", action.commitment() + " is not a commitment of the strategy");
        }
        snapshot.get(ActionEntityType.TYPE, action.id()).filter(a -> !a.ally().equals(action.ally()))
                .ifPresent(a -> row.error("id", action.id() + " is already an action of " + a.ally()));
    }

    /** One data row: typed values of its cells, problems recorded with file, row and column. */
    private static final class Row {
        private final String file;
        private final int number;
        private final List<String> cells;
        private final Map<String, Integer> header;
        private final List<String> errors;
        private final java.util.Set<String> reported = new java.util.HashSet<>();

        Row(String file, int number, List<String> cells, Map<String, Integer> header, List<String> errors) {
            this.file = file;
            this.number = number;
            this.cells = cells;
            this.header = header;
            this.errors = errors;
        }

        Action action(LastChange change) {
            if (cells.size() > header.size() && cells.subList(header.size(), cells.size()).stream().anyMatch(c -> !c.isBlank())) {
                error(null, "has " + cells.size() + " cells but the header names " + header.size() + " columns");
            }
            BigDecimal amount = parse("amount", BigDecimal::new, "is not a number such as 1500000.00");
            return new Action(text("id"), text("ally").toUpperCase(Locale.ROOT), text("commitment"),
                    choice("type", ActionType.class), choice("status", ActionStatus.class), text("title"),
                    parse("start", LocalDate::parse, "is not a date such as 2025-06-24"),
                    parse("end", LocalDate::parse, "is not a date such as 2025-06-24"), amount,
                    text("currency").toUpperCase(Locale.ROOT), text("evidence"), "import of " + file, "", false, change);
        }

        String text(String column) {
            Integer at = header.get(column);
            return at == null || at >= cells.size() ? "" : cells.get(at).strip();
        }

        <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                error(column, "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                        .map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", ")));
                return null;
            }
        }

        <T> T parse(String column, Function<String, T> parser, String message) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (NumberFormatException | DateTimeParseException e) {
                error(column, "'" + value + "' " + message);
                return null;
            }
        }

        /** Records a problem; only the first one of each column, so one bad cell gives one message. */
        void error(String column, String message) {
            if (!reported.add(column == null ? "" : column)) {
                return;
            }
            String where = column == null || column.isEmpty() ? "" : " column '" + column + "'";
            errors.add(file + " row " + number + where + ": " + message);
        }
    }
}
