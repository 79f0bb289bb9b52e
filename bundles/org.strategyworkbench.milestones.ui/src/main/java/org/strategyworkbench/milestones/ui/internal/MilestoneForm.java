package org.strategyworkbench.milestones.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.milestones.Milestone;
import org.strategyworkbench.workbench.widgets.Form;

/** The fields of a milestone, shared by the editor and the New Milestone dialog. */
final class MilestoneForm {

    final JTextField title = field("title");
    final JTextField commitment = field("commitment");
    final JTextField owner = field("owner");
    final JTextField category = field("category");
    final JTextField baseline = field("baseline");
    final JTextField forecast = field("forecast");
    final JTextField actual = field("actual");
    final JTextField dependsOn = field("depends-on");
    final JTextField marking = field("marking");

    private static JTextField field(String name) {
        JTextField field = new JTextField(30);
        field.setName("milestone:" + name);
        if (List.of("baseline", "forecast", "actual").contains(name)) {
            field.putClientProperty("JTextField.placeholderText", "yyyy-mm-dd");
        }
        return field;
    }

    JPanel panel(Form form) {
        dependsOn.putClientProperty("JTextField.placeholderText", "milestone ids, separated by commas");
        commitment.putClientProperty("JTextField.placeholderText", "commitment id, e.g. CSS-07");
        return form.add("&Title", title).add("&Commitment", commitment).add("&Owner", owner).add("C&ategory", category)
                .add("&Baseline", baseline).add("&Forecast", forecast).add("Act&ual", actual).add("&Depends on", dependsOn)
                .add("&Marking", marking).panel();
    }

    void fill(Milestone m) {
        title.setText(m.title());
        commitment.setText(m.commitment());
        owner.setText(m.owner());
        category.setText(m.category());
        baseline.setText(text(m.baseline()));
        forecast.setText(text(m.forecast()));
        actual.setText(text(m.actual()));
        dependsOn.setText(String.join(", ", m.dependsOn()));
        marking.setText(m.marking());
    }

    /**
     * The milestone the fields describe.
     *
     * @throws IllegalArgumentException naming the field that cannot be read
     */
    Milestone read(String id, String precision, Provenance provenance) {
        if (title.getText().isBlank()) {
            throw new IllegalArgumentException("Title: is required");
        }
        List<String> deps = Arrays.stream(dependsOn.getText().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new Milestone(id, title.getText().trim(), commitment.getText().trim(), owner.getText().trim(), category.getText().trim(),
                date(baseline, "Baseline"), date(forecast, "Forecast"), date(actual, "Actual"), precision, deps, provenance,
                marking.getText().trim());
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
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
}
