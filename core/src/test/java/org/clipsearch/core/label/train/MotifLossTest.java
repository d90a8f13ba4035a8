package org.clipsearch.core.label.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MotifLossTest {

  private static final List<String> LABELS = List.of("Hug", "Kiss", "Line");
  private static final double[] LOGITS = {2, -1, 0};

  private static Annotation hugWithKissInTheBackground(Tier tier) {
    return new Annotation(Path.of("a.jpg"), List.of("Hug"), List.of("Kiss"), tier);
  }

  @Test
  void targets_are_one_for_a_primary_label_smt_for_a_secondary_one_and_zero_otherwise() {
    assertThat(new MotifLoss(0.25, 0.5, 2).targets(hugWithKissInTheBackground(Tier.STANDARD), LABELS))
        .containsExactly(1f, 0.25f, 0f);
  }

  /*
   * By hand, with softplus(z) = log(1 + e^z) and BCE(z, t) = softplus(z) - z t:
   *   Hug  z=2,  t=1:   2.126928011 - 2     = 0.126928011
   *   Kiss z=-1, t=0.5: 0.313261687 + 0.5   = 0.813261688
   *   Line z=0,  t=0:   0.693147181         = 0.693147181
   *   mean = 1.633336880 / 3 = 0.544445626, times the weight of the tier.
   */
  @ParameterizedTest
  @CsvSource({"STANDARD, 0.544445626", "CANONICAL, 1.088891253", "RED_FLAG, 0.272222813"})
  void the_loss_is_the_mean_binary_cross_entropy_times_the_tier_weight(Tier tier, double expected) {
    MotifLoss loss = MotifLoss.PAPER;
    Annotation image = hugWithKissInTheBackground(tier);

    double value = MotifLoss.loss(LOGITS, loss.targets(image, LABELS), loss.weight(image.tier()));

    assertThat(value).isCloseTo(expected, within(1e-8));
  }

  @Test
  void the_gradient_is_the_weighted_sigmoid_error_over_the_label_count() {
    double[] gradient = new double[3];
    MotifLoss.addGradient(LOGITS, new float[] {1, 0.5f, 0}, 2.0, 1.0, gradient);

    // 2 * (sigmoid(z) - t) / 3: sigmoid(2) = 0.880797078, sigmoid(-1) = 0.268941421, sigmoid(0) = 0.5
    assertThat(gradient[0]).isCloseTo(2 * (0.880797078 - 1) / 3, within(1e-8));
    assertThat(gradient[1]).isCloseTo(2 * (0.268941421 - 0.5) / 3, within(1e-8));
    assertThat(gradient[2]).isCloseTo(2 * 0.5 / 3, within(1e-8));
  }

  @Test
  void the_gradient_matches_the_loss_by_finite_differences() {
    float[] targets = {1, 0.5f, 0};
    double[] gradient = new double[3];
    MotifLoss.addGradient(LOGITS, targets, 0.5, 1.0, gradient);
    for (int j = 0; j < 3; j++) {
      double[] up = LOGITS.clone();
      double[] down = LOGITS.clone();
      up[j] += 1e-6;
      down[j] -= 1e-6;
      double numeric = (MotifLoss.loss(up, targets, 0.5) - MotifLoss.loss(down, targets, 0.5)) / 2e-6;
      assertThat(gradient[j]).isCloseTo(numeric, within(1e-7));
    }
  }

  @Test
  void weights_follow_the_tier() {
    var loss = new MotifLoss(0.5, 0.75, 1.5);
    assertThat(loss.weight(Tier.RED_FLAG)).isEqualTo(0.75);
    assertThat(loss.weight(Tier.STANDARD)).isEqualTo(1.0);
    assertThat(loss.weight(Tier.CANONICAL)).isEqualTo(1.5);
  }

  @ParameterizedTest
  @CsvSource({"-0.1, 0.5, 2, SMT", "1.1, 0.5, 2, SMT", "0.5, 0, 2, RFW", "0.5, 1.5, 2, RFW", "0.5, 0.5, 0.9, CW"})
  void out_of_range_settings_are_refused_by_name(double smt, double rfw, double cw, String named) {
    assertThatThrownBy(() -> new MotifLoss(smt, rfw, cw)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(named);
  }

  @Test
  void a_label_the_head_does_not_have_is_refused() {
    var image = new Annotation(Path.of("a.jpg"), List.of("Duel"), List.of(), Tier.STANDARD);
    assertThatThrownBy(() -> MotifLoss.PAPER.targets(image, LABELS)).hasMessageContaining("'Duel'")
        .hasMessageContaining("Hug");
  }
}
