/**
 * Real workflows, built the way a user's project is: compiled against jera-annotations and jera-runner only (what
 * their image carries), tested with jera-local's {@code LocalRun}; {@code gallery} holds Argo's own examples
 * written the Jera way.
 */
package dev.jera.samples;
