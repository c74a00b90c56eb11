package dev.glassbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed THIRD-PARTY.txt is the list the build generated from the resolved dependencies
 * (license-maven-plugin, into the jar's META-INF), and every licence in it has its text in the
 * repository (and so in the jar): Apache-2.0 in LICENSE, the others in licenses/, naming each
 * component they cover.
 */
class ThirdPartyNoticesTest {
  private static final Path COMMITTED = Path.of("THIRD-PARTY.txt");
  // "     (MIT) progressbar (me.tongfei:progressbar:0.10.1 - http://...)"
  private static final Pattern ENTRY = Pattern.compile("^\\s+\\((.+?)\\) .* \\(([^ :()]+):([^ :()]+):[^ :()]+ - .*\\)$");

  private static String generated() throws IOException {
    try (InputStream in = ThirdPartyNoticesTest.class.getResourceAsStream("/META-INF/THIRD-PARTY.txt")) {
      assertNotNull(in, "the build did not generate META-INF/THIRD-PARTY.txt (license-maven-plugin)");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
  }

  // licence name -> "group:artifact" of the components under it
  private static Map<String, Set<String>> byLicence(String list) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (String line : list.split("\n")) {
      Matcher m = ENTRY.matcher(line);
      if (m.matches()) {
        out.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2) + ":" + m.group(3));
      }
    }
    return out;
  }

  @Test
  void theCommittedListIsTheGeneratedOne() throws IOException {
    assertEquals(generated(), Files.readString(COMMITTED).replace("\r\n", "\n"),
        "THIRD-PARTY.txt is out of date: copy target/classes/META-INF/THIRD-PARTY.txt (made by this build"
            + " from the resolved dependencies) to THIRD-PARTY.txt and commit it");
  }

  @Test
  void everyShippedComponentIsListedWithOneLicence() throws IOException {
    String list = generated();
    Map<String, Set<String>> licences = byLicence(list);
    int entries = licences.values().stream().mapToInt(Set::size).sum();
    Matcher count = Pattern.compile("Lists of (\\d+) third-party dependencies").matcher(list);
    assertTrue(count.find(), list);
    assertEquals(Integer.parseInt(count.group(1)), entries, "every entry has one licence:\n" + list);
    assertTrue(licences.get("LGPL-2.1-only").contains("org.processing:core"), list);
    assertFalse(list.contains("junit"), "test dependencies are not shipped:\n" + list);
    assertFalse(list.contains("jlatexmath-font-greek"), "the plain-GPL Greek text font is left out:\n" + list);
  }

  @Test
  void everyLicenceHasItsTextNamingItsComponents() throws IOException {
    Map<String, Set<String>> licences = byLicence(generated());
    assertTrue(Files.readString(Path.of("LICENSE")).contains("Apache License\n                           Version 2.0"));
    Set<String> texts = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("licenses"))) {
      files.forEach(f -> texts.add(f.getFileName().toString()));
    }
    Set<String> needed = new TreeSet<>();
    for (Map.Entry<String, Set<String>> e : licences.entrySet()) {
      if (e.getKey().equals("Apache-2.0")) {
        continue; // LICENSE, the project's own
      }
      Path text = Path.of("licenses", e.getKey() + ".txt");
      needed.add(text.getFileName().toString());
      assertTrue(Files.exists(text), e.getKey() + " (" + e.getValue() + ") has no text in " + text);
      String head = Files.readString(text);
      for (String component : e.getValue()) {
        assertTrue(head.contains(component), text + " does not name " + component);
      }
    }
    assertEquals(needed, texts, "licenses/ holds exactly the texts of the shipped licences");
  }
}
