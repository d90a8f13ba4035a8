package org.clipsearch.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.clipsearch.server.error.ApiException;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the expensive handlers (searches: embedding, vector search, facets) on a bounded pool with a time limit.
 * A request that waits for a full queue is refused at once (503, busy); one that runs past the limit is answered
 * 503 when the limit passes.
 */
final class TimeLimit implements AutoCloseable {

  private final ThreadPoolExecutor pool;
  private final Duration limit;

  /**
   * @param threads searches that run at once
   * @param queued  searches that may wait
   * @param limit   longest time a search may take
   */
  TimeLimit(int threads, int queued, Duration limit) {
    this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queued),
        Thread.ofPlatform().name("search-", 0).daemon().factory());
    this.limit = limit;
  }

  /** {@code handler}, run on the pool within the time limit. */
  Handler limited(Handler handler) {
    return ctx -> ctx.future(() -> run(ctx, handler));
  }

  private CompletableFuture<Void> run(Context ctx, Handler handler) {
    try {
      return CompletableFuture.runAsync(() -> {
        try {
          handler.handle(ctx);
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new CompletionException(e);
        }
      }, pool).orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS).exceptionally(e -> {
        Throwable cause = e instanceof CompletionException ? e.getCause() : e;
        if (cause instanceof TimeoutException) {
          throw new ApiException(503, null, "the search took longer than " + limit.toMillis() + " ms");
        }
        throw e instanceof CompletionException c ? c : new CompletionException(e);
      });
    } catch (RejectedExecutionException e) {
      throw new ApiException(503, null, "the server is busy: try again in a moment");
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
