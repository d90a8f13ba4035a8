package org.clipsearch.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ByteEncoderTest {

  @Test
  void maps_printable_latin1_bytes_to_themselves() {
    assertThat(ByteEncoder.charOf('a')).isEqualTo('a');
    assertThat(ByteEncoder.charOf('!')).isEqualTo('!');
    assertThat(ByteEncoder.charOf(0xE9)).isEqualTo('\u00E9');
    assertThat(ByteEncoder.charOf(0xA9)).isEqualTo('\u00A9');
  }

  @Test
  void maps_the_other_bytes_in_order_from_u0100() {
    assertThat(ByteEncoder.charOf(0x00)).isEqualTo('\u0100');
    assertThat(ByteEncoder.charOf(' ')).isEqualTo('\u0120');
    assertThat(ByteEncoder.charOf(0x7F)).isEqualTo('\u0121');
    assertThat(ByteEncoder.charOf(0xA0)).isEqualTo('\u0142');
    assertThat(ByteEncoder.charOf(0xAD)).isEqualTo('\u0143');
  }

  @Test
  void gives_every_byte_its_own_character() {
    var chars = new HashSet<Character>();
    IntStream.range(0, 256).forEach(b -> chars.add(ByteEncoder.charOf(b)));

    assertThat(chars).hasSize(256);
    assertThat(chars).noneMatch(Character::isWhitespace).noneMatch(Character::isISOControl);
  }

  @Test
  void orders_the_vocabulary_printable_bytes_first() {
    assertThat(ByteEncoder.byteAt(0)).isEqualTo('!');
    assertThat(ByteEncoder.byteAt(64)).isEqualTo('a');
    assertThat(ByteEncoder.byteAt(93)).isEqualTo('~');
    assertThat(ByteEncoder.byteAt(94)).isEqualTo(0xA1);
    assertThat(ByteEncoder.byteAt(187)).isEqualTo(0xFF);
    assertThat(ByteEncoder.byteAt(188)).isEqualTo(0x00);
    assertThat(ByteEncoder.byteAt(255)).isEqualTo(0xAD);
    assertThat(IntStream.range(0, 256).map(ByteEncoder::byteAt).distinct().count()).isEqualTo(256);
  }
}
