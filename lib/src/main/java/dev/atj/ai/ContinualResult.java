package dev.atj.ai;

import dev.atj.viz.Plot;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What happened to each task while a network learned tasks one after another: the test
 * accuracy on every task seen so far, measured after each task. Made by
 * {@link ContinualLearning}.
 *
 * <pre>{@code
 * ContinualResult plain = learner.sequential(tasks);
 * plain.chart();             // one line per task: high when learned, then (often) falling
 * plain.averageAccuracy();   // mean accuracy over all tasks at the end
 * plain.forgetting();        // mean drop from each task's best to its final accuracy
 * }</pre>
 *
 * <p>The two summary numbers are those of Chaudhry et al., "Riemannian walk for incremental
 * learning", ECCV 2018 (average accuracy and forgetting measure) and Lopez-Paz and Ranzato,
 * "Gradient episodic memory for continual learning", NeurIPS 2017.
 */
public final class ContinualResult {
    private final String method;
    private final ContinualLearning.Scenario scenario;
    private final List<String> tasks;
    private final double[][] accuracy;

    ContinualResult(String method, ContinualLearning.Scenario scenario, List<String> tasks, double[][] accuracy) {
        this.method = method;
        this.scenario = scenario;
        this.tasks = List.copyOf(tasks);
        this.accuracy = accuracy;
    }

    /**
     * How the network was trained, for example {@code "replay (200)"}.
     *
     * @return the method's name
     */
    public String method() {
        return method;
    }

    /**
     * Whether the network had to tell all classes apart or only those of the task at hand.
     *
     * @return the scenario
     */
    public ContinualLearning.Scenario scenario() {
        return scenario;
    }

    /**
     * The tasks' names, in the order they were learned.
     *
     * @return names such as {@code "0-1"}
     */
    public List<String> tasks() {
        return tasks;
    }

    /**
     * The test accuracy on one task after learning another.
     *
     * @param afterTask how many tasks had been learned, from 1
     * @param task which task was tested, from 1, at most {@code afterTask}
     * @return the accuracy between 0 and 1
     * @throws IllegalArgumentException if the task was not yet seen at that time
     */
    public double accuracy(int afterTask, int task) {
        if (afterTask < 1 || afterTask > tasks.size() || task < 1 || task > afterTask) {
            throw new IllegalArgumentException("No accuracy for task " + task + " after task " + afterTask
                    + ": tasks are numbered 1 to " + tasks.size() + " and tested only once learned");
        }
        return accuracy[afterTask - 1][task - 1];
    }

    /**
     * The accuracy on each task once all tasks are learned.
     *
     * @return one value per task, in order
     */
    public double[] finalAccuracies() {
        return accuracy[tasks.size() - 1].clone();
    }

    /**
     * The mean of {@link #finalAccuracies()}.
     *
     * @return the average accuracy at the end
     */
    public double averageAccuracy() {
        return java.util.Arrays.stream(accuracy[tasks.size() - 1]).average().orElseThrow();
    }

    /**
     * The mean, over all tasks but the last, of how far each task's accuracy fell from its
     * best earlier value to its final value.
     *
     * @return the forgetting measure, 0 when nothing was forgotten
     */
    public double forgetting() {
        int last = tasks.size() - 1;
        double sum = 0;
        for (int task = 0; task < last; task++) {
            double best = 0;
            for (int after = task; after < last; after++) {
                best = Math.max(best, accuracy[after][task]);
            }
            sum += best - accuracy[last][task];
        }
        return sum / last;
    }

    /**
     * Every measurement, one row per (after_task, task) pair.
     *
     * @return a table with columns {@code after_task}, {@code task}, {@code classes},
     *     {@code accuracy}
     */
    public Table table() {
        IntColumn after = IntColumn.create("after_task");
        IntColumn task = IntColumn.create("task");
        StringColumn classes = StringColumn.create("classes");
        DoubleColumn value = DoubleColumn.create("accuracy");
        for (int a = 0; a < tasks.size(); a++) {
            for (int t = 0; t <= a; t++) {
                after.append(a + 1);
                task.append(t + 1);
                classes.append(tasks.get(t));
                value.append(accuracy[a][t]);
            }
        }
        return Table.create(method + ": accuracy per task", after, task, classes, value);
    }

    /**
     * The accuracy of each task (one line each, named by its classes) against the number of
     * tasks learned so far.
     *
     * @return the chart
     */
    public XYChart chart() {
        IntColumn after = IntColumn.create("tasks learned");
        Table wide = Table.create(method, after);
        for (int t = 0; t < tasks.size(); t++) {
            wide.addColumns(DoubleColumn.create("task " + tasks.get(t)));
        }
        for (int a = 0; a < tasks.size(); a++) {
            after.append(a + 1);
            for (int t = 0; t < tasks.size(); t++) {
                DoubleColumn column = wide.doubleColumn(t + 1);
                if (t <= a) {
                    column.append(accuracy[a][t]);
                } else {
                    column.appendMissing();
                }
            }
        }
        String[] lines = wide.columnNames().subList(1, wide.columnCount()).toArray(String[]::new);
        XYChart chart = Plot.lines("Accuracy per task over time: " + method, wide, "tasks learned", lines);
        chart.setYAxisTitle("test accuracy");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        return chart;
    }

    /**
     * One row per result: method, average final accuracy and forgetting, to compare methods.
     *
     * @param results results on the same tasks
     * @return a table with columns {@code method}, {@code average_accuracy}, {@code forgetting}
     */
    public static Table compare(ContinualResult... results) {
        StringColumn method = StringColumn.create("method");
        DoubleColumn average = DoubleColumn.create("average_accuracy");
        DoubleColumn forgetting = DoubleColumn.create("forgetting");
        for (ContinualResult result : results) {
            method.append(result.method());
            average.append(result.averageAccuracy());
            forgetting.append(result.forgetting());
        }
        return Table.create("Continual learning methods", method, average, forgetting);
    }

    /**
     * A one-line summary, for example
     * {@code ContinualResult[sequential, class-incremental, average accuracy 0.198, forgetting 0.990]}.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ContinualResult[%s, %s, average accuracy %.3f, forgetting %.3f]",
                method, scenario, averageAccuracy(), forgetting());
    }
}
