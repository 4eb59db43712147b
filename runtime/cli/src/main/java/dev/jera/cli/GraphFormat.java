package dev.jera.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How {@code jera graph} draws a {@link ManifestGraph}: Mermaid or Graphviz DOT text. */
enum GraphFormat {
  MERMAID {
    @Override
    String render(ManifestGraph graph) {
      StringBuilder out = new StringBuilder("flowchart TD\n");
      Map<String, String> ids = new HashMap<>();
      for (ManifestGraph.Node node : graph.nodes()) {
        String id = "n" + ids.size();
        ids.put(node.name(), id);
        String label = escapeMermaid(String.join("<br/>", prepend(node.name(), node.details())));
        out.append("  ").append(id).append(node.exitHandler() ? "([\"" : "[\"").append(label)
            .append(node.exitHandler() ? "\"])" : "\"]").append('\n');
      }
      for (ManifestGraph.Edge edge : graph.edges()) {
        out.append("  ").append(ids.get(edge.from()))
            .append(edge.label().isEmpty() ? " --> " : " -->|" + escapeMermaid(edge.label()) + "| ")
            .append(ids.get(edge.to())).append('\n');
      }
      return out.toString();
    }
  },
  DOT {
    @Override
    String render(ManifestGraph graph) {
      StringBuilder out = new StringBuilder("digraph ").append(quote(graph.name())).append(" {\n");
      out.append("  node [shape=box];\n");
      for (ManifestGraph.Node node : graph.nodes()) {
        out.append("  ").append(quote(node.name()));
        if (!node.details().isEmpty() || node.exitHandler()) {
          out.append(" [label=").append(quote(String.join("\n", prepend(node.name(), node.details()))));
          out.append(node.exitHandler() ? ", style=dashed]" : "]");
        }
        out.append(";\n");
      }
      for (ManifestGraph.Edge edge : graph.edges()) {
        out.append("  ").append(quote(edge.from())).append(" -> ").append(quote(edge.to()));
        if (!edge.label().isEmpty()) {
          out.append(" [label=").append(quote(edge.label())).append(']');
        }
        out.append(";\n");
      }
      return out.append("}\n").toString();
    }
  };

  /** The graph as text in this format. */
  abstract String render(ManifestGraph graph);

  private static List<String> prepend(String first, List<String> rest) {
    List<String> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static String escapeMermaid(String text) {
    return text.replace("\"", "#quot;").replace("|", "#124;");
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }
}
