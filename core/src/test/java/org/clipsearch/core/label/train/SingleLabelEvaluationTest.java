package org.clipsearch.core.label.train;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SingleLabelEvaluationTest {

  /*
   * truth  p(a, b, c)      predicted
   * a      .7 .2 .1        a
   * a      .3 .6 .1        b
   * b      .1 .8 .1        b
   * c      .5 .1 .4        a
   * c      .1 .2 .7        c
   */
  private final SingleLabelEvaluation evaluation = SingleLabelEvaluation.of("scene", List.of("a", "b", "c"),
      new int[] {0, 0, 1, 2, 2}, new float[][] {
          {0.7f, 0.2f, 0.1f}, {0.3f, 0.6f, 0.1f}, {0.1f, 0.8f, 0.1f}, {0.5f, 0.1f, 0.4f}, {0.1f, 0.2f, 0.7f}});

  @Test
  void accuracy_is_the_share_of_images_whose_top_label_is_true() {
    assertThat(evaluation.accuracy()).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void the_confusion_matrix_has_truth_in_rows_and_predictions_in_columns() {
    assertThat(evaluation.confusion()).isDeepEqualTo(new int[][] {{1, 1, 0}, {0, 1, 0}, {1, 0, 1}});
  }

  @Test
  void per_label_figures_are_counted_from_the_confusion_matrix() {
    assertThat(evaluation.perLabel()).containsExactly(
        new LabelFigures("a", 0.5, 0.5, 0.5, 2),
        new LabelFigures("b", 0.5, 1.0, 2 * 0.5 / 1.5, 1),
        new LabelFigures("c", 1.0, 0.5, 2 * 0.5 / 1.5, 2));
  }

  @Test
  void macro_averages_weigh_labels_equally_and_weighted_averages_by_support() {
    assertThat(evaluation.macro().precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(evaluation.macro().recall()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(evaluation.macro().f1()).isCloseTo((0.5 + 2.0 / 3 + 2.0 / 3) / 3, within(1e-12));
    assertThat(evaluation.weighted().precision()).isCloseTo((2 * 0.5 + 0.5 + 2 * 1.0) / 5, within(1e-12));
    assertThat(evaluation.weighted().recall()).isCloseTo(0.6, within(1e-12));
    assertThat(evaluation.weighted().f1()).isCloseTo((2 * 0.5 + 2.0 / 3 + 2 * 2.0 / 3) / 5, within(1e-12));
  }

  @Test
  void top_5_accuracy_counts_the_true_label_among_the_five_most_probable() {
    var labels = List.of("a", "b", "c", "d", "e", "f", "g");
    var fifth = SingleLabelEvaluation.of("scene", labels, new int[] {4, 5},
        new float[][] {{.3f, .2f, .15f, .12f, .1f, .08f, .05f}, {.3f, .2f, .15f, .12f, .1f, .08f, .05f}});
    assertThat(fifth.top5()).isCloseTo(0.5, within(1e-12));
    assertThat(fifth.accuracy()).isZero();
  }

  @Test
  void a_label_never_predicted_has_precision_zero_and_a_label_absent_everywhere_stays_out_of_the_macro_average() {
    var labels = List.of("a", "b", "c");
    var e = SingleLabelEvaluation.of("scene", labels, new int[] {0, 1},
        new float[][] {{.9f, .05f, .05f}, {.9f, .05f, .05f}});
    assertThat(e.perLabel().get(1)).isEqualTo(new LabelFigures("b", 0, 0, 0, 1));
    assertThat(e.macro().recall()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void the_report_shows_every_figure() {
    assertThat(evaluation.toTable()).contains("accuracy 0.6000").contains("top-5 accuracy 1.0000")
        .contains("macro avg").contains("weighted avg");
    assertThat(evaluation.toJson()).containsKeys("accuracy", "top5_accuracy", "per_label", "confusion_matrix");
    assertThat(HtmlReport.page("t", "p", List.of(evaluation))).contains("<svg").contains("Confusion matrix");
  }

  @Test
  void probabilities_and_truth_of_different_counts_are_refused() {
    assertThatThrownBy(() -> SingleLabelEvaluation.of("scene", List.of("a"), new int[] {0}, new float[0][]))
        .hasMessageContaining("1 images and 0 probability rows");
  }
}
