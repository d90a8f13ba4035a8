package org.clipsearch.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A matrix in a file of its own, row after row, no header: little-endian float32 vectors or int32 neighbour ids, as
 * numpy's {@code tofile} writes and {@code fromfile} reads them, so that the Python peers read the same bytes. Read
 * through a memory map shared by every thread.
 *
 * @param segment the mapped file
 * @param columns values per row
 */
record VectorFile(MemorySegment segment, int columns) {

  private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

  /** Maps {@code file} for reading for as long as the JVM runs. */
  static VectorFile open(Path file, int columns) throws IOException {
    try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
      MemorySegment segment = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size(), Arena.global());
      if (segment.byteSize() % (4L * columns) != 0) {
        throw new IOException(file + " does not hold rows of " + columns + " values: " + segment.byteSize() + " bytes");
      }
      return new VectorFile(segment, columns);
    }
  }

  int rows() {
    return (int) (segment.byteSize() / (4L * columns));
  }

  /** Row {@code row} as floats. */
  float[] floats(int row) {
    float[] values = new float[columns];
    MemorySegment.copy(segment, FLOAT, 4L * columns * row, values, 0, columns);
    return values;
  }

  /** The first {@code n} values of row {@code row} as ints. */
  int[] ints(int row, int n) {
    int[] values = new int[n];
    MemorySegment.copy(segment, INT, 4L * columns * row, values, 0, n);
    return values;
  }

  /** Writes float rows to a new file, through a buffer. */
  static final class Writer implements AutoCloseable {

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);

    Writer(Path file) throws IOException {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE);
    }

    void write(float[] row) throws IOException {
      if (buffer.remaining() < 4 * row.length) {
        drain();
      }
      buffer.asFloatBuffer().put(row);
      buffer.position(buffer.position() + 4 * row.length);
    }

    private void drain() throws IOException {
      buffer.flip();
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      buffer.clear();
    }

    @Override
    public void close() throws IOException {
      drain();
      channel.close();
    }
  }
}
