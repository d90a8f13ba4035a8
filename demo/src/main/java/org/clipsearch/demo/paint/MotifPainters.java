package org.clipsearch.demo.paint;

import org.clipsearch.demo.world.Motif;

/** The painter of each motif and how wide its composition is, in heights of a standing adult. */
final class MotifPainters {

  private MotifPainters() {
  }

  static MotifPainter of(Motif motif) {
    return switch (motif) {
      case AUTOGRAPH -> PairMotifs::autograph;
      case BRAWL -> GroupMotifs::brawl;
      case DUEL -> PairMotifs::duel;
      case FACING_THE_IMAGE -> SettingMotifs::facingTheImage;
      case FAMILY_PHOTO -> GroupMotifs::familyPhoto;
      case HANDSHAKE -> PairMotifs::handshake;
      case HORIZON -> SettingMotifs::horizon;
      case HUG -> PairMotifs::hug;
      case KISS -> PairMotifs::kiss;
      case LEADER_WALKS_ALONE -> GroupMotifs::leaderWalksAlone;
      case LINE -> GroupMotifs::line;
      case MAZE -> SettingMotifs::maze;
      case MIRROR -> SettingMotifs::mirror;
      case PEP_TALK -> GroupMotifs::pepTalk;
      case PIETA -> PairMotifs::pieta;
      case PRESIDENTIAL_BOX -> GroupMotifs::presidentialBox;
      case SHADOW -> SettingMotifs::shadow;
      case SIGNING_CONTRACT -> PairMotifs::signingContract;
      case STAIRS -> SettingMotifs::stairs;
      case WOMAN_IN_THE_WINDOW -> SettingMotifs::womanInTheWindow;
    };
  }

  /** The width of the motif's composition over the height of its figures. */
  static double width(Motif motif) {
    return switch (motif) {
      case HUG, KISS -> 0.8;
      case HANDSHAKE, PIETA, AUTOGRAPH, WOMAN_IN_THE_WINDOW -> 1.3;
      case MIRROR, FAMILY_PHOTO, FACING_THE_IMAGE -> 1.4;
      case STAIRS, SIGNING_CONTRACT -> 1.6;
      case PRESIDENTIAL_BOX, PEP_TALK, BRAWL, MAZE, SHADOW -> 2.0;
      case LEADER_WALKS_ALONE, LINE -> 2.4;
      case DUEL, HORIZON -> 2.6;
    };
  }

  /** How tall the composition is over the height of its figures (boxes and windows stand above the heads). */
  static double height(Motif motif) {
    return switch (motif) {
      case PRESIDENTIAL_BOX -> 1.75;
      case WOMAN_IN_THE_WINDOW, FACING_THE_IMAGE -> 1.4;
      case STAIRS -> 1.5;
      default -> 1.1;
    };
  }
}
