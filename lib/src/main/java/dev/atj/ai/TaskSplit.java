package dev.atj.ai;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A classification problem cut into tasks that arrive one after another, each holding a few of
 * the classes: the usual benchmark of continual learning ("split MNIST", here split digits).
 * Task 1 of {@code byClass(train, test, 2)} on the digits holds the 0s and 1s, task 2 the 2s
 * and 3s, and so on.
 *
 * <pre>{@code
 * TrainTestSplit split = TrainTestSplit.stratified(Datasets.load("digits"), 0.25, "digit");
 * Dataset train = Dataset.of(split.train(), "digit");
 * Dataset test = train.matching(split.test());
 * TaskSplit tasks = TaskSplit.byClass(train, test, 2);   // {0,1}, {2,3}, ..., {8,9}
 * tasks.table();                                          // task, classes, train_rows, test_rows
 * }</pre>
 *
 * <p>Reference: Zenke, Poole and Ganguli, "Continual learning through synaptic intelligence",
 * ICML 2017, which introduced split MNIST.
 */
public final class TaskSplit {
    private final Dataset train;
    private final Dataset test;
    private final List<int[]> classes;

    private TaskSplit(Dataset train, Dataset test, List<int[]> classes) {
        this.train = train;
        this.test = test;
        this.classes = classes;
    }

    /**
     * Cuts the classes, in their numbered order, into consecutive groups of
     * {@code classesPerTask}; the last task takes what is left.
     *
     * @param train the training rows of all tasks
     * @param test the test rows, with the same classes (see {@link Dataset#matching})
     * @param classesPerTask how many classes each task introduces, 1 or more
     * @return the tasks
     * @throws IllegalArgumentException if the class lists differ or the group size is below 1
     */
    public static TaskSplit byClass(Dataset train, Dataset test, int classesPerTask) {
        if (classesPerTask < 1) {
            throw new IllegalArgumentException("classesPerTask must be 1 or more, got " + classesPerTask);
        }
        if (!train.classNames().equals(test.classNames())) {
            throw new IllegalArgumentException("train has classes " + train.classNames() + " but test has "
                    + test.classNames() + ": build test with train.matching(testTable)");
        }
        List<int[]> groups = new ArrayList<>();
        int k = train.numClasses();
        for (int first = 0; first < k; first += classesPerTask) {
            int from = first;
            groups.add(java.util.stream.IntStream.range(from, Math.min(k, from + classesPerTask)).toArray());
        }
        if (groups.size() < 2) {
            throw new IllegalArgumentException(k + " classes in groups of " + classesPerTask
                    + " make only one task: use fewer classes per task");
        }
        return new TaskSplit(train, test, groups);
    }

    /**
     * How many tasks.
     *
     * @return the number of tasks
     */
    public int size() {
        return classes.size();
    }

    /**
     * The class numbers task {@code task} introduces.
     *
     * @param task 0 for the first task
     * @return its classes
     */
    public int[] classes(int task) {
        return classes.get(task).clone();
    }

    /**
     * A short name of a task from its class names, for example {@code "0-1"}.
     *
     * @param task 0 for the first task
     * @return the name
     */
    public String name(int task) {
        return Arrays.stream(classes.get(task)).mapToObj(c -> train.classNames().get(c))
                .collect(Collectors.joining("-"));
    }

    /**
     * The training rows of one task.
     *
     * @param task 0 for the first task
     * @return the rows whose class belongs to the task
     */
    public Dataset train(int task) {
        return only(train, classes.get(task));
    }

    /**
     * The test rows of one task.
     *
     * @param task 0 for the first task
     * @return the rows whose class belongs to the task
     */
    public Dataset test(int task) {
        return only(test, classes.get(task));
    }

    /**
     * How many classes there are in all tasks together (the network's outputs).
     *
     * @return the number of classes
     */
    public int numClasses() {
        return train.numClasses();
    }

    /**
     * How many features each row has.
     *
     * @return the number of features
     */
    public int numFeatures() {
        return train.numFeatures();
    }

    /**
     * One row per task: its number (from 1), classes and row counts.
     *
     * @return a table with columns {@code task}, {@code classes}, {@code train_rows}, {@code test_rows}
     */
    public Table table() {
        IntColumn task = IntColumn.create("task");
        StringColumn names = StringColumn.create("classes");
        IntColumn trainRows = IntColumn.create("train_rows");
        IntColumn testRows = IntColumn.create("test_rows");
        for (int t = 0; t < size(); t++) {
            task.append(t + 1);
            names.append(name(t));
            trainRows.append(train(t).size());
            testRows.append(test(t).size());
        }
        return Table.create("Tasks", task, names, trainRows, testRows);
    }

    private static Dataset only(Dataset data, int[] wanted) {
        return data.rows(java.util.stream.IntStream.range(0, data.size())
                .filter(i -> Arrays.stream(wanted).anyMatch(c -> c == data.y()[i])).toArray());
    }

    @Override
    public String toString() {
        return "TaskSplit[" + java.util.stream.IntStream.range(0, size()).mapToObj(this::name)
                .collect(Collectors.joining(", ")) + "]";
    }
}
