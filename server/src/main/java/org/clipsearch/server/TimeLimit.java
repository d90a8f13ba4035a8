package org.clipsearch.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import org.clipsearch.server.error.ApiException;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The request timeout, over every route: each endpoint's handler runs within the time limit, and one that runs past
 * it is answered 503 when the limit passes. The expensive handlers (searches: embedding, vector search, facets),
 * marked with {@link #limited}, run on a bounded pool, where a request that finds the queue full is refused at once
 * (503, busy); every other handler (details, files, IIIF, pages without a search) runs on a virtual thread of its
 * own. {@link #wrap} is the router's handler wrapper, so a route that is added later is covered too.
 */
final class TimeLimit implements AutoCloseable {

  private final ThreadPoolExecutor searches;
  private final ExecutorService requests;
  private final Duration limit;

  /**
   * @param threads searches that run at once
   * @param queued  searches that may wait
   * @param limit   longest time a request may take
   */
  TimeLimit(int threads, int queued, Duration limit) {
    this.searches = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(queued), Thread.ofPlatform().name("search-", 0).daemon().factory());
    this.requests = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("request-", 0).factory());
    this.limit = limit;
  }

  /** {@code handler}, a search, run on the bounded search pool within the time limit. */
  Handler limited(Handler handler) {
    return new Limited(handler, searches);
  }

  /** The endpoint's handler within the time limit: as it is when already {@link #limited}, or for a filter. */
  Handler wrap(Endpoint endpoint) {
    if (!endpoint.method.isHttpMethod() || endpoint.handler instanceof Limited) {
      return endpoint.handler;
    }
    return new Limited(endpoint.handler, requests);
  }

  /** A handler that runs on {@code executor} and is answered 503 when it takes longer than the limit. */
  private final class Limited implements Handler {

    private final Handler handler;
    private final Executor executor;

    Limited(Handler handler, Executor executor) {
      this.handler = handler;
      this.executor = executor;
    }

    @Override
    public void handle(Context ctx) {
      ctx.future(() -> run(ctx));
    }

    private CompletableFuture<Void> run(Context ctx) {
      try {
        return CompletableFuture.runAsync(() -> {
          try {
            handler.handle(ctx);
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new CompletionException(e);
          }
        }, executor).orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS).exceptionally(e -> {
          Throwable cause = e instanceof CompletionException ? e.getCause() : e;
          if (cause instanceof TimeoutException) {
            throw new ApiException(503, null, "the request took longer than " + limit.toMillis() + " ms");
          }
          throw e instanceof CompletionException c ? c : new CompletionException(e);
        });
      } catch (RejectedExecutionException e) {
        throw new ApiException(503, null, "the server is busy: try again in a moment");
      }
    }
  }

  @Override
  public void close() {
    searches.shutdownNow();
    requests.shutdownNow();
  }
}
