package org.strategyworkbench.returns.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.EditRejectedException;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.returns.ImportOptions;
import org.strategyworkbench.returns.ImportOutcome;
import org.strategyworkbench.returns.ImportPlan;
import org.strategyworkbench.returns.ImportProblem;
import org.strategyworkbench.returns.ReturnReceiptType;
import org.strategyworkbench.returns.ReturnRound;
import org.strategyworkbench.returns.ReturnRoundType;
import org.strategyworkbench.returns.Returns;
import org.strategyworkbench.returns.RowChange;
import org.strategyworkbench.returns.Submission;
import org.strategyworkbench.returns.SubmissionType;

/** The returns service of the open workspace. Imports are applied one at a time. */
@Component
public final class ReturnsService implements Returns {

    /** How many empty rows a template offers for new actions. */
    static final int NEW_ROWS = 150;

    private final Workspace workspace;
    private final Limits limits;

    @Activate
    public ReturnsService(@Reference Workspace workspace) {
        this(workspace, Limits.DEFAULT);
    }

    ReturnsService(Workspace workspace, Limits limits) {
        this.workspace = workspace;
        this.limits = limits;
    }

    @Override
    public synchronized ReturnRound issue(String name) throws EditRejectedException {
        String round = name == null ? "" : name.strip();
        Optional<ReturnRound> current = currentRound();
        Optional<ReturnRound> existing = workspace.snapshot().get(ReturnRoundType.TYPE, round);
        if (existing.isPresent()) {
            if (current.isPresent() && !current.get().equals(existing.get())) {
                throw new IllegalArgumentException("the round \"" + round + "\" is older than the current round \""
                        + current.get().name() + "\"; returns are collected for one round at a time");
            }
            return existing.get();
        }
        ReturnRound issued = new ReturnRound(round, LocalDate.now(), workspace.snapshot().revision());
        workspace.apply(Edit.named("Issue return templates for round " + round).put(ReturnRoundType.TYPE, issued).build());
        return issued;
    }

    @Override
    public List<ReturnRound> rounds() {
        return workspace.snapshot().all(ReturnRoundType.TYPE).stream()
                .sorted(Comparator.comparingLong(ReturnRound::revision)).toList();
    }

