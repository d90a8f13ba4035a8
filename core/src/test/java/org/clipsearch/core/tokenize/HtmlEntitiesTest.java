package org.clipsearch.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected values are what Python's {@code html.unescape} returns for the same input. */
class HtmlEntitiesTest {

  static Stream<Arguments> namedReferences() {
    return Stream.of(
        arguments("&amp;", "&"),
        arguments("&amp;amp;", "&amp;"),
        arguments("&lt;b&gt;", "<b>"),
        arguments("&quot;x&quot;", "\"x\""),
        arguments("&apos;", "'"),
        arguments("&eacute;", "\u00E9"),
        arguments("&nbsp;x", "\u00A0x"),
        arguments("&hellip; &euro; &mdash;", "\u2026 \u20AC \u2014"),
        arguments("&notin;", "\u2209"),
        arguments("&lang;", "\u27E8"),
        arguments("&AMP;", "&"));
  }

  static Stream<Arguments> legacyNamesWithoutSemicolon() {
    return Stream.of(
        arguments("&eacute", "\u00E9"),
        arguments("&Eacute", "\u00C9"),
        arguments("&AMP", "&"),
        arguments("&eacutex", "\u00E9x"),
        arguments("&ampx;", "&x;"),
        arguments("&notit;", "\u00ACit;"),
        arguments("&copy2015", "\u00A92015"));
  }

  static Stream<Arguments> numericReferences() {
    return Stream.of(
        arguments("&#39;", "'"),
        arguments("&#x27;", "'"),
        arguments("&#X27;", "'"),
        arguments("&#0039", "'"),
        arguments("&#x1F6B2;", "\uD83D\uDEB2"),
        arguments("&#128690;", "\uD83D\uDEB2"),
        arguments("&#128;", "\u20AC"),
        arguments("&#x80;", "\u20AC"),
        arguments("&#150;", "\u2013"),
        arguments("&#x81;", "\u0081"),
        arguments("&#13;", "\r"),
        arguments("&#0;", "\uFFFD"),
        arguments("&#xD800;", "\uFFFD"),
        arguments("&#1114112;", "\uFFFD"),
        arguments("&#99999999999999999999;", "\uFFFD"),
        arguments("&#1;", ""),
        arguments("&#11;", ""),
        arguments("&#127;", ""),
        arguments("&#xFDD0;", ""),
        arguments("&#x1FFFE;", ""));
  }

  static Stream<Arguments> textLeftAlone() {
    return Stream.of(
        arguments("no references"),
        arguments("&"),
        arguments("& amp;"),
        arguments("&;"),
        arguments("&#"),
        arguments("&#;"),
        arguments("&#x;"),
        arguments("&#xg;"),
        arguments("&#a;"),
        arguments("AT&T"),
        arguments("fish&chips"),
        arguments("&unknown;"),
        arguments("&Amp;"),
        arguments("&lang"),
        arguments("&abcdefghijklmnopqrstuvwxyzabcdefghij;"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("namedReferences")
  void replaces_named_references(String text, String expected) {
    assertThat(HtmlEntities.unescape(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("legacyNamesWithoutSemicolon")
  void replaces_legacy_names_without_semicolon_even_as_a_prefix(String text, String expected) {
    assertThat(HtmlEntities.unescape(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numericReferences")
  void replaces_numeric_references_with_the_html5_fix_ups(String text, String expected) {
    assertThat(HtmlEntities.unescape(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textLeftAlone")
  void leaves_text_that_is_no_reference_as_it_is(String text) {
    assertThat(HtmlEntities.unescape(text)).isEqualTo(text);
  }

  @Test
  void replaces_every_reference_in_one_pass_only() {
    assertThat(HtmlEntities.unescape("a &amp;lt; b &#38;#38; c &lt;&gt"))
        .isEqualTo("a &lt; b &#38; c <>");
  }
}
