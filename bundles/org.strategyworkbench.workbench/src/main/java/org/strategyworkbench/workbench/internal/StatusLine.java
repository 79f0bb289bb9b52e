package org.strategyworkbench.workbench.internal;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;
import org.strategyworkbench.workbench.service.Job;
import org.strategyworkbench.workbench.service.LogEntry;

/**
 * The status line: the latest message or notification on the left; contributed items, the
 * running job with its progress bar and cancel button, and the error count on the right.
 * Event thread only, except the listeners, which hop onto it.
 */
final class StatusLine extends JPanel {

    private static final long serialVersionUID = 1L;
    private static final long LONG_JOB_MILLIS = 1500;

    private final transient ErrorLogImpl log;
    private final transient JobManager jobs;
    private final JLabel message = new JLabel("Ready");
    private final JPanel items = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
    private final JLabel jobLabel = new JLabel();
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JButton cancel = new JButton("Cancel");
    private final JButton errors = new JButton();
    private final transient Consumer<LogEntry> logListener;
    private final transient Consumer<JobManager.JobImpl> jobListener;
    private final Timer clearMessage;
    private transient JobManager.JobImpl shown;

    StatusLine(ErrorLogImpl log, JobManager jobs, Runnable showErrorLog) {
        super(new BorderLayout(8, 0));
        this.log = log;
        this.jobs = jobs;
        setName("status");
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(3, 8, 3, 8)));
        message.setName("status:message");
        add(message, BorderLayout.CENTER);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.TRAILING, 6, 0));
        right.setOpaque(false);
        items.setOpaque(false);
        right.add(items);
        jobLabel.setName("status:job");
        progress.setName("status:progress");
        progress.setPreferredSize(new java.awt.Dimension(160, progress.getPreferredSize().height));
        cancel.setName("status:cancel");
        cancel.putClientProperty("JButton.buttonType", "toolBarButton");
        cancel.setToolTipText("Cancel the running job");
        cancel.addActionListener(e -> {
            if (shown != null) {
                shown.cancel();
            }
        });
        right.add(jobLabel);
        right.add(progress);
        right.add(cancel);
        errors.setName("status:errors");
        errors.putClientProperty("JButton.buttonType", "toolBarButton");
        errors.setFocusable(false);
        errors.setToolTipText("Open the Error Log");
        errors.addActionListener(e -> showErrorLog.run());
        right.add(Box.createHorizontalStrut(4));
        right.add(errors);
        add(right, BorderLayout.EAST);
        showJob(null);
        clearMessage = new Timer(8000, e -> {
            message.setIcon(null);
            message.setText("Ready");
        });
        clearMessage.setRepeats(false);
        logListener = entry -> SwingUtilities.invokeLater(this::countErrors);
        jobListener = job -> SwingUtilities.invokeLater(() -> jobChanged(job));
        log.addListener(logListener);
        jobs.addListener(jobListener);
        countErrors();
    }

    void dispose() {
        log.removeListener(logListener);
        jobs.removeListener(jobListener);
        clearMessage.stop();
    }

    /** Shows a message until the next one, or for a few seconds. */
    /** When the latest notification was shown (epoch milliseconds). */
    private long lastNotified;

    void message(String text) {
        message.setIcon(null);
        message.setText(text);
        clearMessage.restart();
    }

    /** Shows a notification. */
    void notify(LogEntry.Level level, String text) {
        lastNotified = System.currentTimeMillis();
        message.setIcon(Icons.of(switch (level) {
            case ERROR -> Icons.Glyph.ERROR;
            case WARNING -> Icons.Glyph.WARNING;
            case INFO -> Icons.Glyph.INFO;
        }));
        message.setText(text);
        message.setToolTipText(text);
        clearMessage.restart();
    }

    String messageText() {
        return message.getText();
    }

    void addItem(JComponent item, int rank) {
        item.putClientProperty("workbench.status.rank", rank);
        int index = 0;
        for (Component c : items.getComponents()) {
            Object r = ((JComponent) c).getClientProperty("workbench.status.rank");
            if (r instanceof Integer other && other <= rank) {
                index++;
            }
        }
        items.add(item, index);
        items.revalidate();
        items.repaint();
    }

    void removeItem(JComponent item) {
        items.remove(item);
        items.revalidate();
        items.repaint();
    }

    private void countErrors() {
        long count = log.entries().stream().filter(e -> e.level() == LogEntry.Level.ERROR).count();
        errors.setText(count == 0 ? "No errors" : count + (count == 1 ? " error" : " errors"));
        errors.setIcon(Icons.of(count == 0 ? Icons.Glyph.INFO : Icons.Glyph.ERROR));
        errors.setForeground(count == 0 ? UIManager.getColor("Label.disabledForeground") : (Color) null);
    }

    private void jobChanged(JobManager.JobImpl job) {
        boolean ended = job.state() != Job.State.WAITING && job.state() != Job.State.RUNNING;
        if (ended) {
            if (job == shown) {
                showJob(jobs.active().stream().map(j -> (JobManager.JobImpl) j).findFirst().orElse(null));
            }
            // a quick job needs no word; a long one's end is worth telling, unless the job told the user itself
            boolean toldByJob = lastNotified >= System.currentTimeMillis() - job.runMillis();
            if (job.state() == Job.State.DONE && job.runMillis() >= LONG_JOB_MILLIS && !toldByJob) {
                message(job.name() + " finished");
            } else if (job.state() == Job.State.CANCELED) {
                message(job.name() + " was cancelled");
            }
            return;
        }
        if (shown == null || shown == job) {
            showJob(job);
        }
    }

    private void showJob(JobManager.JobImpl job) {
        shown = job;
        boolean visible = job != null;
        jobLabel.setVisible(visible);
        progress.setVisible(visible);
        cancel.setVisible(visible);
        if (job != null) {
            jobLabel.setText(job.describe());
            double fraction = job.fraction();
            progress.setIndeterminate(fraction < 0);
            progress.setValue(fraction < 0 ? 0 : (int) Math.round(fraction * 1000));
            cancel.setEnabled(!job.isCanceled());
        }
        revalidate();
    }
}
