package dev.glassbox.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.glassbox.training.Hyperparameter;
import dev.glassbox.training.TrainingConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The studio's controls offer what {@link Hyperparameter} defines, starting at its defaults. */
class StudioChoicesTest {
  @Test
  void selectorsOfferTheOneDefinitionsChoices() {
    StudioControls controls = new StudioControls(new StudioSettings(), Path.of("out/m.safetensors"));
    int selectors = 0;
    for (Hyperparameter h : StudioSettings.SHOWN) {
      assertEquals(h.choices(), controls.options(h), h.id());
      selectors += h.choices().isEmpty() ? 0 : 1;
    }
    assertFalse(selectors == 0, "the studio shows at least one selector");
  }

  @Test
  void untouchedControlsGiveTheDefaultConfiguration() {
    StudioSettings s = new StudioControls(new StudioSettings(), Path.of("m")).settings();
    for (Hyperparameter h : StudioSettings.SHOWN) {
      assertEquals(h.defaultText(), s.get(h), h.id());
    }
    assertEquals(TrainingConfig.nielsen(), s.config());
  }

  @Test
  void theStatusHasRoomForFourLinesInTheSmallestWindow() {
    // the line that says how a run ended is four lines long at most; below that room Processing
    // draws nothing at all (it did, once the schedule, patience, dropout and augment rows came in)
    StudioControls controls = new StudioControls(new StudioSettings(), Path.of("out/m.safetensors"));
    assertTrue(controls.statusRoom(StudioSketch.MIN_HEIGHT) >= 4 * 16, "room " + controls.statusRoom(StudioSketch.MIN_HEIGHT));
  }
}
