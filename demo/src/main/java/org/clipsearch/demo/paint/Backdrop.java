package org.clipsearch.demo.paint;

import org.clipsearch.demo.world.ObjectKind;

import java.util.Map;

/**
 * What a painted background tells the object painter: where the ground, the water and the air are, and, for
 * a few kinds, a strip of their own (trains stand on the rails).
 */
record Backdrop(Band ground, Band water, Band air, Map<ObjectKind, Band> own) {

  Backdrop(Band ground, Band water, Band air) {
    this(ground, water, air, Map.of());
  }

  /** The strip objects of {@code kind} stand in. */
  Band bandFor(ObjectKind kind) {
    var band = own.get(kind);
    if (band != null) {
      return band;
    }
    return switch (kind.habitat()) {
      case GROUND -> ground;
      case WATER -> water;
      case AIR -> air;
    };
  }
}
