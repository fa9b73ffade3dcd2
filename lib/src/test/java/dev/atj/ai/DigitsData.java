package dev.atj.ai;

import dev.atj.data.Datasets;

/** The digits data set split 75/25 by class and standardised, as the continual and federated tests use it. */
final class DigitsData {
    final Dataset train;
    final Dataset test;

    DigitsData() {
        Seeds.set(42);
        TrainTestSplit split = TrainTestSplit.stratified(Datasets.load("digits"), 0.25, "digit");
        Dataset rawTrain = Dataset.of(split.train(), "digit");
        Standardizer scaler = Standardizer.fit(rawTrain);
        train = scaler.transform(rawTrain);
        test = scaler.transform(rawTrain.matching(split.test()));
    }
}
