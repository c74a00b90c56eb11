package dev.glassbox.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glassbox.data.Augment;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.training.Schedule;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every enum a user names by id reads back through the one {@link Named#parse}. */
class NamedTest {
  private static final List<Class<? extends Enum<?>>> TYPES =
      List.of(Activation.class, Cost.class, Init.class, Schedule.class, Augment.class);

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object parse(Class<? extends Enum<?>> type, String text) {
    return Named.parse((Class) type, "thing", text);
  }

  @Test
  void everyIdReadsBackWhateverItsCaseAndDashes() {
    for (Class<? extends Enum<?>> type : TYPES) {
      for (Enum<?> e : type.getEnumConstants()) {
        String id = ((Named) e).id();
        assertEquals(e.name().toLowerCase(Locale.ROOT).replace('_', '-'), id);
        assertEquals(e, parse(type, id));
        assertEquals(e, parse(type, " " + e.name() + " "), "upper case, underscores, blanks");
      }
    }
    assertEquals(Cost.LOG_LIKELIHOOD, Cost.parse("Log_Likelihood"));
  }

  @Test
  void aliasesAreReadButNotListed() {
    assertEquals(Init.GAUSSIAN, Init.parse("normal"));
    assertEquals(Init.ZEROS, Init.parse("ZERO"));
    assertEquals(List.of("gaussian", "scaled", "zeros"), Named.ids(Init.class));
  }

  @Test
  void anUnknownIdIsNamedWithTheValidOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schedule.parse("linear"));
    assertEquals("unknown schedule \"linear\" (expected one of constant, plateau, step, cosine)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Activation.parse("swish"));
    assertEquals("unknown activation \"swish\" (expected one of " + String.join(", ", Named.ids(Activation.class))
        + ")", e.getMessage());
  }
}
