package org.strategyworkbench.sample.delegation.internal;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.workbench.contribution.CommandContext;
import org.strategyworkbench.workbench.contribution.CommandHandler;
import org.strategyworkbench.workbench.contribution.CommandProperties;
import org.strategyworkbench.workbench.widgets.Edits;

/**
 * Tools › Import National Actions (CSV)…: reads a CSV file of actions (see
 * {@link ActionCsv} for its columns) in a background job, checks every row, and applies all the
 * rows as one edit, undoable with Ctrl+Z; a file with any problem changes nothing and its problems
 * are listed with file, row and column.
 */
@Component(service = CommandHandler.class)
@CommandProperties(id = ImportActionsCommand.ID, label = "Import National Actions (CSV)…",
        description = "Reads a CSV file of national actions, checks every row and records them as one edit",
        category = "National", locations = "tools/national", rank = 20)
public final class ImportActionsCommand implements CommandHandler {

    /** The command's id. */
    public static final String ID = "org.strategyworkbench.sample.delegation.import";

    private final Workspace workspace;

    @Activate
    public ImportActionsCommand(@Reference Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void execute(CommandContext context) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Import National Actions");
        chooser.setFileFilter(new FileNameExtensionFilter("CSV files", "csv"));
        if (chooser.showOpenDialog(context.window()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        context.workbench().jobs().schedule("Importing " + file.getFileName(), monitor -> {
            ActionCsv.Result result;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                result = ActionCsv.read(file.getFileName().toString(), in, workspace.snapshot(),
                        new LastChange(System.getProperty("user.name", "delegation"), Instant.now()));
            }
            SwingUtilities.invokeLater(() -> finish(context, file, result));
        });
    }

    private void finish(CommandContext context, Path file, ActionCsv.Result result) {
        if (!result.ok()) {
            JTextArea text = new JTextArea(String.join("\n", result.errors()), 12, 70);
            text.setEditable(false);
            JOptionPane.showMessageDialog(context.window(), new JScrollPane(text),
                    "Nothing was imported from " + file.getFileName(), JOptionPane.WARNING_MESSAGE);
            return;
        }
        Edits.apply(workspace, edit(file.getFileName().toString(), result.actions()), context.workbench().notifications());
    }

    /** One edit for the whole file, so one Ctrl+Z takes it back. */
    static Edit edit(String file, List<Action> actions) {
        Edit.Builder edit = Edit.named("Import " + actions.size() + " national actions from " + file)
                .source("import of " + file);
        actions.forEach(a -> edit.put(ActionEntityType.TYPE, a));
        return edit.build();
    }
}
