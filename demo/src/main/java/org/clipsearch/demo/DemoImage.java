package org.clipsearch.demo;

import java.awt.image.BufferedImage;

import org.clipsearch.demo.caption.ArchiveRecord;
import org.clipsearch.demo.world.ImageFormat;

/** One demo picture: its pixels, what it shows, how the archive catalogues it and the format it is saved in. */
public record DemoImage(BufferedImage image, GroundTruth truth, ArchiveRecord record, ImageFormat format) {
}
