/**
 * A Workflow's status on the cluster read as a local run's: its nodes ({@link dev.jera.cluster.status.NodeStatus})
 * as steps and reports ({@link dev.jera.cluster.status.ClusterReports}), followed as it goes
 * ({@link dev.jera.cluster.status.WorkflowWatch}), so a cluster's run prints the same table as a local one. Depends
 * on {@code api} and jera-local's report types.
 */
package dev.jera.cluster.status;
