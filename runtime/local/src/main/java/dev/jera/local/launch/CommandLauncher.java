package dev.jera.local.launch;

import dev.jera.local.Phase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs a step whose command is not Jera's runner (a {@code container} template, or a script for another
 * interpreter) as a process of this machine, in the step's folder of the run's record, with the command
 * as written: the image is not pulled, so the executable must be installed here. When it is not, the
 * attempt fails with a line saying so, as the container would fail to find it in its image.
 */
public final class CommandLauncher implements StepLauncher {

  @Override
  public AttemptOutcome launch(StepLaunch launch) throws InterruptedException {
    String kind = launch.container() ? "container step '" : "script step '";
    if (launch.argv().isEmpty()) {
      return new AttemptOutcome(Phase.FAILED, null, null, kind + launch.step()
          + "' has no command, and the local executor cannot know the entrypoint of its image"
          + (launch.image() == null ? "" : " " + launch.image()));
    }
    String executable = launch.argv().get(0);
    String path = launch.environment().getOrDefault("PATH", System.getenv("PATH"));
    String found = find(executable, path);
    if (found == null) {
      return new AttemptOutcome(Phase.FAILED, null, null, kind + launch.step() + "' runs '" + executable
          + "', which is not installed on this machine" + (launch.image() == null ? "" : " (image " + launch.image() + ")"));
    }
    List<String> command = new ArrayList<>(launch.argv());
    command.set(0, found);
    return ProcessStep.run(command, launch, launch.folder().toFile());
  }

  /**
   * The executable {@code name} as the shell finds it: a path as given when it names one, else the
   * first match in the folders of {@code path} (with Windows' extensions there); {@code null} if none.
   */
  public static String find(String name, String path) {
    if (name.contains("/") || name.contains(File.separator)) {
      Path file = Path.of(name).toAbsolutePath();
      return Files.isRegularFile(file) && Files.isExecutable(file) ? file.toString() : null;
    }
    List<String> extensions = new ArrayList<>(List.of(""));
    if (ProcessStep.WINDOWS) {
      String pathExt = System.getenv("PATHEXT");
      for (String extension : (pathExt == null ? ".COM;.EXE;.BAT;.CMD" : pathExt).split(";")) {
        extensions.add(extension.toLowerCase(Locale.ROOT));
      }
    }
    for (String folder : (path == null ? "" : path).split(File.pathSeparator)) {
      if (folder.isEmpty()) {
        continue;
      }
      for (String extension : extensions) {
        Path file = Path.of(folder, name + extension);
        if (Files.isRegularFile(file) && Files.isExecutable(file)) {
          return file.toAbsolutePath().toString();
        }
      }
    }
    return null;
  }
}
