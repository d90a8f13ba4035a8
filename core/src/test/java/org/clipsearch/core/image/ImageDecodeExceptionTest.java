package org.clipsearch.core.image;

import org.clipsearch.core.image.ImageDecodeException.Reason;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class ImageDecodeExceptionTest {

  @Test
  void the_message_names_the_source_the_reason_and_the_detail() {
    var e = new ImageDecodeException("scan_0001.tif", Reason.TOO_MANY_PIXELS,
        "100000 x 100000 = 10000 megapixels, limit 400 megapixels", null);

    assertThat(e).hasMessage("scan_0001.tif: too many pixels: 100000 x 100000 = 10000 megapixels, limit 400 megapixels");
    assertThat(e.source()).isEqualTo("scan_0001.tif");
    assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_PIXELS);
  }

  @Test
  void without_detail_the_message_is_the_source_and_the_reason() {
    var cause = new IOException("gone");

    var e = new ImageDecodeException("upload.jpg", Reason.NOT_FOUND, "", cause);

    assertThat(e).hasMessage("upload.jpg: no such file").hasCause(cause);
  }
}
