package dev.atj.spark;

import dev.atj.viz.Progress;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.scheduler.JobSucceeded$;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Shows each Spark job that runs longer than {@value #QUIET_MILLIS} ms as a progress bar in the
 * cell that started it: tasks done out of the tasks of all the job's stages. Quick jobs show
 * nothing, so that every {@code count()} does not leave a bar behind.
 */
final class JobProgress extends SparkListener {
    static final long QUIET_MILLIS = 500;
    private final Map<Integer, Job> jobs = new ConcurrentHashMap<>();
    private final Map<Integer, Job> jobOfStage = new ConcurrentHashMap<>();

    @Override
    public void onJobStart(SparkListenerJobStart start) {
        int tasks = 0;
        for (StageInfo stage : CollectionConverters.asJava(start.stageInfos())) {
            tasks += stage.numTasks();
        }
        Job job = new Job(start.jobId(), start.stageIds().size(), tasks, System.currentTimeMillis());
        jobs.put(start.jobId(), job);
        for (StageInfo stage : CollectionConverters.asJava(start.stageInfos())) {
            jobOfStage.put(stage.stageId(), job);
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        Job job = jobOfStage.get(end.stageId());
        if (job != null) {
            job.taskDone(end.stageId());
        }
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd end) {
        Job job = jobs.remove(end.jobId());
        if (job != null) {
            jobOfStage.values().removeIf(j -> j == job);
            job.finish(end.jobResult() == JobSucceeded$.MODULE$);
        }
    }

    /** One job's counts, and its bar once the job has run long enough to deserve one. */
    private static final class Job {
        private final int id;
        private final int stages;
        private final int tasks;
        private final long startedAt;
        private final Set<Integer> stagesSeen = new HashSet<>();
        private int tasksDone;
        private Progress bar;

        Job(int id, int stages, int tasks, long startedAt) {
            this.id = id;
            this.stages = stages;
            this.tasks = tasks;
            this.startedAt = startedAt;
        }

        synchronized void taskDone(int stageId) {
            tasksDone++;
            stagesSeen.add(stageId);
            if (bar == null && System.currentTimeMillis() - startedAt >= QUIET_MILLIS) {
                bar = Progress.start("Spark job " + id, tasks);
                bar.advance(tasksDone);
            } else if (bar != null) {
                bar.step();
            }
            if (bar != null) {
                bar.note("stage " + stagesSeen.size() + " of " + stages);
            }
        }

        synchronized void finish(boolean succeeded) {
            if (bar == null) {
                return;
            }
            if (succeeded) {
                // Stages Spark skipped (their shuffle output was already there) count as done.
                bar.advance(tasks - bar.done());
            }
            bar.note(succeeded ? "done" : "failed");
            bar.close();
        }
    }
}
