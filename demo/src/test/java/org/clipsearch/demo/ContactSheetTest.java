package org.clipsearch.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContactSheetTest {

  @Test
  void a_sheet_holds_its_pictures_in_rows_of_square_tiles() {
    var picture = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
    var sheet = ContactSheet.of(Collections.nCopies(7, picture), 3, 64);
    assertThat(sheet.getWidth()).isEqualTo(3 * 68 + 4);
    assertThat(sheet.getHeight()).isEqualTo(3 * 68 + 4);
  }

  @Test
  void an_empty_sheet_or_a_tiny_tile_is_refused() {
    assertThatThrownBy(() -> ContactSheet.of(List.of(), 3, 64)).isInstanceOf(IllegalArgumentException.class);
    var picture = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
    assertThatThrownBy(() -> ContactSheet.of(List.of(picture), 3, 4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4 px");
  }
}
