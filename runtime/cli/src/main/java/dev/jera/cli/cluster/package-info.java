/**
 * The cluster commands of {@code jera}, one class per command ({@code lint}, {@code apply}, {@code submit},
 * {@code watch}, {@code logs}, {@code get}, {@code list --cluster}), their help and parsing in
 * {@link dev.jera.cli.cluster.ClusterCommands}, which {@link dev.jera.cli.JeraCli} mounts beside the local
 * commands. Depends on jera-cluster (the Argo Server client), jera-local and the command line's parser in
 * {@code dev.jera.cli}.
 */
package dev.jera.cli.cluster;
