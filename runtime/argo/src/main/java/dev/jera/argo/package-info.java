/**
 * Argo's syntax, as the processor checks it and the executor reads it: names (Kubernetes' and Argo's rules,
 * {@link dev.jera.argo.KubeNames}), quantities, Go durations, cron schedules, time zones, the {@code {{…}}}
 * tags of template text ({@link dev.jera.argo.TemplateText}), and the "did you mean" of every message
 * ({@link dev.jera.argo.DidYouMean}).
 *
 * <p>Each check mirrors what Argo Workflows v4 and the Kubernetes API server accept, and reports a problem as
 * one line of plain words: what is wrong, then a hint (often a corrected value). Messages start with the
 * offending text in double quotes (or name the part that is wrong), so a caller can prefix them with where the
 * value came from. No check throws for bad input except the {@code parse} methods, which throw
 * {@link IllegalArgumentException} with the same message. Depends on the JDK only; jera-argo as a whole depends
 * on nothing of Jera's and is never on a step's class path.
 */
package dev.jera.argo;
