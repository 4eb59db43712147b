/**
 * A run for people: the step table a run ends with ({@link dev.jera.local.console.SummaryTable}), progress lines
 * as it goes ({@link dev.jera.local.console.LineProgress}, {@link dev.jera.local.console.LiveProgress} on a
 * terminal), and the durations and tables they print. Shared by the local commands and the cluster's
 * ({@code jera watch} prints a cluster's run as a local one). Depends on the API's report types only.
 */
package dev.jera.local.console;
