package org.clipsearch.demo.paint;

import org.clipsearch.demo.world.ObjectKind;

/** The painter of each object kind, side on; {@link AerialPainters} paints the few kinds seen from the air. */
final class ObjectPainters {

  private ObjectPainters() {
  }

  static ObjectPainter sideOn(ObjectKind kind) {
    return switch (kind) {
      case BOAT -> VehiclePainters::boat;
      case SAILBOAT -> VehiclePainters::sailboat;
      case CAR -> VehiclePainters::car;
      case BUS -> VehiclePainters::bus;
      case TRUCK -> VehiclePainters::truck;
      case TRAIN -> VehiclePainters::train;
      case AEROPLANE -> VehiclePainters::aeroplane;
      case BICYCLE -> VehiclePainters::bicycle;
      case HOUSE -> BuildingPainters::house;
      case CHURCH -> BuildingPainters::church;
      case WINDMILL -> BuildingPainters::windmill;
      case TOWER -> BuildingPainters::tower;
      case CHIMNEY -> BuildingPainters::chimney;
      case TENT -> BuildingPainters::tent;
      case MARKET_STALL -> BuildingPainters::marketStall;
      case FERRIS_WHEEL -> BuildingPainters::ferrisWheel;
      case CAROUSEL -> BuildingPainters::carousel;
      case GRAVESTONE -> BuildingPainters::gravestone;
      case BRIDGE -> BuildingPainters::bridge;
      case CRANE -> BuildingPainters::crane;
      case TREE -> AnimalPainters::tree;
      case COW -> AnimalPainters::cow;
      case HORSE -> AnimalPainters::horse;
      case DOG -> AnimalPainters::dog;
      case SWAN -> AnimalPainters::swan;
      case DUCK -> AnimalPainters::duck;
      case PERSON -> ThingPainters::person;
      case PLAYER -> ThingPainters::player;
      case SKATER -> ThingPainters::skater;
      case LAMP_POST -> ThingPainters::lampPost;
      case FLAG -> ThingPainters::flag;
      case KITE -> ThingPainters::kite;
      case BALLOON -> ThingPainters::balloon;
      case UMBRELLA -> ThingPainters::umbrella;
      case BENCH -> ThingPainters::bench;
      case FOOTBALL_GOAL -> ThingPainters::footballGoal;
    };
  }
}
