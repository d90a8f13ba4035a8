package org.clipsearch.indexer.iiif;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs a harvest may fetch: http and https only, and, unless private addresses are allowed, none whose host
 * resolves to a loopback, link-local, site-local (10/8, 172.16/12, 192.168/16), unique-local (fc00::/7),
 * wildcard or multicast address, so that a manifest cannot make the indexer reach into the network it runs in.
 *
 * @param allowPrivate whether private and local addresses may be fetched ({@code --allow-private})
 */
public record AddressPolicy(boolean allowPrivate) {

  /** Refuses {@code uri} with the reason, or returns. */
  public void check(URI uri) throws IOException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IOException("only http and https URLs are fetched, not " + uri);
    }
    if (uri.getHost() == null) {
      throw new IOException("the URL " + uri + " names no host");
    }
    if (allowPrivate) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      throw new IOException("the host of " + uri + " does not resolve", e);
    }
    for (InetAddress address : addresses) {
      if (isPrivate(address)) {
        throw new IOException(uri.getHost() + " is a private or local address (" + address.getHostAddress()
            + "): refused unless --allow-private is given");
      }
    }
  }

  private static boolean isPrivate(InetAddress address) {
    return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
        || address.isAnyLocalAddress() || address.isMulticastAddress()
        || address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
  }
}
