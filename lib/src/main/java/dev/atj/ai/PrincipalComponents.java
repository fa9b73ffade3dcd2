package dev.atj.ai;

import smile.feature.extraction.PCA;

/**
 * Principal component analysis: new axes along which the data varies most, the first
 * capturing the most variance. Projecting onto the first few keeps most of the information in
 * fewer numbers, for example to plot many features in two dimensions.
 *
 * <pre>{@code
 * PrincipalComponents pca = PrincipalComponents.fit(Features.matrix(iris, features));
 * pca.explainedVarianceRatio();        // [0.92, 0.05, 0.02, 0.01]
 * double[][] xy = pca.project(x, 2);   // two columns to scatter-plot
 * }</pre>
 */
public final class PrincipalComponents {
    private final PCA pca;

    private PrincipalComponents(PCA pca) {
        this.pca = pca;
    }

    /**
     * Finds the components of the covariance matrix (features keep their units; a feature
     * with a large spread dominates).
     *
     * @param x the examples, more rows than columns
     * @return the fitted analysis
     */
    public static PrincipalComponents fit(double[][] x) {
        checkShape(x);
        return new PrincipalComponents(PCA.fit(x));
    }

    /**
     * Finds the components of the correlation matrix, as if every feature were first
     * standardised; use this when features have different units.
     *
     * @param x the examples, more rows than columns
     * @return the fitted analysis
     */
    public static PrincipalComponents fitStandardized(double[][] x) {
        checkShape(x);
        return new PrincipalComponents(PCA.cor(x));
    }

    /**
     * The share of the total variance each component captures, largest first; they sum to 1.
     *
     * @return one ratio per component
     */
    public double[] explainedVarianceRatio() {
        return pca.varianceProportion().clone();
    }

    /**
     * The running total of {@link #explainedVarianceRatio()}: entry {@code i} is the share
     * kept by the first {@code i + 1} components.
     *
     * @return cumulative ratios, ending at 1
     */
    public double[] cumulativeVarianceRatio() {
        return pca.cumulativeVarianceProportion().clone();
    }

    /**
     * The variance along each component, largest first.
     *
     * @return the variances (eigenvalues)
     */
    public double[] variance() {
        return pca.variance().clone();
    }

    /**
     * How many components there are (the number of features).
     *
     * @return the number of components
     */
    public int numComponents() {
        return pca.variance().length;
    }

    /**
     * Projects examples onto the first {@code k} components (after centring them on the
     * training mean).
     *
     * @param x the examples, with the fitted number of features
     * @param k how many components to keep, between 1 and {@link #numComponents()}
     * @return one row of {@code k} coordinates per example
     */
    public double[][] project(double[][] x, int k) {
        Require.that(k >= 1 && k <= numComponents(), "k must be between 1 and " + numComponents() + ", not " + k + ".");
        for (double[] row : x) {
            if (row.length != numComponents()) {
                throw new IllegalArgumentException("The analysis was fitted on " + numComponents()
                        + " features but a row has " + row.length + ".");
            }
        }
        return pca.getProjection(k).apply(x);
    }

    /**
     * The components as columns: entry {@code [feature][component]} is the weight of a
     * feature in a component.
     *
     * @return the loadings matrix
     */
    public double[][] loadings() {
        return pca.loadings().toArray();
    }

    private static void checkShape(double[][] x) {
        if (x.length < 2 || x.length <= x[0].length) {
            throw new IllegalArgumentException("PCA needs more rows than features; got " + x.length + " rows of "
                    + (x.length == 0 ? 0 : x[0].length) + " features.");
        }
    }
}
