/**
 * The cluster commands, one class per command ({@code lint}, {@code apply}, {@code submit}, {@code watch},
 * {@code logs}, {@code get}, {@code list}), parsed and run by {@link dev.jera.cli.cluster.ClusterCli};
 * {@link dev.jera.cli.cluster.ClusterMain} starts them until they join the {@code jera} command. Depends on
 * jera-cluster (the Argo Server client), jera-local and the command line's parser in {@code dev.jera.cli}.
 */
package dev.jera.cli.cluster;
