package dev.atj.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A fixed-size memory of past training examples, filled by reservoir sampling: after
 * {@code n} examples have been offered, each of them is in the buffer with the same
 * probability {@code capacity / n}, whichever task it came from (Vitter's Algorithm R). During
 * later tasks, {@link ContinualLearning#replay} mixes examples drawn from the buffer into every
 * mini-batch, so the network keeps seeing the old classes: experience replay.
 *
 * <pre>{@code
 * ReplayBuffer memory = new ReplayBuffer(200);   // seeded from Seeds
 * memory.offer(tasks.train(0));                 // remember some of task 1
 * memory.table();                               // how many examples of each class it kept
 * }</pre>
 *
 * <p>References: Vitter, "Random sampling with a reservoir", ACM TOMS 11(1), 1985; Rolnick et
 * al., "Experience replay for continual learning", NeurIPS 2019; Chaudhry et al., "On tiny
 * episodic memories in continual learning", arXiv:1902.10486, 2019 (reservoir replay mixed
 * into each batch).
 */
public final class ReplayBuffer {
    private final int capacity;
    private final Random random;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Integer> labels = new ArrayList<>();
    private long seen;

    /**
     * An empty buffer whose random choices are seeded from {@link Seeds}.
     *
     * @param capacity how many examples it holds at most, 1 or more
     * @throws IllegalArgumentException if the capacity is below 1
     */
    public ReplayBuffer(int capacity) {
        this(capacity, Seeds.random("replay-buffer"));
    }

    /**
     * An empty buffer drawing from the given generator.
     *
     * @param capacity how many examples it holds at most, 1 or more
     * @param random the generator for which examples to keep and which to replay
     * @throws IllegalArgumentException if the capacity is below 1
     */
    public ReplayBuffer(int capacity, Random random) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A replay buffer needs room for at least 1 example, got " + capacity);
        }
        this.capacity = capacity;
        this.random = random;
    }

    /**
     * Offers one example: kept for sure while the buffer has room, afterwards it replaces a
     * random kept example with probability {@code capacity / seen}.
     *
     * @param row the features
     * @param label the class number
     */
    public void offer(double[] row, int label) {
        seen++;
        if (rows.size() < capacity) {
            rows.add(row);
            labels.add(label);
            return;
        }
        long slot = (long) (random.nextDouble() * seen);
        if (slot < capacity) {
            rows.set((int) slot, row);
            labels.set((int) slot, label);
        }
    }

    /**
     * Offers every row of a data set, in order.
     *
     * @param data the examples
     */
    public void offer(Dataset data) {
        for (int i = 0; i < data.size(); i++) {
            offer(data.x()[i], data.y()[i]);
        }
    }

    /**
     * How many examples it holds now.
     *
     * @return at most {@link #capacity()}
     */
    public int size() {
        return rows.size();
    }

    /**
     * How many examples it can hold.
     *
     * @return the capacity
     */
    public int capacity() {
        return capacity;
    }

    /**
     * How many examples have been offered in all.
     *
     * @return the count
     */
    public long seen() {
        return seen;
    }

    /**
     * Draws examples at random (with replacement) for one mixed batch.
     *
     * @param count how many
     * @return the rows' positions in the buffer
     */
    int[] draw(int count) {
        int[] picks = new int[Math.min(count, rows.size())];
        for (int i = 0; i < picks.length; i++) {
            picks[i] = random.nextInt(rows.size());
        }
        return picks;
    }

    double[] row(int index) {
        return rows.get(index);
    }

    int label(int index) {
        return labels.get(index);
    }

    /**
     * How many kept examples belong to each class.
     *
     * @return a table with columns {@code class} and {@code examples}, classes in increasing order
     */
    public Table table() {
        java.util.TreeMap<Integer, Integer> counts = new java.util.TreeMap<>();
        labels.forEach(label -> counts.merge(label, 1, Integer::sum));
        IntColumn label = IntColumn.create("class");
        IntColumn examples = IntColumn.create("examples");
        counts.forEach((c, n) -> {
            label.append(c);
            examples.append(n);
        });
        return Table.create("Replay buffer", label, examples);
    }

    @Override
    public String toString() {
        return "ReplayBuffer[" + size() + " of " + capacity + " kept, " + seen + " seen]";
    }
}
