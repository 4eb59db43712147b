package dev.jera.samples.argo.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares a port with its upstream example semantically (porting-guide.md §2): both sides are read
 * as Argo reads them ({@link GoYaml}), each document is made canonical ({@link Canonicaliser}, with
 * the port's transport inputs removed, {@link TransportInputs}), and the trees are compared
 * closed-world ({@link TreeDiff}). A faithful port has no differences.
 *
 * <p>The rules, in short (each is documented where it is applied, with the Argo code behind it):
 *
 * <ul>
 *   <li>Documents pair up in order; kinds must match.
 *   <li>N1: a Workflow's name is free, whether it is fixed or generated is not; other kinds keep their
 *       names; Argo's test-harness metadata and Jera's version label are ignored; annotations compare
 *       with whitespace collapsed.
 *   <li>N2: parameter values, defaults, enums and descriptions as Go's AnyString reads them;
 *       IntOrString fields as strings; top-level loop items as {@code {{item}}} expands them.
 *   <li>N3: durations by length (bare seconds where Argo allows them); quantities by amount.
 *   <li>N4: {@code onExit} is the exit hook; {@code dependencies} is a depends; a literal JSON
 *       {@code withParam} is {@code withItems}; volumes by name wherever declared; the defaults Argo
 *       applies (retryPolicy, dag failFast, withSequence start, http method, resource mergeStrategy,
 *       output archive, artifactRepositoryRef configMap, cron policy and history limits) and the zero
 *       values of plain Go bools.
 *   <li>N5/N6: what runs inside a pod is the port's (image, command, args, source, workingDir, ports,
 *       plain env values, artifact paths and modes, non-daemon probes, the pod hardening); what Argo
 *       and Kubernetes act on stays (resources, mounts, Secret and ConfigMap references, privileged).
 *   <li>N7: transport inputs (a global tag upstream reads in its command, passed to the Java step as an
 *       input) are removed from the port.
 *   <li>N8: tags trimmed; expressions compared with whitespace collapsed outside literals.
 *   <li>N9: resource manifests and podSpecPatch compared as data, tags as numbered placeholders.
 *   <li>N10: named lists by name (templates, tasks, steps within a group, parameters, artifacts,
 *       hooks, containers), order-free lists as multisets; everything else in order.
 *   <li>{@code depends} by truth table over the outcomes of the tasks it names ({@link Depends}).
 * </ul>
 */
public final class PortComparator {
  private PortComparator() {}

  /**
   * The differences between an upstream file (all its documents) and a port's manifests (one document
   * each, in the upstream file's document order).
   */
  public static List<Difference> compare(String upstreamYaml, List<String> portManifests) {
    List<Object> upstream = GoYaml.documents(upstreamYaml);
    List<Object> port = new ArrayList<>();
    for (String manifest : portManifests) {
      port.addAll(GoYaml.documents(manifest));
    }
    return compareDocuments(upstream, port);
  }

  static List<Difference> compareDocuments(List<Object> upstream, List<Object> port) {
    List<Difference> differences = new ArrayList<>();
    if (upstream.size() != port.size()) {
      differences.add(new Difference("documents", upstream.size() + " documents", port.size() + " documents",
          "a port has one manifest per upstream document, in order"));
    }
    boolean several = Math.max(upstream.size(), port.size()) > 1;
    for (int i = 0; i < Math.min(upstream.size(), port.size()); i++) {
      String root = several ? "[document " + (i + 1) + "] " : "";
      Object kindA = Canonicaliser.map(upstream.get(i), "document").get("kind");
      Object kindB = Canonicaliser.map(port.get(i), "document").get("kind");
      if (!String.valueOf(kindA).equals(String.valueOf(kindB))) {
        differences.add(new Difference(root + "kind", TreeDiff.show(kindA), TreeDiff.show(kindB), "not compared further"));
        continue;
      }
      for (Difference d : compareDocument(upstream.get(i), port.get(i))) {
        differences.add(several ? new Difference(root + d.path(), d.upstream(), d.port(), d.why()) : d);
      }
    }
    return differences;
  }

  /** One upstream document with one port document. */
  static List<Difference> compareDocument(Object upstream, Object port) {
    return compareCanonical(Canonicaliser.document(upstream), upstream, port);
  }

  /** As {@link #compareDocument}, with the upstream document already canonical. */
  static List<Difference> compareCanonical(Map<String, Object> canonicalUpstream, Object upstream, Object port) {
    Map<String, Object> b = Canonicaliser.document(port);
    TransportInputs.remove(b, TransportInputs.of(upstream));
    return TreeDiff.between("", canonicalUpstream, b);
  }

  /** The canonical tree of a document, as text, one leaf per line (to see what the comparison sees). */
  public static String canonical(String yaml) {
    StringBuilder out = new StringBuilder();
    for (Object document : GoYaml.documents(yaml)) {
      out.append(TreeDiff.dump(Canonicaliser.document(document))).append("---\n");
    }
    return out.toString();
  }
}
