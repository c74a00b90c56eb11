package dev.glassbox.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A choice a user names by a short id, on the command line and in model files: an enum constant
 * whose id is its name in lower case with dashes ({@code LOG_LIKELIHOOD} is "log-likelihood").
 * {@link #parse} reads an id back, the one reader for every such enum, and names the valid ids
 * when it does not know one.
 */
public interface Named {
  /** The constant's name (every enum has it). */
  String name();

  /** The id on the command line and in files: the name in lower case, '_' written '-'. */
  default String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Other ids read as this one (the book's word, an older name); none unless a type says so. */
  default List<String> aliases() {
    return List.of();
  }

  /** Every id of {@code type}, in declaration order (the choices offered to a user). */
  static <E extends Enum<E> & Named> List<String> ids(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Named::id).toList();
  }

  /**
   * The constant of {@code type} with this id or alias: case, surrounding blanks and '_' for '-'
   * do not matter.
   *
   * @param what the kind in words, for the error ("cost", "activation")
   * @throws IllegalArgumentException naming the text and listing the ids
   */
  static <E extends Enum<E> & Named> E parse(Class<E> type, String what, String text) {
    String t = text.trim().replace('_', '-').toLowerCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.id().equals(t) || e.aliases().contains(t)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + what + " \"" + text + "\" (expected one of "
        + String.join(", ", ids(type)) + ")");
  }
}
