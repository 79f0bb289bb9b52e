package org.strategyworkbench.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.strategyworkbench.workbench.service.Job;
import org.strategyworkbench.workbench.service.LogEntry;

class JobManagerTest {

    private final ErrorLogImpl log = new ErrorLogImpl();
    private final JobManager jobs = new JobManager(log, new NotificationsImpl(log));

    @AfterEach
    void stop() throws InterruptedException {
        jobs.deactivate();
    }

    @Test
    void aJobRunsInTheBackgroundAndReportsProgress() throws Exception {
        Thread caller = Thread.currentThread();
        Thread[] ranOn = new Thread[1];
        JobManager.JobImpl job = jobs.schedule(null, "Export", monitor -> {
            ranOn[0] = Thread.currentThread();
            monitor.begin("Writing sheets", 4);
            monitor.worked(2);
        });
        assertEquals(Job.State.DONE, job.completion().toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertTrue(ranOn[0] != caller && ranOn[0].getName().startsWith("workbench-job-"), ranOn[0].getName());
        assertEquals(0.5, job.fraction());
        assertTrue(jobs.active().isEmpty());
    }

    @Test
    void aCancelledJobSeesItAndEndsCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        JobManager.JobImpl job = jobs.schedule(null, "Long", monitor -> {
            started.countDown();
            while (!monitor.isCanceled()) {
                Thread.sleep(5);
            }
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        assertEquals(Job.State.RUNNING, job.state());
        job.cancel();
        assertEquals(Job.State.CANCELED, job.completion().toCompletableFuture().get(5, TimeUnit.SECONDS));
    }

    @Test
    void aFailingJobEndsFailedAndIsLogged() throws Exception {
        JobManager.JobImpl job = jobs.schedule(null, "Import", monitor -> {
            throw new IllegalStateException("row 7: no ally");
        });
        try {
            job.completion().toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
            assertEquals("row 7: no ally", expected.getCause().getMessage());
        }
        assertEquals(Job.State.FAILED, job.state());
        assertEquals(1, log.entries().size(), "logged once, with its bundle: " + log.entries());
        LogEntry entry = log.entries().get(0);
        assertEquals(LogEntry.Level.ERROR, entry.level());
        assertTrue(entry.message().contains("Import") && entry.message().contains("row 7: no ally"), entry.message());
    }

    @Test
    void theJobsOfAStoppedBundleAreCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        JobManager.JobImpl job = jobs.schedule(null, "Owned", monitor -> {
            started.countDown();
            while (!monitor.isCanceled()) {
                Thread.sleep(5);
            }
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        jobs.cancelAll(null);
        assertEquals(Job.State.CANCELED, job.completion().toCompletableFuture().get(5, TimeUnit.SECONDS));
    }

    @Test
    void aStoppingBundlesJobThatIgnoresTheMonitorIsInterrupted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        JobManager.JobImpl job = jobs.schedule(null, "Stubborn", monitor -> {
            started.countDown();
            while (true) {
                Thread.sleep(5);
            }
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        jobs.cancelAll(null);
        assertEquals(Job.State.CANCELED, job.completion().toCompletableFuture().get(5, TimeUnit.SECONDS));
    }

    @Test
    void aBundleThatIsNoLongerActiveStartsNoJob() throws Exception {
        org.osgi.framework.Bundle stopped = (org.osgi.framework.Bundle) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {org.osgi.framework.Bundle.class},
                (proxy, method, args) -> method.getName().equals("getState") ? org.osgi.framework.Bundle.RESOLVED : null);
        boolean[] ran = {false};
        JobManager.JobImpl job = jobs.schedule(stopped, "Late", monitor -> ran[0] = true);
        assertEquals(Job.State.CANCELED, job.completion().toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertTrue(!ran[0], "the task did not run");
    }
}
