package org.clipsearch.bench.soak;

/**
 * One verdict of a soak: what was checked, whether it held, and the figures or the first counter-examples.
 *
 * @param judged false when the run was too short to judge it (then it neither passes nor fails the soak)
 */
record Check(String name, boolean passed, boolean judged, String detail) {

  static Check of(String name, boolean passed, String detail) {
    return new Check(name, passed, true, detail);
  }

  static Check notJudged(String name, String why) {
    return new Check(name, true, false, why);
  }

  String line() {
    return "%-5s %s: %s".formatted(!judged ? "--" : passed ? "ok" : "FAIL", name, detail);
  }
}
