package dev.atj.ai;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import smile.regression.LinearModel;

/**
 * A fitted linear model {@code y = intercept + sum of coefficient x feature}, made by
 * {@link Regressors#linear} or {@link Regressors#ridge}. Its text form is the equation.
 */
public final class LinearRegressor implements Regressor {
    private static final Pattern SMILE_NAME = Pattern.compile("^x(\\d+) +", Pattern.MULTILINE);
    private final String name;
    private final List<String> featureNames;
    private final LinearModel model;

    LinearRegressor(String name, List<String> featureNames, LinearModel model) {
        this.name = name;
        this.featureNames = List.copyOf(featureNames);
        this.model = model;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> featureNames() {
        return featureNames;
    }

    @Override
    public double predict(double[] x) {
        Require.sameWidth(name, featureNames, x);
        return model.predict(x);
    }

    /**
     * The weight of each feature, in {@link #featureNames()} order: how much the prediction
     * changes when that feature grows by one and the others stay put.
     *
     * @return a copy of the coefficients
     */
    public double[] coefficients() {
        return model.coefficients().clone();
    }

    /**
     * The prediction when every feature is 0.
     *
     * @return the intercept
     */
    public double intercept() {
        return model.intercept();
    }

    /**
     * R squared on the training data.
     *
     * @return the training R squared
     */
    public double trainingR2() {
        return model.RSquared();
    }

    /**
     * Smile's R-style summary: residuals, coefficients with standard errors, t values and
     * p-values, and R squared.
     *
     * @return the summary text
     */
    public String summary() {
        // Smile knows the features by the plain names x0, x1, ... they were fitted under.
        Matcher line = SMILE_NAME.matcher(model.toString());
        StringBuilder text = new StringBuilder();
        while (line.find()) {
            String name = featureNames.get(Integer.parseInt(line.group(1)));
            int width = line.group().length();
            line.appendReplacement(text, Matcher.quoteReplacement(
                    name.length() < width ? String.format(Locale.ROOT, "%-" + width + "s", name) : name + " "));
        }
        line.appendTail(text);
        return text.toString();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(name).append(": y = ")
                .append(String.format(Locale.ROOT, "%.4g", intercept()));
        double[] w = model.coefficients();
        for (int j = 0; j < w.length; j++) {
            text.append(w[j] < 0 ? " - " : " + ").append(String.format(Locale.ROOT, "%.4g", Math.abs(w[j])))
                    .append(" × ").append(featureNames.get(j));
        }
        return text.toString();
    }
}
