package org.strategyworkbench.commitments.ui.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingConstants;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Confidence;
import org.strategyworkbench.commitments.Kinds;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Change;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.milestones.Milestone;
import org.strategyworkbench.milestones.MilestoneType;
import org.strategyworkbench.workbench.contribution.EditorPart;
import org.strategyworkbench.workbench.contribution.EditorProperties;
import org.strategyworkbench.workbench.contribution.EditorSite;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.widgets.Edits;
import org.strategyworkbench.workbench.widgets.Form;
import org.strategyworkbench.workbench.widgets.LiveTable;
import org.strategyworkbench.workbench.widgets.TextRenderer;
import org.strategyworkbench.workbench.widgets.WorkspaceRefresh;

/**
 * The editor of one commitment: every field, its provenance and source, moving it through its
 * stages (closing needs a reason), linking it to the concrete commitments it turned into, its
 * actions and milestones, and the history of its changes. Every change is an edit of the
 * workspace: saved at once, recorded, undoable.
 */
@Component(service = EditorPart.class, scope = ServiceScope.PROTOTYPE)
@EditorProperties(entityType = CommitmentType.NAME)
public final class CommitmentEditor implements EditorPart {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final BundleContext context;
    private final Workspace workspace;
    private EditorSite site;
    private String id;
    private WorkspaceRefresh refresh;
    private Commitment shown;

    private final JLabel heading = new JLabel();
    private final JTextField title = field("title");
    private final JTextArea summary = new JTextArea(3, 40);
    private final JComboBox<String> kind = new JComboBox<>();
    private final JLabel strength = new JLabel();
    private final JTextField owner = field("owner");
    private final JTextField objective = field("objective");
    private final JTextField due = field("due");
    private final JTextField decision = field("decision");
    private final JComboBox<Confidence> confidence = TextRenderer.on(new JComboBox<>(Confidence.values()));
    private final JTextField marking = field("marking");
    private final JLabel provenance = new JLabel();
    private final JLabel stage = new JLabel();
    private final JComboBox<Stage> nextStage = TextRenderer.on(new JComboBox<>());
    private final JTextField reason = field("reason");
    private final JButton save = new JButton("Save Changes");
    private final JButton revert = new JButton("Revert");
    private final JLabel status = new JLabel(" ");
    private LiveTable<String[]> followUps;
    private LiveTable<Action> actions;
    private LiveTable<Milestone> milestones;
    private LiveTable<String[]> history;

    @Activate
    public CommitmentEditor(BundleContext context, @Reference Workspace workspace) {
        this.context = context;
        this.workspace = workspace;
    }

    private static JTextField field(String name) {
        JTextField field = new JTextField(30);
        field.setName("commitment:" + name);
        return field;
    }

