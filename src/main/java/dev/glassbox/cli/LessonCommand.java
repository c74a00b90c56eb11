package dev.glassbox.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;

/** {@code glassbox lesson}: the stepper in lesson mode, a few sentences of why at every step. */
@Command(
    name = "lesson",
    mixinStandardHelpOptions = true,
    description = {
      "A guided lesson on one image: the stepper with a few sentences at every step saying what the"
          + " quantity means, why it is computed now and what to look at, with this image's numbers.",
      "It ends with the update and whether it lowered this image's cost (→ shows it; r takes another"
          + " step, z resets). The key t turns the sentences off and on; every step key of `step` works.",
      "Opens the window; with --text, or where there is no display, in the terminal."
    })
final class LessonCommand extends StepCommand {
  LessonCommand() {
    super();
  }

  /** With the keys read from {@code in} (tests pass a fake stdin). */
  LessonCommand(InputStream in) {
    super(in);
  }

  @Override
  boolean lesson() {
    return true;
  }
}
