package dev.jera.samples.argo;

import dev.jera.Archive;
import dev.jera.ContainerSet;
import dev.jera.Http;
import dev.jera.Kind;
import dev.jera.Output;
import dev.jera.S3;
import dev.jera.Script;
import dev.jera.Volume;
import dev.jera.Workflow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Argo's {@code examples/artifacts-workflowtemplate.yaml}: the WorkflowTemplate {@code artifacts} whose
 * container set {@code main} fetches the global temperatures ({@code temps}, over HTTP), plots them
 * ({@code gnuplot}) and writes a small web report ({@code main}) on the pod's emptyDir volumes
 * {@code in} and {@code out}, then keeps its files as seven output artifacts at fixed keys of the
 * artifact repository, five of them unarchived.
 */
@Workflow(
    name = "artifacts",
    kind = Kind.WORKFLOW_TEMPLATE,
    entrypoint = "main",
    annotations = "workflows.argoproj.io/description=This example shows how to produce different types of artifact.\n")
public class ArtifactsWorkflowtemplate {
  static final Path IN = Path.of("/in");
  static final Path OUT = Path.of("/out");
  static final Path CSV = IN.resolve("annual.csv");
  static final Path PLOT = OUT.resolve("assets/global-temp.png");

  /** The files the template keeps, each at its key of the artifact repository. */
  public record Report(
      @Output("text-file") @S3(key = "hello.txt") @Archive(Archive.Format.NONE) Path textFile,
      @Output("json-file") @S3(key = "hello.json") @Archive(Archive.Format.NONE) Path jsonFile,
      @Output("css-file") @S3(key = "styles.css") @Archive(Archive.Format.NONE) Path cssFile,
      @Output("malicious-file") @S3(key = "malicious.html") @Archive(Archive.Format.NONE) Path maliciousFile,
      @Output("report") @S3(key = "report/") @Archive(Archive.Format.NONE) Path report,
      @Output("tgz-file") @S3(key = "file.tgz") Path tgzFile,
      @Output("tgz-dir") @S3(key = "dir.tgz") Path tgzDir) {}

  /** The pod, its volumes {@code in} and {@code out} shared by its containers. */
  @ContainerSet(name = "main")
  @Volume(name = "in", mountPath = "/in")
  @Volume(name = "out", mountPath = "/out")
  public static class Main {
    /** Makes the report's folders, as upstream's {@code mkdir -p /out/assets}. */
    @Script
    public static void setup() throws IOException {
      Files.createDirectories(OUT.resolve("assets"));
    }

    /**
     * Plots every other year's mean temperature (upstream's gnuplot {@code every 2::0 skip 1 using 2:3}) into
     * {@code /out/assets/global-temp.png}, 600 by 400 pixels. Upstream's input file lies on the volume
     * {@code in} before any container starts; here {@code main}, the container Argo loads the input file
     * into, puts it there, so this container waits for it.
     */
    @Script(after = "setup")
    public static void gnuplot() throws IOException, InterruptedException {
      waitFor(CSV);
      List<double[]> points = new ArrayList<>();
      List<String> lines = Files.readAllLines(CSV);
      for (int i = 1; i < lines.size(); i += 2) {
        String[] fields = lines.get(i).split(",");
        points.add(new double[] {Double.parseDouble(fields[1].replace("\"", "")), Double.parseDouble(fields[2])});
      }
      System.setProperty("java.awt.headless", "true");
      BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 600, 400);
      g.setColor(Color.LIGHT_GRAY);
      for (int x = 60; x <= 580; x += 52) {
        g.drawLine(x, 20, x, 360);
      }
      for (int y = 20; y <= 360; y += 34) {
        g.drawLine(60, y, 580, y);
      }
      g.setColor(Color.BLACK);
      g.drawString("Year", 300, 390);
      g.drawString("Mean", 10, 190);
      g.drawString("Global Temperature", 440, 15);
      if (!points.isEmpty()) {
        double minX = points.stream().mapToDouble(p -> p[0]).min().getAsDouble();
        double maxX = points.stream().mapToDouble(p -> p[0]).max().getAsDouble();
        double minY = points.stream().mapToDouble(p -> p[1]).min().getAsDouble();
        double maxY = points.stream().mapToDouble(p -> p[1]).max().getAsDouble();
        g.setColor(new Color(0x94, 0x00, 0xd3));
        g.setStroke(new BasicStroke(2));
        for (int i = 1; i < points.size(); i++) {
          double[] a = points.get(i - 1);
          double[] b = points.get(i);
          g.drawLine(x(a[0], minX, maxX), y(a[1], minY, maxY), x(b[0], minX, maxX), y(b[1], minY, maxY));
        }
      }
      g.dispose();
      Path written = OUT.resolve("assets/global-temp.png.part");
      ImageIO.write(image, "png", written.toFile());
      Files.move(written, PLOT, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Writes the report's files, as upstream's shell script does (its {@code cowsay "hello world"} drawn in
     * Java), having put the input file where {@code gnuplot} reads it; hands them over once the plot,
     * which the report shows, is there (upstream's outputs are saved once every container has ended).
     */
    @Script(after = "setup")
    public static Report main(@Http("https://datahub.io/core/global-temp/r/annual.csv") Path temps)
        throws IOException, InterruptedException {
      Files.copy(temps, IN.resolve("annual.csv.part"), StandardCopyOption.REPLACE_EXISTING);
      Files.move(IN.resolve("annual.csv.part"), CSV, StandardCopyOption.ATOMIC_MOVE);
      Files.writeString(OUT.resolve("hello.txt"), """
           _____________
          < hello world >
           -------------
                  \\   ^__^
                   \\  (oo)\\_______
                      (__)\\       )\\/\\
                          ||----w |
                          ||     ||
          """);
      Files.writeString(OUT.resolve("hello.json"), "{\"hello\": {\"world\": true}} \n");
      Files.writeString(OUT.resolve("assets/styles.css"), "* {font-family: sans-serif}\n");
      Files.writeString(OUT.resolve("index.html"), """
          <html>
            <head>
              <link rel='stylesheet' href='assets/styles.css' type='text/css'/>
            </head>
            <body>
              <h1>Global Temperature</h1>
              <img src='assets/global-temp.png'/>
            </body>
          </html>
          """);
      Files.writeString(OUT.resolve("malicious.html"), """
          <html>
            <body>
              <script>alert(1)</script>
              <p>This page attempts to run a script that shows an alert, but the Argo Server UI Content-Security-Policy will prevent that.</p>
              <p>To check, open your Web Console and see that "Blocked script execution ... because the document's frame is sandboxed." (or similar) is printed.</p>
            </body>
          </html>
          """);
      waitFor(PLOT);
      Path hello = OUT.resolve("hello.txt");
      return new Report(hello, OUT.resolve("hello.json"), OUT.resolve("assets/styles.css"), OUT.resolve("malicious.html"),
          OUT, hello, OUT);
    }
  }

  /** Waits up to five minutes for a file another container of the pod writes whole (by renaming it). */
  static void waitFor(Path file) throws IOException, InterruptedException {
    Instant giveUp = Instant.now().plus(Duration.ofMinutes(5));
    while (!Files.exists(file)) {
      if (Instant.now().isAfter(giveUp)) {
        throw new IOException(file + " was not written within five minutes");
      }
      Thread.sleep(100);
    }
  }

  private static int x(double value, double min, double max) {
    return 60 + (int) Math.round((value - min) / Math.max(max - min, 1e-9) * 520);
  }

  private static int y(double value, double min, double max) {
    return 360 - (int) Math.round((value - min) / Math.max(max - min, 1e-9) * 340);
  }
}
