package org.clipsearch.core.label.train;

import org.clipsearch.core.label.SigmoidMlpHead;
import org.clipsearch.core.label.SoftmaxHead;
import org.clipsearch.core.model.ModelFingerprint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeadTrainingTest {

  private static final ModelFingerprint MODEL = new ModelFingerprint("sha256:" + "ab".repeat(32));

  private static TrainingPlan quickMlp(long seed) {
    return TrainingPlan.defaults(HeadKind.SIGMOID_MLP).withValidation(0.2, seed)
        .withSigmoidMlp(new SigmoidMlpSettings(32, MotifLoss.PAPER, 40, 1e-2, 16, 0.5f));
  }

  @Test
  void a_softmax_head_learns_separable_labels_and_reports_its_validation() {
    var data = Synthetic.singleLabel(300, 5, 0.2, 1);

    var result = HeadTraining.train("scene", Synthetic.labels(5), data, TrainingPlan.defaults(HeadKind.SOFTMAX)
        .withSoftmax(new SoftmaxSettings(100, 10_000, 1e-4)), MODEL, "synthetic");

    assertThat(result.file().head()).isInstanceOf(SoftmaxHead.class);
    assertThat(((SingleLabelEvaluation) result.validation()).accuracy()).isGreaterThan(0.95);
    assertThat(result.file().training()).containsEntry("kind", "softmax").containsEntry("C", 100.0)
        .containsEntry("training_images", 240).containsEntry("validation_images", 60).containsKey("iterations");
    assertThat(result.file().evaluation()).containsKey("accuracy");
  }

  @Test
  void a_sigmoid_mlp_head_learns_primary_labels_and_reaches_the_papers_figures_on_easy_data() {
    var data = Synthetic.multiLabel(400, 4, 0.25, 2);

    var result = HeadTraining.train("motif", Synthetic.labels(4), data, quickMlp(7), MODEL, "synthetic");

    var evaluation = (MultiLabelEvaluation) result.validation();
    assertThat(result.file().head()).isInstanceOf(SigmoidMlpHead.class);
    assertThat(evaluation.all().f1()).isGreaterThan(0.91);
    assertThat(evaluation.all().maximumAccuracy()).isGreaterThan(0.946);
    assertThat(result.file().training()).containsEntry("secondary_target", 0.5).containsEntry("epochs", 40);
  }

  @Test
  void training_twice_with_one_seed_gives_the_same_head_and_another_seed_another() {
    var data = Synthetic.multiLabel(200, 4, 0.3, 3);
    var labels = Synthetic.labels(4);

    var first = (SigmoidMlpHead) HeadTraining.fit("motif", labels, data, quickMlp(11)).head();
    var again = (SigmoidMlpHead) HeadTraining.fit("motif", labels, data, quickMlp(11)).head();
    var other = (SigmoidMlpHead) HeadTraining.fit("motif", labels, data, quickMlp(12)).head();

    assertThat(again.hiddenWeight()).isDeepEqualTo(first.hiddenWeight());
    assertThat(again.outputBias()).containsExactly(first.outputBias());
    assertThat(other.hiddenWeight()).isNotEqualTo(first.hiddenWeight());
    var softmax = TrainingPlan.defaults(HeadKind.SOFTMAX);
    var s1 = (SoftmaxHead) HeadTraining.fit("scene", labels, Synthetic.singleLabel(100, 4, 0.3, 4), softmax).head();
    var s2 = (SoftmaxHead) HeadTraining.fit("scene", labels, Synthetic.singleLabel(100, 4, 0.3, 4), softmax).head();
    assertThat(s2.weight()).isDeepEqualTo(s1.weight());
  }

  @Test
  void the_labels_of_a_head_are_the_vocabularys_in_its_order_or_the_annotated_ones_sorted() {
    var data = Synthetic.singleLabel(6, 3, 0.1, 5);
    var vocabulary = org.clipsearch.core.label.LabelSet.singleLabel("scene", List.of("label2", "label1", "label0",
        "extra"));

    assertThat(HeadTraining.labels(data.annotations(), vocabulary)).containsExactly("label2", "label1", "label0",
        "extra");
    assertThat(HeadTraining.labels(data.annotations(), null)).containsExactly("label0", "label1", "label2");
    var tooSmall = org.clipsearch.core.label.LabelSet.singleLabel("scene", List.of("label0"));
    assertThatThrownBy(() -> HeadTraining.labels(data.annotations(), tooSmall)).hasMessageContaining("'label1'")
        .hasMessageContaining("does not have");
  }
}
