package org.strategyworkbench.allies.ui.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.workbench.contribution.EditorPart;
import org.strategyworkbench.workbench.contribution.EditorProperties;
import org.strategyworkbench.workbench.contribution.EditorSite;
import org.strategyworkbench.workbench.widgets.Edits;
import org.strategyworkbench.workbench.widgets.Form;
import org.strategyworkbench.workbench.widgets.LiveTable;
import org.strategyworkbench.workbench.widgets.TextRenderer;
import org.strategyworkbench.workbench.widgets.WorkspaceRefresh;

/** The editor of one action: type, status, dates, amount, evidence and source. */
@Component(service = EditorPart.class, scope = ServiceScope.PROTOTYPE)
@EditorProperties(entityType = ActionEntityType.NAME)
public final class ActionEditor implements EditorPart {

    private final BundleContext context;
    private final Workspace workspace;
    private WorkspaceRefresh refresh;
    private EditorSite site;
    private Action shown;

    private final JLabel heading = new JLabel();
    private final JLabel where = new JLabel();
    private final JTextField title = field("title");
    private final JComboBox<ActionType> type = TextRenderer.on(new JComboBox<>(ActionType.values()));
    private final JComboBox<ActionStatus> status = TextRenderer.on(new JComboBox<>(ActionStatus.values()));
    private final JTextField start = field("start");
    private final JTextField end = field("end");
    private final JTextField amount = field("amount");
    private final JTextField currency = field("currency");
    private final JTextArea evidence = new JTextArea(3, 40);
    private final JTextField source = field("source");
    private final JTextField marking = field("marking");
    private final JLabel message = new JLabel(" ");

    @Activate
    public ActionEditor(BundleContext context, @Reference Workspace workspace) {
        this.context = context;
        this.workspace = workspace;
    }

    private static JTextField field(String name) {
        JTextField field = new JTextField(30);
        field.setName("action:" + name);
        return field;
    }

    @Override
    public JComponent createControl(EditorSite editorSite) {
        this.site = editorSite;
        type.setName("action:type");
        status.setName("action:status");
        evidence.setName("action:evidence");
        evidence.setLineWrap(true);
        evidence.setWrapStyleWord(true);
        start.putClientProperty("JTextField.placeholderText", "yyyy-mm-dd");
        end.putClientProperty("JTextField.placeholderText", "yyyy-mm-dd");
        currency.putClientProperty("JTextField.placeholderText", "EUR");
        evidence.putClientProperty("JTextField.placeholderText", "a reference that shows it happened");
        message.setName("action:message");
        JButton save = new JButton("Save Changes");
        save.setName("action:save");
        save.setMnemonic('S');
        save.addActionListener(e -> save());
        JButton revert = new JButton("Revert");
        revert.setMnemonic('R');
        revert.addActionListener(e -> fill(shown));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
        buttons.add(save);
        buttons.add(revert);
        buttons.add(message);
        Form form = new Form().section("Action").add("Ally and commitment", where).add("&Title", title).add("T&ype", type)
                .add("S&tatus", status).add("Sta&rt", start).add("&End", end).add("&Amount", amount).add("C&urrency", currency)
                .add("E&vidence", new JScrollPane(evidence)).add("S&ource", source).add("&Marking", marking).wide(buttons);
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        heading.setBorder(BorderFactory.createEmptyBorder(8, 10, 4, 10));
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(heading, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(form.panel());
        scroll.setBorder(BorderFactory.createEmptyBorder());
        panel.add(scroll, BorderLayout.CENTER);
        refresh = WorkspaceRefresh.register(context, this::reload);
        reload();
        return panel;
    }

    private void reload() {
        Optional<Action> current = workspace.snapshot().get(ActionEntityType.TYPE, site.input().id());
        if (current.isEmpty()) {
            heading.setText(site.input().id() + " — no longer in the workspace");
            return;
        }
        boolean editing = shown != null && !Objects.equals(edited(), shown);
        Action previous = shown;
        shown = current.get();
        heading.setText(shown.id() + "  " + shown.title());
        site.setTitle(shown.id());
        String ally = workspace.snapshot().get(AllyType.TYPE, shown.ally()).map(a -> a.name()).orElse(shown.ally());
        String commitment = workspace.snapshot().get(CommitmentType.TYPE, shown.commitment()).map(c -> c.id() + " " + c.title())
                .orElse(shown.commitment());
        where.setText("<html>" + ally + " — " + commitment.replace("<", "&lt;") + "</html>");
        if (previous == null || !editing) {
            fill(shown);
        }
    }

    private void fill(Action a) {
        title.setText(a.title());
        type.setSelectedItem(a.type());
        status.setSelectedItem(a.status());
        start.setText(a.start() == null ? "" : a.start().toString());
        end.setText(a.end() == null ? "" : a.end().toString());
        amount.setText(a.amount() == null ? "" : a.amount().toPlainString());
        currency.setText(a.currency());
        evidence.setText(a.evidence());
        source.setText(a.source());
        marking.setText(a.marking());
        message.setText(" ");
    }

    /** The action as the fields say; {@code null} when a field cannot be read (the message says which). */
    private Action edited() {
        try {
            BigDecimal money = amount.getText().isBlank() ? null : new BigDecimal(amount.getText().trim());
            return new Action(shown.id(), shown.ally(), shown.commitment(), (ActionType) type.getSelectedItem(),
                    (ActionStatus) status.getSelectedItem(), title.getText().trim(), date(start, "Start"), date(end, "End"), money,
                    currency.getText().trim().toUpperCase(java.util.Locale.ROOT), evidence.getText().trim(), source.getText().trim(),
                    marking.getText().trim(), shown.example(), shown.lastChange());
        } catch (NumberFormatException e) {
            message.setText("Amount: '" + amount.getText().trim() + "' is not a number");
            return null;
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            return null;
        }
    }

    private static LocalDate date(JTextField field, String name) {
        String text = field.getText().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + text + "' is not a date like 2026-03-31");
        }
    }

    private void save() {
        Action edited = edited();
        if (edited == null) {
            return;
        }
        if (edited.equals(shown)) {
            message.setText("Nothing changed");
            return;
        }
        Action stamped = new Action(edited.id(), edited.ally(), edited.commitment(), edited.type(), edited.status(), edited.title(),
                edited.start(), edited.end(), edited.amount(), edited.currency(), edited.evidence(), edited.source(), edited.marking(),
                edited.example(), ActionIds.now());
        String label = edited.status() != shown.status() ? "Mark " + shown.id() + " " + LiveTable.text(edited.status()) : "Edit " + shown.id();
        Edits.apply(workspace, Edit.named(label).put(ActionEntityType.TYPE, stamped).build(), site.workbench().notifications())
                .ifPresent(e -> message.setText("Saved as revision " + e.revision()));
    }

    @Override
    public void dispose() {
        if (refresh != null) {
            refresh.close();
        }
    }
}
