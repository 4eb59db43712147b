/** Ports of Argo's {@code examples/container-set-template/}: several containers in one pod. */
package dev.jera.samples.argo.containerset;
