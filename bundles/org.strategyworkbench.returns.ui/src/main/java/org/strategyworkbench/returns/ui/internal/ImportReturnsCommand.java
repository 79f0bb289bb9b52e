package org.strategyworkbench.returns.ui.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.returns.ImportOptions;
import org.strategyworkbench.returns.ImportOutcome;
import org.strategyworkbench.returns.ImportPlan;
import org.strategyworkbench.returns.Returns;
import org.strategyworkbench.returns.RowChange;
import org.strategyworkbench.workbench.contribution.CommandContext;
import org.strategyworkbench.workbench.contribution.CommandHandler;
import org.strategyworkbench.workbench.contribution.CommandProperties;
import org.strategyworkbench.workbench.service.Workbench;

/**
 * File › Import Returns…: choose returned templates, read and check them in a job, preview what
 * they would do, then apply them in another job. The event dispatch thread only shows dialogs;
 * reading a file, hostile or not, never runs on it.
 */
@Component
@CommandProperties(id = "returns.import", label = "Import Returns…", category = "Returns",
        description = "Check returned templates (.xlsx), preview what they change, then apply them",
        locations = "file/import")
public final class ImportReturnsCommand implements CommandHandler {

    private final Returns returns;

    @Activate
    public ImportReturnsCommand(@Reference Returns returns) {
        this.returns = returns;
    }

    @Override
    public void execute(CommandContext context) {
        // after this handler returns: the chooser is modal and must not hold the handler
        SwingUtilities.invokeLater(() -> choose(context));
    }

    private void choose(CommandContext context) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Import Returns");
        chooser.setMultiSelectionEnabled(true);
        chooser.setFileFilter(new FileNameExtensionFilter("Returned templates (.xlsx)", "xlsx"));
        if (chooser.showOpenDialog(context.window()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        List<Path> files = new ArrayList<>();
        for (File f : chooser.getSelectedFiles()) {
            files.add(f.toPath());
        }
        preview(context, files);
    }

    void preview(CommandContext context, List<Path> files) {
        Workbench workbench = context.workbench();
        workbench.jobs().schedule("Reading " + files.size() + (files.size() == 1 ? " return" : " returns"), monitor -> {
            monitor.begin("Reading returns", files.size());
            List<ImportPlan> plans = new ArrayList<>();
            for (Path file : files) {
                monitor.subTask(String.valueOf(file.getFileName()));
                plans.add(returns.preview(file, ImportOptions.DEFAULT));
                monitor.worked(1);
            }
            SwingUtilities.invokeLater(() -> new PreviewDialog(context.window(), plans,
                    (chosen, review) -> apply(workbench, chosen, review)).setVisible(true));
        });
    }

    private void apply(Workbench workbench, List<ImportPlan> plans, boolean review) {
        ImportOptions options = new ImportOptions(Optional.empty(), review ? ImportOptions.Mode.SUBMIT : ImportOptions.Mode.APPLY);
        workbench.jobs().schedule("Importing returns", monitor -> {
            monitor.begin("Importing returns", plans.size());
            int added = 0;
            int changed = 0;
            int refused = 0;
            for (ImportPlan plan : plans) {
                monitor.subTask(plan.fileName());
                ImportPlan current = plan.options().equals(options) ? plan : returns.preview(plan.file(), options);
                ImportOutcome outcome = current.hasErrors() ? new ImportOutcome(current, Optional.empty()) : returns.apply(current);
                refused += outcome.plan().hasErrors() ? 1 : 0;
                if (outcome.applied()) {
                    added += outcome.plan().rows(RowChange.Kind.ADDED).size();
                    changed += outcome.plan().rows(RowChange.Kind.CHANGED).size();
                }
                monitor.worked(1);
            }
            String message = (review ? "Submitted for review: " : "Imported: ") + added + " added, " + changed + " changed"
                    + (refused > 0 ? "; " + refused + " file(s) refused, nothing of them changed" : "");
            if (refused > 0) {
                workbench.notifications().warning(message);
            } else {
                workbench.notifications().info(message);
            }
        });
    }
}
