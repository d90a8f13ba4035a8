package org.clipsearch.core.label.train;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MultiLabelEvaluationTest {

  private static final List<String> LABELS = List.of("A", "B", "C");
  private static final List<Float> HALF = List.of(0.5f, 0.5f, 0.5f);

  private static Annotation image(String name, List<String> primary, List<String> secondary, Tier tier) {
    return new Annotation(Path.of(name), primary, secondary, tier);
  }

  /*
   * image  GT     SM   tier       p              O       P    R    P(w/SM) R(w/SM) MA exact
   * 1      {A}         canonical  .9 .6 .1       {A,B}   1/2  1    1/2     1       1  no
   * 2      {B}    {C}  red flag   .2 .4 .7       {C}     0    0    1       1/2     0  no
   * 3      {A,C}       standard   .3 .2 .1       {}      0    0    0       0       1  no
   * 4      {C}         standard   .1 .1 .95      {C}     1    1    1       1       1  yes
   * 5      {}          -          .1 .1 .1       {}      (no primary label: counted apart)
   */
  private static final List<Annotation> IMAGES = List.of(
      image("1", List.of("A"), List.of(), Tier.CANONICAL),
      image("2", List.of("B"), List.of("C"), Tier.RED_FLAG),
      image("3", List.of("A", "C"), List.of(), Tier.STANDARD),
      image("4", List.of("C"), List.of(), Tier.STANDARD),
      image("5", List.of(), List.of(), Tier.STANDARD));
  private static final float[][] PROBABILITIES = {
      {0.9f, 0.6f, 0.1f}, {0.2f, 0.4f, 0.7f}, {0.3f, 0.2f, 0.1f}, {0.1f, 0.1f, 0.95f}, {0.1f, 0.1f, 0.1f}};

  private final MultiLabelEvaluation evaluation = MultiLabelEvaluation.of("motif", LABELS, IMAGES, PROBABILITIES,
      HALF);

  @Test
  void example_based_precision_and_recall_use_the_standard_denominators_and_an_empty_prediction_scores_zero() {
    assertThat(evaluation.all().images()).isEqualTo(4);
    assertThat(evaluation.all().precision()).isCloseTo((0.5 + 0 + 0 + 1) / 4, within(1e-12));
    assertThat(evaluation.all().recall()).isCloseTo((1 + 0 + 0 + 1) / 4.0, within(1e-12));
    assertThat(evaluation.all().f1()).isCloseTo(2 * 0.375 * 0.5 / 0.875, within(1e-12));
  }

  @Test
  void f1_with_secondary_labels_counts_them_correct() {
    assertThat(evaluation.all().f1WithSecondary()).isCloseTo(0.625, within(1e-12));
  }

  @Test
  void maximum_accuracy_asks_whether_the_top_label_is_a_primary_one_and_exact_match_wants_the_whole_set() {
    assertThat(evaluation.all().maximumAccuracy()).isCloseTo(0.75, within(1e-12));
    assertThat(evaluation.all().exactMatch()).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void red_flag_and_canonical_images_are_scored_on_their_own() {
    assertThat(evaluation.redFlag().images()).isEqualTo(1);
    assertThat(evaluation.redFlag().f1()).isZero();
    assertThat(evaluation.redFlag().f1WithSecondary()).isCloseTo(2 * 1 * 0.5 / 1.5, within(1e-12));
    assertThat(evaluation.redFlag().maximumAccuracy()).isZero();
    assertThat(evaluation.canonical().images()).isEqualTo(1);
    assertThat(evaluation.canonical().f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
    assertThat(evaluation.canonical().maximumAccuracy()).isEqualTo(1.0);
  }

  @Test
  void images_without_a_primary_label_are_counted_apart() {
    assertThat(evaluation.images()).isEqualTo(5);
    assertThat(evaluation.unlabelled()).isEqualTo(1);
    assertThat(evaluation.unlabelledPredictedNone()).isEqualTo(1.0);
  }

  @Test
  void per_label_figures_count_primary_labels_over_all_images() {
    assertThat(evaluation.perLabel()).containsExactly(
        new LabelFigures("A", 1.0, 0.5, 2 * 0.5 / 1.5, 2),
        new LabelFigures("B", 0.0, 0.0, 0.0, 1),
        new LabelFigures("C", 0.5, 0.5, 0.5, 2));
  }

  @Test
  void the_report_says_which_definitions_it_uses() {
    assertThat(evaluation.toTable()).contains("|O∩GT|/|O|").contains("equation 5").contains("red flag");
    assertThat(evaluation.toJson()).containsKey("definitions");
    assertThat(evaluation.toHtml()).contains("<svg").contains("equation 5");
  }

  @Test
  void a_group_without_images_scores_zero_rather_than_nan() {
    var noTiers = MultiLabelEvaluation.of("motif", LABELS, IMAGES.subList(2, 4),
        new float[][] {PROBABILITIES[2], PROBABILITIES[3]}, HALF);
    assertThat(noTiers.redFlag().images()).isZero();
    assertThat(noTiers.redFlag().f1()).isZero();
  }
}
