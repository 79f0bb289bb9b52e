package org.strategyworkbench.reporting.ui.internal;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.core.rounds.Round;
import org.strategyworkbench.core.rounds.Rounds;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.launcher.output.OutputFile;
import org.strategyworkbench.reporting.Audience;
import org.strategyworkbench.reporting.AudienceType;
import org.strategyworkbench.reporting.Progress;
import org.strategyworkbench.reporting.ReportRequest;
import org.strategyworkbench.reporting.ReportService;
import org.strategyworkbench.workbench.contribution.CommandContext;
import org.strategyworkbench.workbench.contribution.CommandHandler;
import org.strategyworkbench.workbench.contribution.CommandProperties;
import org.strategyworkbench.workbench.service.Workbench;
import org.strategyworkbench.workbench.widgets.Form;

/**
 * File › Export Implementation Plan: choose the sheets, the audience, the round to compare with,
 * the date and the file; the workbook is written by a background job with progress and cancel,
 * and appears only when complete ({@link OutputFile}); then the folder can be opened.
 */
@Component(service = CommandHandler.class)
@CommandProperties(id = "reporting.export", label = "Export Implementation Plan…",
        description = "Write the implementation-plan workbook (.xlsx)", category = "Reporting", keys = "ctrl E",
        locations = "file/export", rank = 10)
public final class ExportCommand implements CommandHandler {

    private final Workspace workspace;
    private final ReportService reports;
    private final Rounds rounds;

    @Activate
    public ExportCommand(@Reference Workspace workspace, @Reference ReportService reports, @Reference Rounds rounds) {
        this.workspace = workspace;
        this.reports = reports;
        this.rounds = rounds;
    }

    /** What the user chose in the wizard. */
    record Choice(List<String> sheets, String audience, String since, LocalDate asOf, Path file) {
    }

    @Override
    public void execute(CommandContext context) {
        List<String> names = reports.sheetNames();
        JPanel sheets = new JPanel();
        sheets.setLayout(new BoxLayout(sheets, BoxLayout.Y_AXIS));
        List<JCheckBox> boxes = new ArrayList<>();
        for (String name : names) {
            JCheckBox box = new JCheckBox(name, true);
            box.setName("export:sheet:" + name);
            boxes.add(box);
            sheets.add(box);
        }
        JComboBox<String> audience = new JComboBox<>();
        audience.setName("export:audience");
        audience.addItem("everyone (all records)");
        workspace.snapshot().all(AudienceType.TYPE).stream().map(Audience::name).forEach(audience::addItem);
        JComboBox<String> since = new JComboBox<>();
        since.setName("export:since");
        since.addItem("no comparison");
        rounds.rounds().stream().map(Round::name).forEach(since::addItem);
        JTextField asOf = new JTextField(LocalDate.now().toString(), 12);
        asOf.setName("export:as-of");
        JTextField file = new JTextField(Path.of(System.getProperty("user.home"), "implementation-plan-" + LocalDate.now() + ".xlsx")
                .toString(), 36);
        file.setName("export:file");
        JButton browse = new JButton("Browse…");
        browse.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser(Path.of(file.getText()).getParent() == null ? null : Path.of(file.getText()).getParent().toFile());
            chooser.setSelectedFile(Path.of(file.getText()).toFile());
            if (chooser.showSaveDialog(context.window()) == JFileChooser.APPROVE_OPTION) {
                String chosen = chooser.getSelectedFile().toString();
                file.setText(chosen.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? chosen : chosen + ".xlsx");
            }
        });
        JPanel fileRow = new JPanel(new java.awt.BorderLayout(6, 0));
        fileRow.add(file, java.awt.BorderLayout.CENTER);
        fileRow.add(browse, java.awt.BorderLayout.EAST);
        JPanel form = new Form().add("Sheets", sheets).add("&Audience", audience).add("Compare &with", since).add("As &of", asOf)
                .add("&File", fileRow).panel();
        while (true) {
            int answer = JOptionPane.showConfirmDialog(context.window(), form, "Export Implementation Plan", JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.PLAIN_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return;
            }
            List<String> chosen = boxes.stream().filter(JCheckBox::isSelected).map(JCheckBox::getText).toList();
            String problem = null;
            LocalDate date = null;
            try {
                date = LocalDate.parse(asOf.getText().trim());
            } catch (DateTimeParseException e) {
                problem = "As of: '" + asOf.getText().trim() + "' is not a date like 2026-03-31";
            }
            Path target = Path.of(file.getText().trim()).toAbsolutePath();
            if (chosen.isEmpty()) {
                problem = "Choose at least one sheet";
            } else if (file.getText().isBlank() || target.getParent() == null || !Files.isDirectory(target.getParent())) {
                problem = "File: the folder " + target.getParent() + " does not exist";
            }
            if (problem != null) {
                JOptionPane.showMessageDialog(context.window(), problem, "Export Implementation Plan", JOptionPane.WARNING_MESSAGE);
                continue;
            }
            export(context.workbench(), context.window(), new Choice(chosen.size() == names.size() ? List.of() : chosen,
                    audience.getSelectedIndex() <= 0 ? "" : String.valueOf(audience.getSelectedItem()),
                    since.getSelectedIndex() <= 0 ? "" : String.valueOf(since.getSelectedItem()), date, target));
            return;
        }
    }

    /** Writes the workbook in a job; the file appears only when complete. */
    void export(Workbench workbench, java.awt.Window window, Choice choice) {
        workbench.jobs().schedule("Exporting the implementation plan", monitor -> {
            monitor.begin("Writing " + choice.file().getFileName(), 1000);
            int[] reported = {0};
            Progress progress = new Progress() {
                @Override
                public void worked(String step, int done, int total) {
                    monitor.subTask(step);
                    int now = total == 0 ? 1000 : done * 1000 / total;
                    monitor.worked(now - reported[0]);
                    reported[0] = now;
                }

                @Override
                public boolean cancelled() {
                    return monitor.isCanceled();
                }
            };
            ReportRequest request = new ReportRequest(workspace.snapshot(), choice.asOf(), choice.audience(), choice.since(),
                    choice.sheets());
            try {
                OutputFile.write(choice.file(), out -> reports.write(request, out, progress));
            } catch (CancellationException e) {
                return;
            }
            SwingUtilities.invokeLater(() -> offerToOpen(workbench, window, choice.file()));
        });
    }

    private static void offerToOpen(Workbench workbench, java.awt.Window window, Path file) {
        workbench.notifications().info("Exported the implementation plan to " + file);
        boolean canOpen = Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        if (!canOpen || Boolean.getBoolean("strategyworkbench.export.quiet")) {
            return;
        }
        int answer = JOptionPane.showConfirmDialog(window, "The implementation plan was written to\n" + file + "\n\nOpen its folder?",
                "Export Finished", JOptionPane.YES_NO_OPTION, JOptionPane.INFORMATION_MESSAGE);
        if (answer == JOptionPane.YES_OPTION) {
            try {
                Desktop.getDesktop().open(file.getParent().toFile());
            } catch (IOException | RuntimeException e) {
                workbench.notifications().warning("The folder could not be opened: " + e.getMessage());
            }
        }
    }
}
