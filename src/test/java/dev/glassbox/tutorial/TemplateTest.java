package dev.glassbox.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholders are filled innermost first, unknown ones fail with the line, braces survive. */
class TemplateTest {
  private final Values values = Map.of("j", "7", "z:2:7", "1.5", "x", "{{not scanned}}")::get;

  @Test
  void fillsNestedPlaceholdersInnermostFirst() {
    assertEquals("z = 1.5 for neuron 7", Template.fill("t", "z = {{z:2:{{j}}}} for neuron {{j}}", values));
  }

  @Test
  void threeBracesAreALiteralBraceAndAPlaceholder() {
    assertEquals("w^2_{7,7}", Template.fill("t", "w^2_{{{j}},{{j}}}", values));
  }

  @Test
  void valuesAreNotScannedAgain() {
    assertEquals("{{not scanned}}", Template.fill("t", "{{x}}", values));
  }

  @Test
  void anUnknownKeyNamesTheTemplateAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Template.fill("02-forward.md", "a\nb {{nope}}", values));
    assertTrue(e.getMessage().contains("02-forward.md line 2: unknown placeholder {{nope}}"), e.getMessage());
  }
}
