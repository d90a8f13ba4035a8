package org.clipsearch.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The interface text: both languages say everything, and every message the templates ask for exists. */
class MessageBundlesTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
  private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

  private static Properties bundle(String language) throws IOException {
    return bundle("messages", language);
  }

  private static Properties bundle(String name, String language) throws IOException {
    var properties = new Properties();
    try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream("i18n/" + name + "_" + language
        + ".properties")) {
      assertThat(in).as(name + "_" + language).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void english_and_dutch_have_the_same_keys() throws IOException {
    assertThat(new TreeSet<>(bundle("nl").stringPropertyNames()))
        .containsExactlyElementsOf(new TreeSet<>(bundle("en").stringPropertyNames()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "nl"})
  void every_message_is_a_valid_message_format_with_quotes_doubled(String language) throws IOException {
    var messages = bundle(language);
    for (String key : messages.stringPropertyNames()) {
      var message = messages.getProperty(key);
      assertThat(message).as(key).isNotBlank().doesNotContainPattern(LONE_QUOTE);
      assertThat(new MessageFormat(message).toPattern()).as(key).isNotEmpty();
    }
  }

  @Test
  void every_message_a_template_names_exists() throws IOException {
    var keys = bundle("en").stringPropertyNames();
    try (var files = Files.list(TEMPLATES)) {
      for (Path template : files.toList()) {
        var matcher = STATIC_KEY.matcher(Files.readString(template));
        while (matcher.find()) {
          assertThat(keys).as(template.getFileName() + " names #{" + matcher.group(1) + "}").contains(matcher.group(1));
        }
      }
    }
  }

  @Test
  void every_scene_and_motif_has_words_in_both_languages() throws IOException {
    var english = bundle("labels", "en");
    var dutch = bundle("labels", "nl");
    assertThat(new TreeSet<>(dutch.stringPropertyNames())).containsExactlyElementsOf(
        new TreeSet<>(english.stringPropertyNames()));
    assertThat(english.stringPropertyNames().stream().filter(k -> k.startsWith("label.scene."))).hasSize(139);
    assertThat(english.stringPropertyNames().stream().filter(k -> k.startsWith("label.motif."))).hasSize(20);
    assertThat(dutch.stringPropertyNames()).allSatisfy(key -> assertThat(dutch.getProperty(key)).as(key)
        .isNotBlank().doesNotContain("_"));
    assertThat(english.getProperty("label.scene.trein_station")).isEqualTo("train station");
    assertThat(dutch.getProperty("label.scene.trein_station")).isEqualTo("treinstation");
    assertThat(dutch.getProperty("label.motif.Pietà")).isEqualTo("Piëta");
  }
}
