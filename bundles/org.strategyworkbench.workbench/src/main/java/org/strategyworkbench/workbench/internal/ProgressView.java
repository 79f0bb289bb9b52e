package org.strategyworkbench.workbench.internal;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.contribution.ViewProperties;
import org.strategyworkbench.workbench.service.Job;

/** The Progress view: every running job with its progress and a cancel button, and the latest finished ones. */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = BuiltInViews.PROGRESS, title = "Progress", category = "Workbench", area = Area.BOTTOM)
public final class ProgressView implements ViewPart {

    private static final int FINISHED_SHOWN = 10;

    private final JobManager jobs;
    private final Deque<JobManager.JobImpl> finished = new ArrayDeque<>();
    private JPanel rows;
    private Consumer<JobManager.JobImpl> listener;
    private boolean pending;

    @Activate
    public ProgressView(@Reference JobManager jobs) {
        this.jobs = jobs;
    }

    @Override
    public JComponent createControl(PartSite site) {
        rows = new JPanel(new GridBagLayout());
        rows.setName("progress:rows");
        JPanel panel = new JPanel(new BorderLayout());
        JPanel top = new JPanel(new BorderLayout());
        top.add(rows, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(top);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        panel.add(scroll, BorderLayout.CENTER);
        finished.addAll(jobs.recent());
        listener = job -> SwingUtilities.invokeLater(() -> changed(job));
        jobs.addListener(listener);
        rebuild();
        return panel;
    }

    private void changed(JobManager.JobImpl job) {
        if (rows == null) {
            return;
        }
        if (job.state() != Job.State.WAITING && job.state() != Job.State.RUNNING && !finished.contains(job)) {
            finished.addFirst(job);
            while (finished.size() > FINISHED_SHOWN) {
                finished.removeLast();
            }
        }
        // many progress reports arrive together: rebuild once for all of them
        if (!pending) {
            pending = true;
            SwingUtilities.invokeLater(this::rebuild);
        }
    }

    private void rebuild() {
        pending = false;
        if (rows == null) {
            return;
        }
        rows.removeAll();
        List<JobManager.JobImpl> shown = new ArrayList<>();
        jobs.active().forEach(j -> shown.add((JobManager.JobImpl) j));
        shown.addAll(finished);
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(4, 8, 4, 8);
        c.anchor = GridBagConstraints.WEST;
        int y = 0;
        if (shown.isEmpty()) {
            c.gridx = 0;
            c.gridy = 0;
            rows.add(new JLabel("No jobs are running."), c);
        }
        for (JobManager.JobImpl job : shown) {
            c.gridy = y++;
            c.gridx = 0;
            c.weightx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            JLabel label = new JLabel(job.describe());
            rows.add(label, c);
            c.gridx = 1;
            c.weightx = 0;
            boolean running = job.state() == Job.State.RUNNING || job.state() == Job.State.WAITING;
            if (running) {
                JProgressBar bar = new JProgressBar(0, 1000);
                double fraction = job.fraction();
                bar.setIndeterminate(fraction < 0);
                bar.setValue(fraction < 0 ? 0 : (int) (fraction * 1000));
                rows.add(bar, c);
                c.gridx = 2;
                JButton cancel = new JButton("Cancel");
                cancel.setEnabled(!job.isCanceled());
                cancel.addActionListener(e -> job.cancel());
                rows.add(cancel, c);
            } else {
                JLabel state = new JLabel(switch (job.state()) {
                    case DONE -> "Done";
                    case CANCELED -> "Cancelled";
                    default -> "Failed";
                });
                state.setForeground(UIManager.getColor("Label.disabledForeground"));
                rows.add(state, c);
            }
        }
        rows.revalidate();
        rows.repaint();
    }

    @Override
    public void dispose() {
        if (listener != null) {
            jobs.removeListener(listener);
            listener = null;
        }
        rows = null;
    }
}
