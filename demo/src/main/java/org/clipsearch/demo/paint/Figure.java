package org.clipsearch.demo.paint;

import java.awt.Color;

/**
 * A person to paint: where the feet are, how tall, which way the figure faces, what it wears and how it holds
 * its arms. Arm angles are degrees from hanging down: 0 hangs, 90 points sideways, 180 points up; the left arm
 * is the one on the picture's left.
 *
 * @param lean degrees the whole figure tilts about its feet, positive to the right
 */
record Figure(double x, double base, double height, Facing facing, Color clothes, boolean dress,
    double leftArm, double rightArm, double lean, boolean striding, Color skin, Color hair) {

  /** Which way a figure faces the camera. */
  enum Facing { FRONT, BACK, LEFT, RIGHT }

  static Figure standing(double x, double base, double height, Facing facing, Color clothes) {
    return new Figure(x, base, height, facing, clothes, false, 10, 10, 0, false, Palette.SKIN, Palette.HAIR);
  }

  Figure arms(double left, double right) {
    return new Figure(x, base, height, facing, clothes, dress, left, right, lean, striding, skin, hair);
  }

  Figure leaning(double degrees) {
    return new Figure(x, base, height, facing, clothes, dress, leftArm, rightArm, degrees, striding, skin, hair);
  }

  Figure inDress() {
    return new Figure(x, base, height, facing, clothes, true, leftArm, rightArm, lean, striding, skin, hair);
  }

  Figure walking() {
    return new Figure(x, base, height, facing, clothes, dress, leftArm, rightArm, lean, true, skin, hair);
  }

  Figure colored(Color newSkin, Color newHair) {
    return new Figure(x, base, height, facing, clothes, dress, leftArm, rightArm, lean, striding, newSkin, newHair);
  }

  /** Where the hand of the left ({@code left}) or right arm ends, ignoring lean. */
  double[] hand(boolean left) {
    double angle = Math.toRadians(left ? leftArm : rightArm);
    double shoulderX = x + (left ? -1 : 1) * 0.12 * height;
    double shoulderY = base - 0.75 * height;
    double reach = 0.36 * height;
    return new double[] {shoulderX + (left ? -1 : 1) * Math.sin(angle) * reach,
        shoulderY + Math.cos(angle) * reach};
  }
}
