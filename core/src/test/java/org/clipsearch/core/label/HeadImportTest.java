package org.clipsearch.core.label;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Python converters of tools/ (import_sklearn_head.py, import_torch_head.py) on a pickle and a state dict that
 * the test makes with Debian's scikit-learn and PyTorch: the head file they write must give the probabilities the
 * original gives. Skipped, saying so, where /usr/bin/python3 lacks python3-sklearn or python3-torch.
 */
class HeadImportTest {

  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final Path TOOLS = Path.of("../tools");
  private static final Path TINY_CLIP = Path.of("src/test/resources/models/tiny-clip");

  private static final String SKLEARN = """
      import json, pickle, sys
      import numpy as np
      from sklearn.linear_model import LogisticRegression
      out, classes, solver = sys.argv[1], int(sys.argv[2]), sys.argv[3]
      rng = np.random.default_rng(0)
      x = rng.normal(size=(200, 32)); x /= np.linalg.norm(x, axis=1, keepdims=True)
      names = np.array(['akker', 'haven', 'strand', 'brug'][:classes])
      y = names[np.argmax(x[:, :classes], axis=1)]
      model = LogisticRegression(C=0.65, max_iter=10000, solver=solver).fit(x, y)
      pickle.dump(model, open(out + '/model.sav', 'wb'))
      probes = rng.normal(size=(5, 32)); probes /= np.linalg.norm(probes, axis=1, keepdims=True)
      json.dump({'probes': probes.tolist(), 'probabilities': model.predict_proba(probes).tolist()},
                open(out + '/expected.json', 'w'))
      """;

  private static final String TORCH = """
      import json, sys, torch
      out = sys.argv[1]
      torch.manual_seed(0)
      head = torch.nn.Sequential(torch.nn.Linear(32, 16), torch.nn.ReLU(), torch.nn.Linear(16, 3))
      torch.save(head.state_dict(), out + '/head.pt')
      open(out + '/labels.tsv', 'w').write('motif\\timages\\nHug\\t1\\nKiss\\t2\\nLine\\t3\\n')
      probes = torch.nn.functional.normalize(torch.randn(5, 32), dim=1)
      with torch.no_grad():
          expected = torch.sigmoid(head(probes))
      json.dump({'probes': probes.tolist(), 'probabilities': expected.tolist()}, open(out + '/expected.json', 'w'))
      """;

  @TempDir
  static Path dir;

  private static ClipModel model;

  @BeforeAll
  static void open() throws Exception {
    model = ClipModel.open(TINY_CLIP, new ModelOptions(1, ModelOptions.Device.CPU));
  }

  @AfterAll
  static void close() {
    model.close();
  }

  private static void requirePython(String module) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(PYTHON), "skipped: no /usr/bin/python3 for the converters in tools/");
    Assumptions.assumeTrue(run(List.of(PYTHON.toString(), "-c", "import " + module)).isEmpty(),
        "skipped: /usr/bin/python3 has no " + module + " (apt-get install python3-" + module + ")");
  }

  /** Runs a command; its output when it fails, else empty. */
  private static String run(List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "python", ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("python finished in time").isTrue();
    return process.exitValue() == 0 ? "" : Files.readString(log);
  }

  private static void python(String script, String... args) throws Exception {
    var command = new ArrayList<>(List.of(PYTHON.toString(), "-c", script));
    command.addAll(List.of(args));
    assertThat(run(command)).as("python output").isEmpty();
  }

  private static void tool(String script, String... args) throws Exception {
    var command = new ArrayList<>(List.of(PYTHON.toString(), TOOLS.resolve(script).toString()));
    command.addAll(List.of(args));
    assertThat(run(command)).as(script + " output").isEmpty();
  }

  private static void assertSameProbabilities(Path head, Path expected) throws Exception {
    HeadFile file = HeadFile.read(head);
    file.requireModel(model, head);
    JsonNode json = new ObjectMapper().readTree(expected.toFile());
    for (int i = 0; i < json.get("probes").size(); i++) {
      float[] probe = new float[32];
      for (int d = 0; d < 32; d++) {
        probe[d] = json.get("probes").get(i).get(d).floatValue();
      }
      float[] p = file.head().probabilities(Embedding.of(probe));
      for (int k = 0; k < p.length; k++) {
        assertThat((double) p[k]).isCloseTo(json.get("probabilities").get(i).get(k).asDouble(), within(1e-5));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"4 lbfgs", "2 lbfgs", "2 liblinear"})
  void a_scikit_learn_logistic_regression_becomes_a_softmax_head_with_its_probabilities(String setting)
      throws Exception {
    requirePython("sklearn");
    Path work = Files.createDirectories(dir.resolve("sklearn-" + setting.replace(' ', '-')));
    String[] parts = setting.split(" ");
    python(SKLEARN, work.toString(), parts[0], parts[1]);

    tool("import_sklearn_head.py", "--pickle", work.resolve("model.sav").toString(), "--model", TINY_CLIP.toString(), "--set", "scene",
        "--out", work.resolve("scene.json").toString());

    HeadFile head = HeadFile.read(work.resolve("scene.json"));
    assertThat(head.kind()).isEqualTo("softmax");
    assertThat(head.head().labelSet().labels()).hasSize(Integer.parseInt(parts[0])).contains("akker", "haven");
    assertSameProbabilities(work.resolve("scene.json"), work.resolve("expected.json"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"motif"})
  void a_pytorch_state_dict_of_the_papers_head_becomes_a_sigmoid_mlp_head_with_its_probabilities(String set)
      throws Exception {
    requirePython("torch");
    Path work = Files.createDirectories(dir.resolve("torch"));
    python(TORCH, work.toString());

    tool("import_torch_head.py", "--state-dict", work.resolve("head.pt").toString(), "--labels", work.resolve("labels.tsv").toString(),
        "--model", TINY_CLIP.toString(), "--set", set, "--out", work.resolve("motif.json").toString());

    HeadFile head = HeadFile.read(work.resolve("motif.json"));
    assertThat(head.kind()).isEqualTo("sigmoid-mlp");
    assertThat(head.head().labelSet().labels()).containsExactly("Hug", "Kiss", "Line");
    assertSameProbabilities(work.resolve("motif.json"), work.resolve("expected.json"));
  }
}
