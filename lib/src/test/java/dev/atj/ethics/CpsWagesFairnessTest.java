package dev.atj.ethics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.ai.Classifier;
import dev.atj.ai.Classifiers;
import dev.atj.ai.Dataset;
import dev.atj.ai.Seeds;
import dev.atj.ai.Standardizer;
import dev.atj.ai.TrainTestSplit;
import dev.atj.data.Datasets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The fairness tools on real data: predicting a wage above the median in the 1985 CPS, by gender. */
class CpsWagesFairnessTest {
    private static final String[] FEATURES = {"education", "experience", "union", "south", "married"};

    private static Dataset train;
    private static Dataset test;
    private static String[] trainGender;
    private static String[] testGender;
    private static Classifier baseline;

    @BeforeAll
    static void trainBaseline() {
        Seeds.set(42);
        Table cps = Datasets.load("cps-wages-1985");
        NumericColumn<?> wage = cps.numberColumn("wage");
        double median = wage.median();
        StringColumn high = StringColumn.create("high_wage");
        for (int i = 0; i < cps.rowCount(); i++) {
            high.append(wage.getDouble(i) > median ? "yes" : "no");
        }
        cps.addColumns(high);
        TrainTestSplit split = TrainTestSplit.stratified(cps, 0.3, "high_wage");
        Dataset rawTrain = Dataset.of(split.train(), "high_wage", FEATURES);
        Standardizer scaler = Standardizer.fit(rawTrain);
        train = scaler.transform(rawTrain);
        test = scaler.transform(rawTrain.matching(split.test()));
        assertEquals(0, train.droppedRows() + test.droppedRows(), "groups line up with rows only if none is dropped");
        assertEquals(List.of("no", "yes"), train.classNames());
        trainGender = split.train().stringColumn("gender").asObjectArray();
        testGender = split.test().stringColumn("gender").asObjectArray();
        baseline = Classifiers.logisticRegression(train);
    }

    @Test
    void metricFrameSelectionRatesMatchCountsByGender() {
        int[] predicted = baseline.predict(test.x());
        MetricFrame frame = MetricFrame.of(test.y(), predicted, testGender, "selection_rate", "accuracy", "count");
        assertEquals(List.of("female", "male"), frame.groups());
        for (String gender : frame.groups()) {
            int members = 0;
            int selected = 0;
            for (int i = 0; i < predicted.length; i++) {
                if (testGender[i].equals(gender)) {
                    members++;
                    selected += predicted[i];
                }
            }
            assertEquals((double) selected / members, frame.value("selection_rate", gender), 1e-12);
            assertEquals(members, frame.value("count", gender), 1e-12);
        }
        assertEquals(baseline.accuracy(test), frame.overall("accuracy"), 1e-12);
        assertEquals(frame.difference("selection_rate"),
                FairnessMetrics.demographicParityDifference(test.y(), predicted, testGender), 1e-12);
    }

    @Test
    void mitigationsRunEndToEndAndThresholdsMeetTheirTolerance() {
        Reweighing reweighing = Reweighing.fit(train.y(), trainGender);
        Classifier reweighed = Classifiers.logisticRegression(reweighing.resample(train));
        double[] trainScores = ThresholdOptimizer.positiveScores(baseline, train.x());
        ThresholdOptimizer thresholds = ThresholdOptimizer.fit(trainScores, train.y(), trainGender,
                ThresholdOptimizer.Constraint.DEMOGRAPHIC_PARITY, 0.02);
        int[] fitted = thresholds.predict(trainScores, trainGender);
        assertTrue(FairnessMetrics.demographicParityDifference(train.y(), fitted, trainGender) <= 0.02 + 1e-12);

        FairnessTradeoff tradeoff = FairnessTradeoff.of(test.y(), testGender)
                .with("logistic regression", baseline.predict(test.x()))
                .with("reweighed", reweighed.predict(test.x()))
                .with("per-group thresholds", thresholds.predict(
                        ThresholdOptimizer.positiveScores(baseline, test.x()), testGender));
        Table table = tradeoff.table();
        assertEquals(3, table.rowCount());
        assertTrue(table.doubleColumn("accuracy").min() > 0.5, table.print());
        assertEquals(3, tradeoff.chart().getSeriesMap().size());
    }
}
