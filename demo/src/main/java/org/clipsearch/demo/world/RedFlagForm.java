package org.clipsearch.demo.world;

/** How a red-flag picture makes its motif hard to see, after the paper's examples. */
public enum RedFlagForm {
  /** Painted small and far off. */
  SMALL,
  /** Partly hidden behind something in the foreground. */
  OCCLUDED,
  /** Coarse and blocky, like an abstract painting of the motif. */
  ABSTRACTED
}
