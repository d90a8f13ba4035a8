package org.clipsearch.demo.world;

/** Where in a scene an object stands: on the ground, on the water or in the air. */
public enum Habitat { GROUND, WATER, AIR }
