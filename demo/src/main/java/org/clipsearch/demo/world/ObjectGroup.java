package org.clipsearch.demo.world;

/** Some objects of one kind and colour in a picture: "three red boats". */
public record ObjectGroup(ObjectKind kind, int count, NamedColor color) {

  public ObjectGroup {
    if (count < 1 || count > kind.maxCount()) {
      throw new IllegalArgumentException(
          "a picture holds 1 to " + kind.maxCount() + " " + kind.noun(2) + ", not " + count);
    }
    if (!kind.colors().contains(color)) {
      throw new IllegalArgumentException(kind.noun(2) + " come in " + kind.colors() + ", not " + color);
    }
  }
}
