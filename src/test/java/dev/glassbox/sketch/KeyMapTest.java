package dev.glassbox.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.glassbox.render.stepper.StepperAction;
import org.junit.jupiter.api.Test;
import processing.core.PConstants;

/** The window's keys come from the table: every key of every action, as Processing reports it. */
class KeyMapTest {
  // the (key, keyCode) Processing gives for a key of the table
  private static StepperAction press(String name) {
    return switch (name) {
      case StepperAction.ENTER -> KeyMap.action((char) PConstants.ENTER, 10);
      case StepperAction.SPACE -> KeyMap.action(' ', 32);
      case StepperAction.RIGHT -> KeyMap.action((char) PConstants.CODED, PConstants.RIGHT);
      case StepperAction.LEFT -> KeyMap.action((char) PConstants.CODED, PConstants.LEFT);
      case StepperAction.UP -> KeyMap.action((char) PConstants.CODED, PConstants.UP);
      case StepperAction.DOWN -> KeyMap.action((char) PConstants.CODED, PConstants.DOWN);
      default -> {
        assertEquals(1, name.length(), "a key of the table the test does not know: " + name);
        yield KeyMap.action(name.charAt(0), Character.toUpperCase(name.charAt(0)));
      }
    };
  }

  @Test
  void everyKeyOfTheTableTriggersItsAction() {
    for (StepperAction a : StepperAction.values()) {
      for (String k : a.keys()) {
        assertEquals(a, press(k), "key " + k);
      }
    }
  }

  @Test
  void upperCaseLettersAndReturnWorkOtherKeysDoNothing() {
    assertEquals(StepperAction.PREVIOUS_IMAGE, KeyMap.action('P', 'P'));
    assertEquals(StepperAction.NEXT, KeyMap.action((char) PConstants.RETURN, 13));
    assertEquals(StepperAction.QUIT, KeyMap.action('q', 'Q'));
    assertNull(KeyMap.action('~', 192));
    assertNull(KeyMap.action((char) PConstants.CODED, 36)); // Home
  }
}
