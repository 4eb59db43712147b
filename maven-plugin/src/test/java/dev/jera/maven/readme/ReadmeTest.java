package dev.jera.maven.readme;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The README's project as text: one complete pom that every other XML snippet is a part of, every property it
 * uses defined, a workflow with its test, and the commands to run them. {@code ReadmeProjectIT} builds it.
 */
class ReadmeTest {
  private static Readme readme;
  private static String pom;

  @BeforeAll
  static void read() throws Exception {
    readme = Readme.load();
    pom = readme.files(ReadmeProjectIT.SECTION).get("pom.xml");
    assertWithMessage("README.md shows no block starting <!-- pom.xml -->").that(pom).isNotNull();
  }

  private static Document pomDocument() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(pom.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> plugins(Document document) {
    List<Element> plugins = new ArrayList<>();
    NodeList nodes = document.getElementsByTagName("plugin");
    for (int i = 0; i < nodes.getLength(); i++) {
      plugins.add((Element) nodes.item(i));
    }
    return plugins;
  }

  private static String child(Element element, String name) {
    NodeList nodes = element.getElementsByTagName(name);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
  }

  @Test
  void thePomIsCompleteWithNoParentAndPinsCompilerAndSurefire() throws Exception {
    Document document = pomDocument();
    Element project = document.getDocumentElement();

    assertThat(project.getTagName()).isEqualTo("project");
    assertThat(project.getElementsByTagName("parent").getLength()).isEqualTo(0);
    for (String coordinate : List.of("modelVersion", "groupId", "artifactId", "version")) {
      assertWithMessage(coordinate).that(child(project, coordinate)).isNotEmpty();
    }
    List<String> versioned = new ArrayList<>();
    for (Element plugin : plugins(document)) {
      if (child(plugin, "version") != null) {
        versioned.add(child(plugin, "artifactId"));
      }
    }
    assertThat(versioned).containsAtLeast("maven-compiler-plugin", "maven-surefire-plugin", "jera-maven-plugin");
  }

  @Test
  void everyPropertyThePomUsesIsDefinedInIt() throws Exception {
    Element properties = (Element) pomDocument().getElementsByTagName("properties").item(0);
    Set<String> defined = new LinkedHashSet<>();
    NodeList children = properties.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element) {
        defined.add(((Element) children.item(i)).getTagName());
      }
    }
    Set<String> used = new LinkedHashSet<>();
    Matcher reference = Pattern.compile("\\$\\{([^}]+)}").matcher(pom);
    while (reference.find()) {
      used.add(reference.group(1));
    }

    used.removeIf(name -> name.startsWith("project."));
    assertThat(used).isNotEmpty();
    assertThat(defined).containsAtLeastElementsIn(used);
    assertThat(defined).containsAtLeast("jera.version", "jera.image", "maven.compiler.release");
  }

  @Test
  void pinRunsAfterJibWhichItIsDeclaredAfter() throws Exception {
    List<String> order = new ArrayList<>();
    for (Element plugin : plugins(pomDocument())) {
      order.add(child(plugin, "artifactId"));
    }

    assertThat(order).containsAtLeast("jib-maven-plugin", "jera-maven-plugin").inOrder();
    assertThat(pom).contains("<goal>refresh</goal>");
    assertThat(pom).contains("<goal>pin</goal>");
  }

  @Test
  void everyXmlSnippetIsPartOfThatPom() {
    List<String> pomLines = meaningfulLines(pom);
    int snippets = 0;
    for (Readme.Block block : readme.blocks()) {
      if (!block.language().equals("xml") || block.path().isPresent()) {
        continue; // the pom itself, or a file of its own
      }
      snippets++;
      List<String> lines = meaningfulLines(block.text());
      assertWithMessage("this snippet of README.md (section %s) is not a part of its pom.xml:\n%s", block.section(), block.text())
          .that(Collections.indexOfSubList(pomLines, lines)).isAtLeast(0);
    }
    assertThat(snippets).isAtLeast(1);
  }

  @Test
  void theFirstCommandUsesThePlugin() {
    assertThat(readme.firstCommand()).contains(" jera:run -Djera.workflow=");
  }

  @Test
  void theProjectHasAWorkflowItsTestAndTheCommandsToRunThem() {
    Map<String, String> files = readme.files(ReadmeProjectIT.SECTION);

    assertThat(files.keySet()).hasSize(3);
    assertThat(files.keySet().stream().filter(path -> path.startsWith("src/main/java/") && files.get(path).contains("@Workflow")).count())
        .isEqualTo(1);
    assertThat(files.keySet().stream().filter(path -> path.startsWith("src/test/java/") && files.get(path).contains("@Test")).count())
        .isEqualTo(1);
    List<String> commands = readme.commands(ReadmeProjectIT.SECTION);
    assertThat(commands.stream().filter(command -> command.contains(" jera:run -Djera.workflow=")).count()).isEqualTo(1);
    assertThat(commands).contains("mvn test");
    assertThat(commands).contains("mvn package");
  }

  /** The lines that carry something, without their indentation: a snippet may be indented otherwise. */
  private static List<String> meaningfulLines(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}
