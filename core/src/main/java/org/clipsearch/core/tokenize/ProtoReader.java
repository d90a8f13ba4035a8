package org.clipsearch.core.tokenize;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the protocol buffers wire format field by field: varints, 32-bit fixed values and length-delimited bytes,
 * which is all a SentencePiece {@code .model} file uses. Unknown fields are skipped by their wire type.
 */
final class ProtoReader {

  static final int VARINT = 0;
  static final int FIXED64 = 1;
  static final int LENGTH_DELIMITED = 2;
  static final int FIXED32 = 5;

  private final byte[] bytes;
  private final int end;
  private int position;
  private int tag;

  ProtoReader(byte[] bytes) {
    this(bytes, 0, bytes.length);
  }

  private ProtoReader(byte[] bytes, int from, int end) {
    this.bytes = bytes;
    this.position = from;
    this.end = end;
  }

  /** Moves to the next field; false at the end of the message. */
  boolean next() {
    if (position >= end) {
      return false;
    }
    tag = (int) varint();
    return true;
  }

  int field() {
    return tag >>> 3;
  }

  int wireType() {
    return tag & 7;
  }

  long varint() {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      byte b = take();
      value |= (long) (b & 0x7f) << shift;
      if (b >= 0) {
        return value;
      }
    }
    throw new IllegalArgumentException("malformed varint at byte " + position);
  }

  int int32() {
    return (int) varint();
  }

  boolean bool() {
    return varint() != 0;
  }

  float fixed32Float() {
    int bits = (take() & 0xff) | (take() & 0xff) << 8 | (take() & 0xff) << 16 | (take() & 0xff) << 24;
    return Float.intBitsToFloat(bits);
  }

  byte[] bytes() {
    int length = length();
    byte[] out = Arrays.copyOfRange(bytes, position, position + length);
    position += length;
    return out;
  }

  String string() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /** The current length-delimited field as a message of its own. */
  ProtoReader message() {
    int length = length();
    ProtoReader inner = new ProtoReader(bytes, position, position + length);
    position += length;
    return inner;
  }

  /** Skips the current field's value. */
  void skip() {
    switch (wireType()) {
      case VARINT -> varint();
      case FIXED64 -> advance(8);
      case LENGTH_DELIMITED -> advance(length());
      case FIXED32 -> advance(4);
      default -> throw new IllegalArgumentException("unsupported wire type " + wireType() + " at byte " + position);
    }
  }

  private int length() {
    long length = varint();
    if (length < 0 || length > end - position) {
      throw new IllegalArgumentException("field length " + length + " runs past the message at byte " + position);
    }
    return (int) length;
  }

  private void advance(int count) {
    if (count > end - position) {
      throw new IllegalArgumentException("truncated message at byte " + position);
    }
    position += count;
  }

  private byte take() {
    if (position >= end) {
      throw new IllegalArgumentException("truncated message at byte " + position);
    }
    return bytes[position++];
  }
}