    @Override
    public Optional<ReturnRound> currentRound() {
        List<ReturnRound> all = rounds();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    public void writeTemplate(ReturnRound round, String allyCode, OutputStream out) throws IOException {
        WorkspaceSnapshot snapshot = workspace.snapshot();
        Ally ally = snapshot.get(AllyType.TYPE, allyCode)
                .orElseThrow(() -> new IllegalArgumentException("no ally " + allyCode + " in the workspace"));
        WorkspaceKey key = WorkspaceKey.readOrCreate(keyFile());
        List<Action> actions = new ArrayList<>(snapshot.partition(ActionEntityType.TYPE, ally.code()));
        actions.sort(Comparator.comparing(Action::commitment).thenComparing(Action::id));
        Map<String, List<String>> issued = new LinkedHashMap<>();
        for (Action a : actions) {
            issued.put(a.id(), java.util.Arrays.stream(Field.values()).map(f -> f.of(a)).toList());
        }
        String made = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        TemplateRecord record = new TemplateRecord(UUID.randomUUID().toString(), key.workspaceId(), ally.code(),
                round.name(), snapshot.revision(), made, issued);
        TemplateWriter.write(new TemplateContent(ally, round.name(), snapshot.revision(), made.substring(0, 10),
                snapshot.all(CommitmentType.TYPE), actions, NEW_ROWS, record.rows(key)), out);
    }

    @Override
    public String templateFileName(ReturnRound round, String ally) {
        return ally + " return - " + round.name().replaceAll("[^\\p{L}\\p{N} ._-]", "-") + ".xlsx";
    }

    private Path keyFile() {
        return workspace.folder().resolve(KEY_FILE);
    }

    @Override
    public ImportPlan preview(Path file, ImportOptions options) {
        WorkspaceSnapshot snapshot = workspace.snapshot();
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                return refused(snapshot, file, options, "", Files.exists(file) ? "it is not a file" : "there is no such file");
            }
            if (Files.size(file) > limits.fileBytes()) {
                return refused(snapshot, file, options, "", "it is " + (Files.size(file) >> 20)
                        + " MB; a return is at most " + (limits.fileBytes() >> 20) + " MB");
            }
            String digest = digest(file);
            Optional<WorkspaceKey> key = WorkspaceKey.read(keyFile());
            ReturnFile read = Guard.run(name, limits.time().plus(Duration.ofSeconds(1)),
                    () -> ReturnReader.read(file, key, limits));
            return new Planner(snapshot, options, file, digest, Instant.now()).plan(read);
        } catch (Guard.Failure | WorkspaceKey.Damaged e) {
            return refused(snapshot, file, options, "", e.getMessage());
        } catch (Throwable t) { // the boundary: a file never takes the process down
            return refused(snapshot, file, options, "", Guard.describe(t));
        }
    }

    private static ImportPlan refused(WorkspaceSnapshot snapshot, Path file, ImportOptions options, String digest,
            String reason) {
        return new ImportPlan(file, "", "", "", -1, snapshot.revision(), digest, options, List.of(),
                List.of(ImportProblem.file(String.valueOf(file.getFileName()), reason)));
    }

    private static String digest(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public synchronized ImportOutcome apply(ImportPlan plan) {
        ImportPlan current = plan;
        if (!plan.hasErrors() && (workspace.snapshot().revision() != plan.revision() || plan.receipt().isEmpty())) {
            current = preview(plan.file(), plan.options());
            if (!current.hasErrors() && !current.digest().equals(plan.digest())) {
                current = withProblem(current, "the file changed after the preview; preview it again");
            }
        }
        if (current.hasErrors() || !current.changesSomething()) {
            return new ImportOutcome(current, Optional.empty());
        }
        try {
            AuditEntry entry = workspace.apply(edit(current));
            return new ImportOutcome(current, Optional.of(entry));
        } catch (EditRejectedException e) {
            String name = current.fileName();
            List<ImportProblem> problems = new ArrayList<>();
            e.problems().forEach(p -> problems.add(ImportProblem.file(name, "the workspace refused it: " + p.describe())));
            return new ImportOutcome(withProblems(current, problems), Optional.empty());
        }
    }

    private static ImportPlan withProblem(ImportPlan plan, String reason) {
        return withProblems(plan, List.of(ImportProblem.file(plan.fileName(), reason)));
    }

    private static ImportPlan withProblems(ImportPlan plan, List<ImportProblem> more) {
        List<ImportProblem> all = new ArrayList<>(more);
        all.addAll(plan.problems());
        return new ImportPlan(plan.file(), plan.ally(), plan.round(), plan.template(), plan.templateRevision(),
                plan.revision(), plan.digest(), plan.options(), plan.rows(), all, plan.receipt());
    }

    private Edit edit(ImportPlan plan) {
        boolean submit = plan.options().mode() == ImportOptions.Mode.SUBMIT;
        int added = plan.rows(RowChange.Kind.ADDED).size();
        int changed = plan.rows(RowChange.Kind.CHANGED).size();
        Edit.Builder edit = Edit.named((submit ? "Submit for review the return of " : "Import the return of ") + plan.ally()
                + ", round " + plan.round() + ": " + added + " added, " + changed + " changed")
                .source("return " + plan.fileName() + " (" + plan.ally() + ", round " + plan.round() + ", sha-256 "
                        + plan.digest().substring(0, Math.min(16, plan.digest().length())) + ")");
        for (RowChange row : plan.rows()) {
            if (row.kind() == RowChange.Kind.UNCHANGED) {
                continue;
            }
            if (submit) {
                edit.put(SubmissionType.TYPE, new Submission(row.actionId(), plan.ally(), plan.round(),
                        row.after().source(), row.before(), row.after()));
            } else {
                edit.put(ActionEntityType.TYPE, row.after());
            }
        }
        edit.put(ReturnReceiptType.TYPE, plan.receipt().orElseThrow());
        return edit.build();
    }
}