    @Override
    public JComponent createControl(EditorSite editorSite) {
        this.site = editorSite;
        this.id = editorSite.input().id();
        summary.setName("commitment:summary");
        summary.setLineWrap(true);
        summary.setWrapStyleWord(true);
        kind.setName("commitment:kind");
        kind.setModel(new DefaultComboBoxModel<>(Kinds.all().toArray(new String[0])));
        kind.addActionListener(e -> strength.setText(Kinds.strengthOf(String.valueOf(kind.getSelectedItem()))
                .map(s -> "strength: " + LiveTable.text(s)).orElse("")));
        confidence.setName("commitment:confidence");
        nextStage.setName("commitment:next-stage");
        due.putClientProperty("JTextField.placeholderText", "yyyy-mm-dd");
        decision.putClientProperty("JTextField.placeholderText", "yyyy-mm-dd");
        reason.putClientProperty("JTextField.placeholderText", "why it is closed (needed to close)");
        save.setName("commitment:save");
        save.setMnemonic('S');
        save.addActionListener(e -> saveFields());
        revert.setMnemonic('R');
        revert.addActionListener(e -> show(shown, true));
        JButton move = new JButton("Move");
        move.setName("commitment:move");
        move.setMnemonic('M');
        move.addActionListener(e -> moveStage());
        JButton link = new JButton("Link Follow-up…");
        link.setName("commitment:link");
        link.setMnemonic('L');
        link.addActionListener(e -> LinkDialog.open(site, workspace, id));

        JPanel stageRow = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
        stageRow.add(stage);
        stageRow.add(new JLabel("  move to"));
        stageRow.add(nextStage);
        stageRow.add(reason);
        stageRow.add(move);
        JPanel kindRow = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
        kindRow.add(kind);
        kindRow.add(strength);
        Form form = new Form()
                .section("Commitment")
                .add("&Title", title)
                .add("S&ummary", new JScrollPane(summary))
                .add("&Kind", kindRow)
                .add("&Owner", owner)
                .add("O&bjective", objective)
                .add("Due &date", due)
                .add("Decision da&te", decision)
                .add("&Confidence", confidence)
                .add("M&arking", marking)
                .add("Provenance", provenance)
                .section("Stage")
                .add("Stage", stageRow);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
        buttons.add(save);
        buttons.add(revert);
        buttons.add(status);
        form.wide(buttons);

        followUps = new LiveTable<>("commitment:follow-ups", List.of(
                new LiveTable.Column<>("Id", r -> r[0], 70), new LiveTable.Column<>("Title", r -> r[1], 300),
                new LiveTable.Column<>("Kind", r -> r[2], 80), new LiveTable.Column<>("Stage", r -> r[3], 90)), r -> r[0]);
        followUps.onOpen(r -> site.workbench().openEditor(new EntityRef(CommitmentType.NAME, r[0])));
        JPanel followPanel = new JPanel(new BorderLayout());
        JPanel followBar = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 2));
        followBar.add(link);
        followBar.add(new JLabel("the concrete commitments this one turned into; double-click opens one"));
        followPanel.add(followBar, BorderLayout.NORTH);
        followPanel.add(followUps.component(), BorderLayout.CENTER);

        actions = new LiveTable<>("commitment:actions", List.of(
                new LiveTable.Column<>("Ally", Action::ally, 60), new LiveTable.Column<>("Title", Action::title, 280),
                new LiveTable.Column<>("Type", Action::type, 90), new LiveTable.Column<>("Status", Action::status, 90),
                new LiveTable.Column<>("Evidence", Action::evidence, 200)), Action::id);
        actions.onSelect(a -> site.setSelection(Selection.of(site.id(), new EntityRef(ActionEntityType.NAME, a.id()))));
        actions.onOpen(a -> site.workbench().openEditor(new EntityRef(ActionEntityType.NAME, a.id())));
        milestones = new LiveTable<>("commitment:milestones", List.of(
                new LiveTable.Column<>("Id", Milestone::id, 70), new LiveTable.Column<>("Title", Milestone::title, 300),
                new LiveTable.Column<>("Baseline", Milestone::baseline, 90), new LiveTable.Column<>("Forecast", Milestone::forecast, 90),
                new LiveTable.Column<>("Actual", Milestone::actual, 90)), Milestone::id);
        milestones.onOpen(m -> site.workbench().openEditor(new EntityRef(MilestoneType.NAME, m.id())));
        history = new LiveTable<>("commitment:history", List.of(
                new LiveTable.Column<>("Revision", r -> r[0], 60), new LiveTable.Column<>("When", r -> r[1], 130),
                new LiveTable.Column<>("Who", r -> r[2], 120), new LiveTable.Column<>("What", r -> r[3], 300),
                new LiveTable.Column<>("Changed", r -> r[4], 260)), r -> r[0]);

        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("commitment:tabs");
        JScrollPane formScroll = new JScrollPane(form.panel());
        formScroll.setBorder(BorderFactory.createEmptyBorder());
        tabs.addTab("Details", formScroll);
        tabs.addTab("Follow-ups", followPanel);
        tabs.addTab("Actions", actions.component());
        tabs.addTab("Milestones", milestones.component());
        tabs.addTab("History", history.component());
        heading.setBorder(BorderFactory.createEmptyBorder(8, 10, 4, 10));
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(heading, BorderLayout.NORTH);
        panel.add(tabs, BorderLayout.CENTER);
        refresh = WorkspaceRefresh.register(context, this::reload);
        reload();
        return panel;
    }

    private void reload() {
        Optional<Commitment> current = workspace.snapshot().get(CommitmentType.TYPE, id);
        if (current.isEmpty()) {
            heading.setText(id + " — no longer in the workspace");
            save.setEnabled(false);
            return;
        }
        // a change made elsewhere replaces the fields unless the user is editing them
        show(current.get(), shown == null || !dirty());
        loadRelated(current.get());
    }

    private void show(Commitment c, boolean fields) {
        Commitment previous = shown;
        shown = c;
        heading.setText(c.id() + "  " + c.title());
        heading.setHorizontalAlignment(SwingConstants.LEADING);
        site.setTitle(c.id());
        if (fields || previous == null) {
            title.setText(c.title());
            summary.setText(c.summary());
            kind.setSelectedItem(c.kind());
            owner.setText(c.owner());
            objective.setText(c.objective());
            due.setText(c.dueDate() == null ? "" : c.dueDate().toString());
            decision.setText(c.decisionDate() == null ? "" : c.decisionDate().toString());
            confidence.setSelectedItem(c.confidence());
            marking.setText(c.marking());
        }
        provenance.setText(c.provenance() == null ? "" : "<html>" + LiveTable.text(c.provenance().origin()) + " — "
                + escape(c.provenance().source()) + (c.provenance().location().isBlank() ? "" : ", " + escape(c.provenance().location()))
                + "</html>");
        stage.setText("<html><b>" + LiveTable.text(c.stage()) + "</b>" + (c.closedReason().isBlank() ? "" : " (" + escape(c.closedReason()) + ")")
                + "</html>");
        nextStage.setModel(new DefaultComboBoxModel<>(c.stage().next().toArray(new Stage[0])));
        status.setText(" ");
    }

    private void loadRelated(Commitment c) {
        var snapshot = workspace.snapshot();
        List<String[]> follow = new ArrayList<>();
        for (String f : c.followUps()) {
            Optional<Commitment> target = snapshot.get(CommitmentType.TYPE, f);
            follow.add(new String[] {f, target.map(Commitment::title).orElse("(missing)"), target.map(Commitment::kind).orElse(""),
                target.map(t -> LiveTable.text(t.stage())).orElse("")});
        }
        followUps.setRows(follow);
        actions.setRows(snapshot.all(ActionEntityType.TYPE).stream().filter(a -> id.equals(a.commitment())).toList());
        milestones.setRows(snapshot.all(MilestoneType.TYPE).stream().filter(m -> id.equals(m.commitment())).toList());
        List<String[]> rows = new ArrayList<>();
        for (AuditEntry entry : workspace.history()) {
            for (Change change : entry.changes()) {
                if (CommitmentType.NAME.equals(change.typeName()) && id.equals(change.id())) {
                    rows.add(new String[] {String.valueOf(entry.revision()), WHEN.format(entry.time()), entry.author(), entry.label(),
                        changedFields(change)});
                }
            }
        }
        java.util.Collections.reverse(rows);
        history.setRows(rows);
    }

    private static String changedFields(Change change) {
        if (change.isAddition()) {
            return "added";
        }
        if (change.isRemoval()) {
            return "removed";
        }
        if (change.before() instanceof Commitment b && change.after() instanceof Commitment a) {
            List<String> fields = new ArrayList<>();
            for (var component : Commitment.class.getRecordComponents()) {
                try {
                    if (!Objects.equals(component.getAccessor().invoke(b), component.getAccessor().invoke(a))) {
                        fields.add(component.getName());
                    }
                } catch (ReflectiveOperationException e) {
                    fields.add(component.getName());
                }
            }
            return String.join(", ", fields);
        }
        return "";
    }

    private boolean dirty() {
        Commitment c = shown;
        return !title.getText().equals(c.title()) || !summary.getText().equals(c.summary())
                || !Objects.equals(kind.getSelectedItem(), c.kind()) || !owner.getText().equals(c.owner())
                || !objective.getText().equals(c.objective()) || !due.getText().equals(c.dueDate() == null ? "" : c.dueDate().toString())
                || !decision.getText().equals(c.decisionDate() == null ? "" : c.decisionDate().toString())
                || confidence.getSelectedItem() != c.confidence() || !marking.getText().equals(c.marking());
    }

    private void saveFields() {
        Commitment c = shown;
        LocalDate dueDate;
        LocalDate decisionDate;
        try {
            dueDate = date(due.getText(), "Due date");
            decisionDate = date(decision.getText(), "Decision date");
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        Commitment edited = new Commitment(c.id(), title.getText().trim(), summary.getText().trim(), String.valueOf(kind.getSelectedItem()),
                owner.getText().trim(), objective.getText().trim(), c.provenance(), c.stage(), c.closedReason(), dueDate, decisionDate,
                c.followUps(), (Confidence) confidence.getSelectedItem(), marking.getText().trim(), LocalDate.now());
        if (!dirty()) {
            status.setText("Nothing changed");
            return;
        }
        Edits.apply(workspace, Edit.named("Edit " + c.id()).put(CommitmentType.TYPE, edited).build(), site.workbench().notifications())
                .ifPresent(e -> status.setText("Saved as revision " + e.revision()));
    }

    private static LocalDate date(String text, String field) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + text.trim() + "' is not a date like 2026-03-31");
        }
    }

    private void moveStage() {
        Stage to = (Stage) nextStage.getSelectedItem();
        if (to == null) {
            status.setText("A commitment that is done does not move");
            return;
        }
        if (to == Stage.CLOSED && reason.getText().isBlank()) {
            status.setText("Closing needs a reason: say why in the field beside the stage");
            reason.requestFocusInWindow();
            return;
        }
        Commitment moved = shown.withStage(to, reason.getText().trim(), LocalDate.now());
        Edits.apply(workspace, Edit.named("Move " + id + " to " + LiveTable.text(to)).put(CommitmentType.TYPE, moved).build(),
                site.workbench().notifications()).ifPresent(e -> reason.setText(""));
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;");
    }

    @Override
    public void dispose() {
        if (refresh != null) {
            refresh.close();
        }
    }
}
