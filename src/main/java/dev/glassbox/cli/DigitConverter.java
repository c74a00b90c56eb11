package dev.glassbox.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A digit 0-9 (a class of MNIST), refused while parsing otherwise: a usage error naming the option. */
final class DigitConverter implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String s) {
    int d;
    try {
      d = Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("\"" + s + "\" is not a digit 0-9");
    }
    if (d < 0 || d > 9) {
      throw new TypeConversionException(d + " is not a digit 0-9");
    }
    return d;
  }
}
