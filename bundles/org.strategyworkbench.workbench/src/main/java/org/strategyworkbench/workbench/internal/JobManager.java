package org.strategyworkbench.workbench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.workbench.service.Job;
import org.strategyworkbench.workbench.service.JobTask;
import org.strategyworkbench.workbench.service.LogEntry;
import org.strategyworkbench.workbench.service.ProgressMonitor;

/**
 * Runs every bundle's jobs on a small pool of daemon threads, and tells the status line and the
 * Progress view how they go. A bundle's jobs are cancelled when it stops (however it scheduled
 * them: its own job service, or {@code Workbench.jobs()} from a site or a service); the threads
 * end when the workbench bundle stops.
 */
@Component(service = JobManager.class)
public final class JobManager {

    private static final int THREADS = 2;

    private final ErrorLogImpl log;
    private final NotificationsImpl notifications;
    private final ExecutorService pool;
    private final List<JobImpl> active = new CopyOnWriteArrayList<>();
    /** The latest ended jobs, newest first, for the Progress view. */
    private final java.util.Deque<JobImpl> recent = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private static final int RECENT = 10;
    private final List<Consumer<JobImpl>> listeners = new CopyOnWriteArrayList<>();

    private BundleContext context;
    private final SynchronousBundleListener stopping = event -> {
        if (event.getType() == BundleEvent.STOPPING) {
            cancelAll(event.getBundle());
        }
    };

    @Activate
    public JobManager(@Reference ErrorLogImpl log, @Reference NotificationsImpl notifications, BundleContext context) {
        this(log, notifications);
        this.context = context;
        context.addBundleListener(stopping);
    }

    JobManager(ErrorLogImpl log, NotificationsImpl notifications) {
        this.log = log;
        this.notifications = notifications;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "workbench-job-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(THREADS, threads);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (context != null) {
            context.removeBundleListener(stopping);
        }
        active.forEach(JobImpl::cancel);
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    JobImpl schedule(Bundle owner, String name, JobTask task) {
        JobImpl job = new JobImpl(owner, name, task);
        if (owner != null && (owner.getState() & (Bundle.STARTING | Bundle.ACTIVE)) == 0) {
            job.canceled = true;   // a stopping bundle starts nothing: the job ends cancelled without running
        }
        active.add(job);
        changed(job);
        pool.execute(job::run);
        return job;
    }

    List<Job> active() {
        return List.copyOf(active);
    }

    /** The latest ended jobs, newest first. */
    List<JobImpl> recent() {
        return List.copyOf(recent);
    }

    /**
     * Cancels the jobs of a bundle that stops, or stopped using the job service, and interrupts
     * those running: its code is going away, and a task that does not look at the monitor would
     * otherwise keep one of the few job threads.
     */
    void cancelAll(Bundle owner) {
        for (JobImpl job : active) {
            if (job.owner == owner) {
                job.cancel();
                job.interrupt();
            }
        }
    }

    /** Tells {@code listener} of every change of a job's state or progress; any thread. */
    void addListener(Consumer<JobImpl> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<JobImpl> listener) {
        listeners.remove(listener);
    }

    private void changed(JobImpl job) {
        for (Consumer<JobImpl> listener : listeners) {
            listener.accept(job);
        }
    }

    /** One job and its progress. */
    final class JobImpl implements Job, ProgressMonitor {

        final Bundle owner;
        private final String name;
        private final JobTask task;
        private final CompletableFuture<State> completion = new CompletableFuture<>();
        private volatile State state = State.WAITING;
        private volatile boolean canceled;
        private volatile String taskName = "";
        private volatile String subTask = "";
        private volatile int total = -1;
        private final AtomicInteger done = new AtomicInteger();
        private volatile long lastReport;
        private volatile long started;
        private volatile long ended;
        /** The thread running the task, while it runs. */
        private volatile Thread runner;

        JobImpl(Bundle owner, String name, JobTask task) {
            this.owner = owner;
            this.name = name;
            this.task = task;
        }

        private void run() {
            if (canceled) {
                end(State.CANCELED, null);
                return;
            }
            started = System.nanoTime();
            state = State.RUNNING;
            changed(this);
            synchronized (this) {
                runner = Thread.currentThread();
            }
            try {
                task.run(this);
                end(canceled ? State.CANCELED : State.DONE, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                end(State.CANCELED, null);
            } catch (VirtualMachineError e) {
                end(State.FAILED, e);
                throw e;
            } catch (Throwable e) {
                if (canceled) {
                    end(State.CANCELED, null);
                } else {
                    log.log(LogEntry.Level.ERROR, owner, "Job '" + name + "' failed: " + Guard.message(e), e);
                    notifications.show(LogEntry.Level.ERROR, name + " failed: " + Guard.message(e));
                    end(State.FAILED, e);
                }
            }
        }

        /** Interrupts the task's thread if it still runs this job (the pool clears the flag before its next task). */
        private synchronized void interrupt() {
            if (runner != null) {
                runner.interrupt();
            }
        }

        private void end(State end, Throwable failure) {
            synchronized (this) {
                runner = null;
            }
            ended = System.nanoTime();
            state = end;
            active.remove(this);
            recent.addFirst(this);
            while (recent.size() > RECENT) {
                recent.pollLast();
            }
            changed(this);
            if (failure == null) {
                completion.complete(end);
            } else {
                completion.completeExceptionally(failure);
            }
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public State state() {
            return state;
        }

        @Override
        public void cancel() {
            canceled = true;
            changed(this);
        }

        @Override
        public CompletionStage<State> completion() {
            return completion.minimalCompletionStage();
        }

        @Override
        public void begin(String taskName, int totalWork) {
            this.taskName = taskName == null ? "" : taskName;
            this.total = totalWork;
            done.set(0);
            changed(this);
        }

        @Override
        public void worked(int work) {
            done.addAndGet(work);
            long now = System.nanoTime();
            // progress is told at most 20 times a second, however often a task reports
            if (now - lastReport > 50_000_000L) {
                lastReport = now;
                changed(this);
            }
        }

        @Override
        public void subTask(String subTaskName) {
            this.subTask = subTaskName == null ? "" : subTaskName;
            changed(this);
        }

        @Override
        public boolean isCanceled() {
            return canceled;
        }

        /** How long the job ran, once ended (0 when it never started). */
        long runMillis() {
            return started == 0 ? 0 : (ended - started) / 1_000_000;
        }

        /** Done as a share from 0 to 1, or a negative number when unknown. */
        double fraction() {
            return total <= 0 ? -1 : Math.min(1.0, done.get() / (double) total);
        }

        /** What the job is doing, for the status line. */
        String describe() {
            List<String> parts = new ArrayList<>();
            parts.add(name);
            if (!taskName.isEmpty() && !taskName.equals(name)) {
                parts.add(taskName);
            }
            if (!subTask.isEmpty()) {
                parts.add(subTask);
            }
            return String.join(": ", parts) + (canceled && state == State.RUNNING ? " (cancelling)" : "");
        }
    }
}
