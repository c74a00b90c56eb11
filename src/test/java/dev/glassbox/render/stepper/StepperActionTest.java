package dev.glassbox.render.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one table of the stepper's controls is whole, unambiguous, and what the help and the docs show. */
class StepperActionTest {
  @Test
  void everyActionHasALabelADescriptionAndAKey() {
    for (StepperAction a : StepperAction.values()) {
      assertFalse(a.label().isBlank(), a + " label");
      assertFalse(a.description().isBlank(), a + " description");
      assertFalse(a.keys().isEmpty(), a + " keys");
      for (String k : a.keys()) {
        boolean oneChar = k.length() == 1 && !Character.isUpperCase(k.charAt(0)) && k.charAt(0) > ' ';
        assertTrue(oneChar || StepperAction.NAMED_KEYS.contains(k), a + ": key \"" + k + "\"");
      }
    }
  }

  @Test
  void noTwoActionsShareAKeyAndEachKeyFindsItsAction() {
    Map<String, StepperAction> seen = new HashMap<>();
    for (StepperAction a : StepperAction.values()) {
      for (String k : a.keys()) {
        StepperAction other = seen.put(k, a);
        assertNull(other, "key " + k + " is both " + other + " and " + a);
        assertEquals(a, StepperAction.forKey(k));
      }
    }
    assertEquals(StepperAction.NEXT_IMAGE, StepperAction.forKey("N"), "letters in either case");
    assertNull(StepperAction.forKey("~"));
  }

  @Test
  void theHelpOverlayListsEveryActionWithItsKeysAndDescription() {
    List<String[]> rows = HelpOverlay.rows();
    for (StepperAction a : StepperAction.values()) {
      assertTrue(rows.stream().anyMatch(r -> r[0].equals(a.key()) && r[1].equals(a.description())), a.toString());
    }
    // did it help?: r repeats the step, z resets the weights, the key 'a' took "random" from r
    assertTrue(rows.stream().anyMatch(r -> r[0].equals("r") && r[1].startsWith("did it help? one more SGD step")));
    assertTrue(rows.stream().anyMatch(r -> r[0].equals("z") && r[1].startsWith("reset the weights to the model's")));
    assertEquals(StepperAction.RANDOM_IMAGE, StepperAction.forKey("a"));
    assertEquals(1, rows.stream().filter(r -> r[1].equals("this help")).count(),
        "only the help action says \"this help\"");
  }

  @Test
  void theDocsKeyTableListsEveryActionsKeysAndDescription() throws Exception {
    String doc = Files.readString(Path.of("docs/sketches.md"));
    for (StepperAction a : StepperAction.values()) {
      String row = "| " + a.key().replace("|", "\\|") + " | " + a.description().replace("|", "\\|") + " |";
      assertTrue(doc.contains(row), "docs/sketches.md lacks the row " + row);
    }
  }
}
