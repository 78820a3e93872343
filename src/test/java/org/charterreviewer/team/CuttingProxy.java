package org.charterreviewer.team;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay between the app and the embedded PostgreSQL that drops every connection, as a broken
 * network would, the {@code n}-th time the app sends a statement containing {@code cutAt} (before
 * that statement reaches the server). The connection really goes: the driver sees its socket closed.
 * Connections made after the cut are relayed whole, as when the network comes back.
 */
final class CuttingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final byte[] cutAt;
    private final int cutOnTime;
    private final AtomicInteger seen = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** Relays to the server of {@code jdbcUrl}; cuts on the {@code n}-th statement holding {@code cutAt}. */
    CuttingProxy(String jdbcUrl, String cutAt, int n) {
        URI target = URI.create(jdbcUrl.substring("jdbc:".length()));
        this.targetHost = target.getHost();
        this.targetPort = target.getPort();
        this.cutAt = cutAt.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        this.cutOnTime = n;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accept = new Thread(this::accept, "cutting-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    /** The same database address, through this relay. */
    String url(String jdbcUrl) {
        return jdbcUrl.replaceFirst("//[^/]+/", "//127.0.0.1:" + listener.getLocalPort() + "/");
    }

    /** How many statements holding {@code cutAt} the app sent (the cut one included). */
    int seen() {
        return seen.get();
    }

    /** Whether the relay has dropped the connections. */
    boolean hasCut() {
        return seen.get() >= cutOnTime;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                // A blocked accept keeps the listening socket alive in the kernel for a moment after
                // close(), and may still hand over a connection made in that moment: refuse it, as a
                // relay that is gone would.
                if (closed) {
                    closeQuietly(client);
                    return;
                }
                Socket server = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(server);
                if (closed) {
                    cutAll();
                    return;
                }
                relay(client, server, true);
                relay(server, client, false);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket from, Socket to, boolean watch) {
        Thread thread = new Thread(() -> {
            int matched = 0;
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (watch) {
                        for (int i = 0; i < n; i++) {
                            byte b = (byte) Character.toLowerCase(buffer[i]);
                            matched = b == cutAt[matched] ? matched + 1 : (b == cutAt[0] ? 1 : 0);
                            if (matched == cutAt.length) {
                                matched = 0;
                                if (seen.incrementAndGet() == cutOnTime) {
                                    cutAll();
                                    return;
                                }
                            }
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // One side closed: the other goes with it below.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "cutting-proxy-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void cutAll() {
        open.forEach(CuttingProxy::closeQuietly);
        open.clear();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed.
        }
    }

    @Override
    public void close() {
        closed = true;
        cutAll();
        try {
            listener.close();
        } catch (IOException e) {
            // Already closed.
        }
    }
}
