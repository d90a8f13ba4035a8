package org.clipsearch.cli;

import java.util.concurrent.CountDownLatch;

/**
 * Ctrl-C (or a TERM) for a command that runs until stopped: {@link #await} blocks the command's thread until the
 * signal interrupts it, and the JVM's shutdown then waits until this is closed, so that what the command opened in
 * the same try-with-resources (declared after this) is closed first.
 *
 * <pre>{@code
 * try (var signal = new StopSignal("clipsearch-serve-shutdown"); var server = open()) {
 *   signal.await();
 * }
 * }</pre>
 */
final class StopSignal implements AutoCloseable {

  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread hook;
  private boolean interrupted;

  StopSignal(String name) {
    Thread running = Thread.currentThread();
    hook = new Thread(() -> {
      running.interrupt();
      try {
        closed.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, name);
  }

  /**
   * Blocks until the signal comes (or the thread is interrupted). The interrupt flag is set again only by
   * {@link #close}, so that the resources closed before it are closed by a thread that is not interrupted.
   */
  void await() {
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      interrupted = true;
    }
  }

  /** Lets the JVM's shutdown go on, and sets the interrupt flag again if {@link #await} was interrupted. */
  @Override
  public void close() {
    closed.countDown();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
