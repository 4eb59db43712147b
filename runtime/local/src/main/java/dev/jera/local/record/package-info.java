/**
 * A run's record on disk: where records go ({@link dev.jera.local.record.RunHome}), what a run writes as it goes
 * ({@link dev.jera.local.record.RunRecorder}: logs, results, inputs, {@code run.json}) and the summary it ends with
 * ({@link dev.jera.local.record.ReportJson}, also {@code jera run --output json}). Depends on the API's report
 * types and {@code values} (everything written is masked).
 */
package dev.jera.local.record;
