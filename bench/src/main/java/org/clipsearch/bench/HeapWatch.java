package org.clipsearch.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Watches the heap of this JVM while a long job runs, in steps of its progress (e.g. every 1,000 images):
 *
 * <ul>
 *   <li>heap used, sampled every few milliseconds: its peak per step and overall, garbage included;</li>
 *   <li>heap used after each collection the JVM made by itself (GC notifications): its peak per step;</li>
 *   <li>live heap at the end of each step: heap used after a full collection asked for there
 *       ({@link System#gc()}), which is what the job really holds at that point.</li>
 * </ul>
 * Flat live heap over the steps is what bounded queues promise.
 */
final class HeapWatch implements AutoCloseable {

  /** One step of the job, ending at {@code label} (e.g. "3,000 images"); bytes. */
  record Step(String label, long peakUsed, long peakAfterGc, long liveAtEnd, long collections) {
  }

  /** The cause a collection asked for by {@link System#gc()} reports. */
  private static final String OWN_CAUSE = "System.gc()";

  private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP)
      .map(MemoryPoolMXBean::getName)
      .collect(Collectors.toUnmodifiableSet());

  private final LongSupplier progress;
  private final long stepSize;
  private final long sampleMillis;
  private final List<Step> steps = new ArrayList<>();
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong stepPeakUsed = new AtomicLong();
  private final AtomicLong stepPeakAfterGc = new AtomicLong();
  private final AtomicLong stepCollections = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  private final AtomicLong collectionMillis = new AtomicLong();
  private final NotificationListener gcListener = this::collected;
  private final Thread sampler;
  private volatile boolean running = true;

  /**
   * Starts watching.
   *
   * @param progress     how far the job is, e.g. images done
   * @param stepSize     progress per step
   * @param sampleMillis how often heap used is read
   */
  HeapWatch(LongSupplier progress, long stepSize, long sampleMillis) {
    this.progress = progress;
    this.stepSize = stepSize;
    this.sampleMillis = sampleMillis;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(gcListener, null, null);
    }
    this.sampler = Thread.ofPlatform().name("heap-watch").daemon(true).start(this::sample);
  }

  private void sample() {
    long nextStep = stepSize;
    while (running) {
      record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
      if (progress.getAsLong() >= nextStep) {
        endStep(String.format("%,d", nextStep));
        nextStep += stepSize;
      }
      try {
        Thread.sleep(sampleMillis);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void record(long used) {
    peakUsed.accumulateAndGet(used, Math::max);
    stepPeakUsed.accumulateAndGet(used, Math::max);
  }

  /** Closes a step with the live heap: heap used after a full collection asked for here. */
  private void endStep(String label) {
    record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    System.gc();
    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    synchronized (steps) {
      steps.add(new Step(label, stepPeakUsed.getAndSet(0), stepPeakAfterGc.getAndSet(0), live,
          stepCollections.getAndSet(0)));
    }
  }

  /** A collection the JVM made for the job (its own ones, asked for at each step, are left out). */
  private void collected(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    if (OWN_CAUSE.equals(info.getGcCause())) {
      return;
    }
    record(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
    stepPeakAfterGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
    stepCollections.incrementAndGet();
    collections.incrementAndGet();
    collectionMillis.addAndGet(info.getGcInfo().getDuration());
  }

  private static long heapUsed(Map<String, MemoryUsage> pools) {
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
      if (HEAP_POOLS.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    return used;
  }

  /** The steps so far. */
  List<Step> steps() {
    synchronized (steps) {
      return List.copyOf(steps);
    }
  }

  /** Peak heap used over the whole job: sampled, and just before each of its collections. */
  long peakUsed() {
    return peakUsed.get();
  }

  /** The job's collections (not the watch's own full ones). */
  long collections() {
    return collections.get();
  }

  /** Their summed duration. */
  long collectionMillis() {
    return collectionMillis.get();
  }

  /** Stops watching, closing a last step labelled {@code "end"} for what came after the last full step. */
  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.interrupt();
    sampler.join();
    endStep("end");
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      try {
        ((NotificationEmitter) gc).removeNotificationListener(gcListener);
      } catch (ListenerNotFoundException e) {
        throw new IllegalStateException("the GC listener was not registered on " + gc.getName(), e);
      }
    }
  }
}
