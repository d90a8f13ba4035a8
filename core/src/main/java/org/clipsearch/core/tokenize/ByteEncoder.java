package org.clipsearch.core.tokenize;

/**
 * GPT-2's {@code bytes_to_unicode}: a reversible map from each of the 256 byte values to one printable
 * character, so that byte-level BPE can work on strings without whitespace or control characters.
 *
 * <p>The printable Latin-1 bytes ({@code !}..{@code ~}, {@code ¡}..{@code ¬}, {@code ®}..{@code ÿ}) map
 * to themselves; the other 68 bytes map, in increasing order, to U+0100 onwards. The CLIP vocabulary
 * starts with these 256 characters in exactly this order: printable bytes first, then the others.
 */
final class ByteEncoder {

  /** Number of byte values, and so of single-byte tokens at the start of the vocabulary. */
  static final int BYTES = 256;

  private static final int[] BYTE_AT_POSITION = new int[BYTES];
  private static final char[] CHAR_OF_BYTE = new char[BYTES];

  static {
    int position = 0;
    for (int b = 0; b < BYTES; b++) {
      if (printable(b)) {
        BYTE_AT_POSITION[position++] = b;
        CHAR_OF_BYTE[b] = (char) b;
      }
    }
    int extra = 0;
    for (int b = 0; b < BYTES; b++) {
      if (!printable(b)) {
        BYTE_AT_POSITION[position++] = b;
        CHAR_OF_BYTE[b] = (char) (BYTES + extra++);
      }
    }
  }

  private ByteEncoder() {
  }

  private static boolean printable(int b) {
    return (b >= '!' && b <= '~') || (b >= '¡' && b <= '¬') || (b >= '®' && b <= 'ÿ');
  }

  /** The character that stands for {@code unsignedByte} (0..255). */
  static char charOf(int unsignedByte) {
    return CHAR_OF_BYTE[unsignedByte];
  }

  /** The byte value whose character is token {@code position} (0..255) of the reference vocabulary. */
  static int byteAt(int position) {
    return BYTE_AT_POSITION[position];
  }
}
