package dev.glassbox.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A count of at least 1 (runs at once, epochs to average, rounds), refused while parsing otherwise:
 * a usage error naming the option, checked here once instead of in every command.
 */
final class CountConverter implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String s) {
    int n;
    try {
      n = Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("\"" + s + "\" is not a whole number");
    }
    if (n < 1) {
      throw new TypeConversionException("must be at least 1, got " + n);
    }
    return n;
  }
}
