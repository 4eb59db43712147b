package dev.jera.samples.argo.testing;

import java.util.List;

/**
 * A list whose order means nothing to Argo (volume mounts, tolerations, env references, lock
 * entries): compared as a multiset of canonical values.
 */
record Bag(List<Object> items) {}
