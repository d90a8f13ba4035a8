package org.clipsearch.server;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

import java.time.Duration;

/**
 * Closes a connection that has not sent a whole request head within the deadline after it opened: a slow client
 * that sends its headers a byte at a time (slowloris) keeps the idle timeout from ever firing, and would otherwise
 * keep its connection for as long as it likes. It holds no worker meanwhile (Jetty parses headers without one),
 * but connections are a bounded resource too.
 */
final class HeaderDeadline implements Connection.Listener {

  private final Scheduler scheduler;
  private final Duration deadline;

  HeaderDeadline(Scheduler scheduler, Duration deadline) {
    this.scheduler = scheduler;
    this.deadline = deadline;
  }

  @Override
  public void onOpened(Connection connection) {
    scheduler.schedule(() -> {
      if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
        connection.getEndPoint().close();
      }
    }, deadline);
  }
}
