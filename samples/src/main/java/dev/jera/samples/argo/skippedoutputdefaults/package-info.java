/** Ports of Argo's {@code examples/skipped-output-defaults/}: what a Skipped producer's outputs read as. */
package dev.jera.samples.argo.skippedoutputdefaults;
