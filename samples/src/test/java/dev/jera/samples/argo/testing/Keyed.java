package dev.jera.samples.argo.testing;

import java.util.List;
import java.util.Map;

/**
 * A list Argo treats as named entries (templates, tasks, steps of a group, parameters, artifacts,
 * hooks, volumes): compared entry by entry whatever the order, shown as {@code [name]} in a path.
 * {@code duplicates} lists names given more than once, which a comparison reports.
 */
record Keyed(Map<String, Object> entries, List<String> duplicates) {}
