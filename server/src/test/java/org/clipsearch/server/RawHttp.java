package org.clipsearch.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for requests that a proper client refuses to send (raw {@code ..} segments, broken
 * percent escapes, truncated bodies, lying headers): writes the bytes as given and reads the answer until the
 * server closes the connection, within a read timeout, so a server that hangs fails the test instead of stalling it.
 */
final class RawHttp {

  /** An answer: its status and its head and body as text. */
  record Answer(int status, String head, String body) {

    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return null;
    }
  }

  private final int port;
  private final int timeoutMillis;

  RawHttp(int port, int timeoutMillis) {
    this.port = port;
    this.timeoutMillis = timeoutMillis;
  }

  /** {@code method target} with {@code Host} and {@code Connection: close}, the extra header lines and the body. */
  Answer send(String method, String target, String headers, byte[] body) throws IOException {
    var request = new ByteArrayOutputStream();
    request.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
        + headers + (body.length > 0 && !headers.toLowerCase().contains("content-length")
        ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    request.writeBytes(body);
    return exchange(request.toByteArray());
  }

  Answer get(String target) throws IOException {
    return send("GET", target, "", new byte[0]);
  }

  /** Writes {@code request} exactly and reads the answer. */
  Answer exchange(byte[] request) throws IOException {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
      } catch (IOException e) {
        // the server may answer and close before it has read a body it refuses; the answer is still there
      }
      return parse(readAll(socket.getInputStream()));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    var out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16_384];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw new SocketTimeoutException("no complete answer within the timeout; got: "
          + new String(out.toByteArray(), StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      if (out.size() == 0) {
        throw e;
      }
    }
    return out.toByteArray();
  }

  private static Answer parse(byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || end < 0) {
      throw new IOException("not an HTTP answer: '" + text + "'");
    }
    return new Answer(Integer.parseInt(text.substring(9, 12)), text.substring(0, end), text.substring(end + 4));
  }
}
