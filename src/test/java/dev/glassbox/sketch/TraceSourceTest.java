package dev.glassbox.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glassbox.data.Dataset;
import org.junit.jupiter.api.Test;

/** A stepper's title says which set its image is from, and which rule chose the default one. */
class TraceSourceTest {
  @Test
  void aTrainingImageIsTitledAsOne() {
    Dataset train = TinySources.images("train", 5, 1);
    assertEquals("training image 3 · label " + train.label(3), TinySources.source(train).title(3));
    Dataset validation = TinySources.images("validation", 5, 2);
    assertEquals("validation image 4 · label " + validation.label(4), TinySources.source(validation).title(4));
  }

  @Test
  void theDefaultExampleSaysWhyItWasChosen() {
    Dataset test = TinySources.images("test", 5, 3);
    TraceSource source = TinySources.source(test);
    assertEquals("test image 0 · label " + test.label(0), source.title(0), "before the rule ran");
    int pick = source.defaultExample().index();
    assertEquals("test image " + pick + " · label " + test.label(pick) + " · the first with C > 0.1", source.title(pick));
    int other = (pick + 1) % test.size();
    assertEquals("test image " + other + " · label " + test.label(other), source.title(other));
  }
}
