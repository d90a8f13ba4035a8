package org.clipsearch.core.index;

import org.clipsearch.core.model.ModelFingerprint;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexIdentityTest {

  private static final ModelFingerprint ONE = new ModelFingerprint("sha256:" + "a".repeat(64));
  private static final ModelFingerprint TWO = new ModelFingerprint("sha256:" + "b".repeat(64));

  private static IndexIdentity identity(ModelFingerprint fingerprint, VectorFormat.Encoding encoding) {
    return new IndexIdentity(IndexSchema.VERSION, fingerprint, "tiny-clip", 32, VectorFormat.of(encoding));
  }

  @Test
  void the_identity_round_trips_through_commit_user_data() {
    var identity = new IndexIdentity(1, ONE, "tiny-clip", 32, VectorFormat.of(VectorFormat.Encoding.INT4).withHnsw(24, 80));

    assertThat(IndexIdentity.fromUserData(identity.toUserData())).contains(identity);
    assertThat(IndexIdentity.fromUserData(Map.of("other", "x"))).isEmpty();
  }

  @Test
  void another_model_is_refused_naming_both_fingerprints() {
    var index = identity(ONE, VectorFormat.Encoding.FLOAT);

    assertThatThrownBy(() -> index.requireSameAs(identity(TWO, VectorFormat.Encoding.FLOAT), "index-data/demo"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("index index-data/demo was built with model tiny-clip (aaaaaaaaaaaa, 32 dimensions)")
        .hasMessageContaining("this run uses model tiny-clip (bbbbbbbbbbbb, 32 dimensions)");
  }

  @Test
  void another_vector_format_is_refused_naming_both_formats_but_other_hnsw_parameters_are_accepted() {
    var index = identity(ONE, VectorFormat.Encoding.INT8);

    assertThatThrownBy(() -> index.requireSameAs(identity(ONE, VectorFormat.Encoding.BINARY), "ix"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("index ix stores vectors as int8; this run asks for binary");
    var wider = new IndexIdentity(IndexSchema.VERSION, ONE, "tiny-clip", 32,
        VectorFormat.of(VectorFormat.Encoding.INT8).withHnsw(32, 200));
    index.requireSameAs(wider, "ix");
    assertThat(wider.vectorFormat().maxConn()).isEqualTo(32);
  }

  @Test
  void years_are_read_from_years_months_and_real_dates_only() {
    assertThat(ImageMetadata.yearOf("1963")).hasValue(1963);
    assertThat(ImageMetadata.yearOf("1963-05")).hasValue(1963);
    assertThat(ImageMetadata.yearOf("1963-05-14")).hasValue(1963);
    assertThat(ImageMetadata.yearOf("1963-02-30")).isEmpty();
    assertThat(ImageMetadata.yearOf("circa 1963")).isEmpty();
    assertThat(IndexSchema.decade(1963)).isEqualTo("1960s");
  }
}
