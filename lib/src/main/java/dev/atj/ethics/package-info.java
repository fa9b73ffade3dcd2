/**
 * Responsible AI: fairness, transparency and accountability for models, with the definitions
 * of the reference tools (Fairlearn, AIF360, scikit-learn, SHAP) so that the numbers can be
 * trusted.
 *
 * <ul>
 *   <li>Fairness: {@link dev.atj.ethics.MetricFrame} and {@link dev.atj.ethics.FairnessMetrics}
 *       measure group fairness (selection rate, demographic parity, equalized odds, equal
 *       opportunity, disparate impact and the four-fifths rule);
 *       {@link dev.atj.ethics.Reweighing} (Kamiran and Calders 2012) and
 *       {@link dev.atj.ethics.ThresholdOptimizer} (a deterministic take on Hardt et al. 2016)
 *       mitigate it; {@link dev.atj.ethics.FairnessTradeoff} charts accuracy against
 *       disparity.</li>
 *   <li>Transparency: {@link dev.atj.ethics.PermutationImportance},
 *       {@link dev.atj.ethics.PartialDependence} and {@link dev.atj.ethics.PartialDependenceMap},
 *       {@link dev.atj.ethics.LocalSurrogate} (LIME-style) and
 *       {@link dev.atj.ethics.ShapleyValues} (Smile's TreeSHAP, or exact) explain any model
 *       given as a prediction function, or an ATJ classifier or regressor.</li>
 *   <li>Accountability: {@link dev.atj.ethics.ModelCard} (Mitchell et al. 2019),
 *       {@link dev.atj.ethics.DataSheet} (Gebru et al. 2021), a hash-chained, signed
 *       {@link dev.atj.ethics.DecisionLog}, and a {@link dev.atj.ethics.GovernanceChecklist} as
 *       code (a teaching simplification of the EU AI Act and the NIST AI RMF, not legal
 *       advice).</li>
 * </ul>
 */
package dev.atj.ethics;
