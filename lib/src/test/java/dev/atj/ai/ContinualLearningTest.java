package dev.atj.ai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ContinualLearningTest {
    private static TaskSplit tasks;

    @BeforeAll
    static void splitDigits() {
        DigitsData digits = new DigitsData();
        tasks = TaskSplit.byClass(digits.train, digits.test, 2);
    }

    @Test
    void splitsDigitsIntoFiveTasksOfTwoClasses() {
        assertEquals(5, tasks.size());
        assertArrayEquals(new int[] {2, 3}, tasks.classes(1));
        assertEquals("8-9", tasks.name(4));
        for (int t = 0; t < tasks.size(); t++) {
            int[] classes = tasks.classes(t);
            assertTrue(java.util.Arrays.stream(tasks.train(t).y()).allMatch(y -> y == classes[0] || y == classes[1]));
        }
        Table table = tasks.table();
        assertEquals(1797, (int) (table.intColumn("train_rows").sum() + table.intColumn("test_rows").sum()));
    }

    @Test
    void replayForgetsLessThanPlainSequentialTrainingOnAFixedSeed() {
        Seeds.set(42);
        ContinualLearning learner = ContinualLearning.builder().quiet().build();
        ContinualResult plain = learner.sequential(tasks);
        ContinualResult replay = learner.replay(tasks, new ReplayBuffer(200));
        // Each task is learned well when it is the newest one ...
        for (int t = 1; t <= tasks.size(); t++) {
            assertTrue(plain.accuracy(t, t) > 0.9, "task " + t + " right after learning it: " + plain.accuracy(t, t));
        }
        // ... and plain training then forgets much of the old ones; replay keeps them.
        assertTrue(plain.forgetting() > 0.3, plain.toString());
        assertTrue(replay.averageAccuracy() > plain.averageAccuracy() + 0.2, replay + " vs " + plain);
        assertTrue(replay.forgetting() < plain.forgetting(), replay + " vs " + plain);
        assertEquals(15, plain.table().rowCount());
    }

    @Test
    void elasticWeightConsolidationDoesNoWorseThanPlainSequentialTraining() {
        Seeds.set(42);
        ContinualLearning learner = ContinualLearning.builder().quiet().build();
        ContinualResult plain = learner.sequential(tasks);
        ElasticWeightConsolidation consolidation = new ElasticWeightConsolidation(10_000);
        ContinualResult ewc = learner.ewc(tasks, consolidation);
        assertTrue(ewc.averageAccuracy() >= plain.averageAccuracy(), ewc + " vs " + plain);
        assertEquals(tasks.size(), consolidation.tasks());
    }

    @Test
    void sameSeedRepeatsTheSameAccuracies() {
        ContinualLearning learner = ContinualLearning.builder().epochs(1).quiet().build();
        Seeds.set(7);
        ContinualResult first = learner.sequential(tasks);
        Seeds.set(7);
        ContinualResult second = learner.sequential(tasks);
        assertArrayEquals(first.finalAccuracies(), second.finalAccuracies());
    }

    @Test
    void ewcPenaltyIsHalfLambdaTimesFisherWeightedSquaredDistance() {
        ElasticWeightConsolidation ewc = new ElasticWeightConsolidation(2);
        assertEquals(0, ewc.penalty(new float[] {5, 5}));
        ewc.remember(new float[] {0, 1}, new float[] {1, 2});
        // 2/2 * (1 * (3 - 0)^2 + 2 * (3 - 1)^2) = 9 + 8
        assertEquals(17, ewc.penalty(new float[] {3, 3}), 1e-9);
        assertEquals(0, ewc.penalty(new float[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> ewc.remember(new float[3], new float[3]));
    }

    @Test
    void reservoirKeepsEverythingUntilFullThenStaysAtCapacity() {
        ReplayBuffer buffer = new ReplayBuffer(100, new Random(1));
        for (int i = 0; i < 100; i++) {
            buffer.offer(new double[] {i}, i % 10);
        }
        assertEquals(100, buffer.size());
        assertEquals(10, buffer.table().intColumn("examples").min());
        for (int i = 0; i < 900; i++) {
            buffer.offer(new double[] {i}, 10 + i / 100);
        }
        assertEquals(100, buffer.size());
        assertEquals(1000, buffer.seen());
        // Each of the ten groups of 100 offered rows keeps about 10 places; far from 0 and from 100.
        Table kept = buffer.table();
        int early = (int) kept.where(kept.intColumn("class").isLessThan(10)).intColumn("examples").sum();
        assertTrue(early > 2 && early < 25, "rows of the first hundred kept: " + early);
    }

    @Test
    void rejectsAReplayBufferThatIsAlreadyFilled() {
        ReplayBuffer used = new ReplayBuffer(5);
        used.offer(new double[] {1}, 0);
        ContinualLearning learner = ContinualLearning.builder().quiet().build();
        assertThrows(IllegalArgumentException.class, () -> learner.replay(tasks, used));
    }
}
