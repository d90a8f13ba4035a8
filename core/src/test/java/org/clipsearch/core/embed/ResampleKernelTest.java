package org.clipsearch.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

class ResampleKernelTest {

  /** One grey row, resized by PIL 9.4 ({@code Image.fromarray(row, "L").resize((w, 1), filter)}) to the values below. */
  private static final int[] ROW = {0, 255, 0, 255, 0, 255, 10, 200, 30, 90, 255, 255, 0};

  static Stream<Arguments> pilResizes() {
    return Stream.of(
        Arguments.of(ResampleFilter.BICUBIC, new int[] {120, 117, 149}),
        Arguments.of(ResampleFilter.BILINEAR, new int[] {120, 114, 152}),
        Arguments.of(ResampleFilter.BICUBIC, new int[] {112, 130, 118, 120, 169}),
        Arguments.of(ResampleFilter.BICUBIC, new int[] {0, 33, 176, 252, 121, 1, 95, 242, 197, 37, 28, 184, 248, 118,
            10, 85, 193, 159, 56, 26, 56, 109, 193, 255, 255, 255, 158, 30, 0}),
        Arguments.of(ResampleFilter.BILINEAR, new int[] {0, 44, 158, 237, 123, 9, 106, 220, 176, 62, 53, 167, 230, 120,
            10, 95, 180, 141, 65, 44, 71, 113, 187, 255, 255, 255, 158, 44, 0}));
  }

  @ParameterizedTest(name = "{0} to {1}")
  @MethodSource("pilResizes")
  void gives_pil_bytes_downscaling_and_upscaling(ResampleFilter filter, int[] expected) {
    var kernel = ResampleKernel.of(filter, ROW.length, expected.length, 0, expected.length);

    assertThat(resize(kernel, expected.length)).containsExactly(expected);
  }

  @Test
  void a_window_gives_the_same_pixels_as_the_whole_resize() {
    var whole = ResampleKernel.of(ResampleFilter.BICUBIC, ROW.length, 29, 0, 29);
    var window = ResampleKernel.of(ResampleFilter.BICUBIC, ROW.length, 29, 10, 7);

    for (int i = 0; i < 7; i++) {
      assertThat(window.convolve(i, grey(ROW), 0, 1)).isEqualTo(whole.convolve(10 + i, grey(ROW), 0, 1));
    }
    assertThat(window.inputStart()).isPositive();
    assertThat(window.inputEnd()).isLessThan(ROW.length);
  }

  @Test
  void an_unchanged_size_copies_the_window() {
    var kernel = ResampleKernel.of(ResampleFilter.BICUBIC, ROW.length, ROW.length, 3, 5);
    int[] samples = {0x123456, 0xABCDEF, 0x000000, 0xFFFFFF, 0x7F8081, 0x010203, 0xFEFDFC, 0x808080};

    for (int i = 0; i < 5; i++) {
      assertThat(kernel.convolve(i, samples, 0, 1)).isEqualTo(samples[3 + i]);
    }
    assertThat(kernel.inputStart()).isEqualTo(3);
    assertThat(kernel.inputEnd()).isEqualTo(8);
  }

  @Test
  void downscaling_widens_the_filter_with_the_factor() {
    var kernel = ResampleKernel.of(ResampleFilter.BICUBIC, 400, 100, 50, 1);

    // centre 202, support 2 * 4 = 8 input pixels either side
    assertThat(kernel.inputStart()).isEqualTo(194);
    assertThat(kernel.inputEnd()).isEqualTo(210);
  }

  @Test
  void reads_samples_with_a_step_and_offset() {
    var kernel = ResampleKernel.of(ResampleFilter.BILINEAR, 2, 1, 0, 1);
    int[] column = {-1, 0x00FF10, -1, 0xFF0020, -1};

    // PIL: 2 -> 1 bilinear averages with weights 1/2 and rounds half up: (0 + 255) / 2 -> 128
    assertThat(kernel.convolve(0, column, 1, 2)).isEqualTo(0x808018);
  }

  private static int[] resize(ResampleKernel kernel, int width) {
    int[] out = new int[width];
    int[] samples = grey(ROW);
    for (int i = 0; i < width; i++) {
      out[i] = kernel.convolve(i, samples, 0, 1) & 0xFF;
    }
    return out;
  }

  private static int[] grey(int[] values) {
    int[] packed = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      packed[i] = values[i] * 0x010101;
    }
    return packed;
  }
}
