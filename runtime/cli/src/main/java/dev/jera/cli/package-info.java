/**
 * The {@code jera} command line ({@link dev.jera.cli.JeraCli}, started by {@link dev.jera.cli.Jera}):
 * {@code list}, {@code show}, {@code graph}, {@code run}, {@code runs} and {@code pin}, on a project's class path,
 * and the cluster commands of {@code dev.jera.cli.cluster} ({@code lint}, {@code apply}, {@code submit},
 * {@code watch}, {@code logs}, {@code get}, {@code list --cluster}).
 * Options are parsed by a small hand-written parser ({@link dev.jera.cli.CommandLine}) rather than a library, so
 * the command starts fast. Depends on jera-local (the executor) and, for the cluster commands of
 * {@code dev.jera.cli.cluster}, on jera-cluster; nothing depends on it but the Maven plugin, which runs it.
 */
package dev.jera.cli;
