/**
 * Syntax checks for the values a Jera user writes into annotations and Argo later reads: Go durations,
 * cron schedules, Kubernetes quantities and names, and time zones.
 *
 * <p>Each check mirrors what Argo Workflows v4 and the Kubernetes API server accept, and reports a
 * problem as one line of plain words: what is wrong, then a hint (often a corrected value). Messages
 * start with the offending text in double quotes (or name the part that is wrong), so a caller can
 * prefix them with where the value came from. No check throws for bad input except the {@code parse}
 * methods, which throw {@link IllegalArgumentException} with the same message.
 */
package dev.jera.runtime.argo;
