/**
 * Data handling for notebooks: the bundled datasets ({@link dev.atj.data.Datasets}), loading
 * CSV and JSON files ({@link dev.atj.data.Load}), summaries ({@link dev.atj.data.Describe},
 * {@link dev.atj.data.Missing}), grouping, pivots, joins and filters over Tablesaw tables
 * ({@link dev.atj.data.Group}, {@link dev.atj.data.Pivot}, {@link dev.atj.data.Join},
 * {@link dev.atj.data.Rows}), dates ({@link dev.atj.data.TimeSeries}), and files larger than
 * memory ({@link dev.atj.data.Generate}, {@link dev.atj.data.ChunkedCsv}).
 *
 * <p>These are thin wrappers: each method names one step a learner takes and leaves the work
 * to Tablesaw, whose {@code Table} every method takes and returns.
 */
package dev.atj.data;
