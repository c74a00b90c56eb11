package dev.glassbox.cli;

import dev.glassbox.trace.explain.Granularity;
import picocli.CommandLine.ITypeConverter;

/** Reads {@code --granularity layer|neuron}. */
final class GranularityConverter implements ITypeConverter<Granularity> {
  @Override
  public Granularity convert(String value) {
    return Granularity.parse(value);
  }
}
