package org.lastpresence.bench.ab;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * The load generator's single network thread: non-blocking sockets on one selector. Phases call {@link #poll}
 * in their own loops; each received element goes to the client's login or, once logged in, to the
 * {@link Receiver}.
 */
final class LoadLoop implements Closeable {
    /** What a logged-in client receives. */
    interface Receiver {
        void loggedIn(LoadClient client, long nowNanos);

        void received(LoadClient client, String stanza, long nowNanos);

        void closed(LoadClient client, long nowNanos);
    }

    private final Selector selector;
    private final InetSocketAddress server;
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
    private Receiver receiver;

    LoadLoop(int port) {
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.server = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    void receiver(Receiver current) {
        this.receiver = current;
    }

    /** Starts a login; {@link Receiver#loggedIn} follows once the initial presence is sent. */
    void connect(LoadClient client) throws IOException {
        SocketChannel channel = SocketChannel.open();
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        client.channel = channel;
        client.pending.clear();
        client.step = LoadClient.Step.CONNECTING;
        client.loginStartedNanos = System.nanoTime();
        if (channel.connect(server)) {
            connected(client);
            channel.register(selector, SelectionKey.OP_READ, client);
        } else {
            channel.register(selector, SelectionKey.OP_CONNECT, client);
        }
    }

    /** Queues the XML and writes as much as the socket takes now. */
    void send(LoadClient client, String xml) throws IOException {
        client.pending.add(ByteBuffer.wrap(xml.getBytes(StandardCharsets.UTF_8)));
        flush(client);
    }

    /** Ends the stream politely (the server then closes); {@link Receiver#closed} follows at end of stream. */
    void logout(LoadClient client, String finalPresence) throws IOException {
        send(client, finalPresence + "</stream:stream>");
        client.step = LoadClient.Step.CLOSING;
    }

    /** Handles whatever is ready, waiting at most {@code timeoutMillis} (0: do not wait). */
    void poll(long timeoutMillis) throws IOException {
        if (timeoutMillis <= 0) {
            selector.selectNow();
        } else {
            selector.select(timeoutMillis);
        }
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            LoadClient client = (LoadClient) key.attachment();
            if (!key.isValid()) {
                continue;
            }
            if (key.isConnectable()) {
                if (client.channel.finishConnect()) {
                    key.interestOps(SelectionKey.OP_READ);
                    connected(client);
                }
                continue;
            }
            if (key.isWritable()) {
                flush(client);
            }
            if (key.isValid() && key.isReadable()) {
                read(client);
            }
        }
    }

    private void connected(LoadClient client) throws IOException {
        client.step = LoadClient.Step.STREAM;
        send(client, LoadClient.streamHeader());
    }

    private void read(LoadClient client) throws IOException {
        readBuffer.clear();
        int read;
        try {
            read = client.channel.read(readBuffer);
        } catch (IOException e) {
            read = -1;
        }
        if (read < 0) {
            closeChannel(client);
            return;
        }
        readBuffer.flip();
        long now = System.nanoTime();
        IOException[] failure = new IOException[1];
        client.splitter.feed(readBuffer, stanza -> {
            if (failure[0] != null) {
                return;
            }
            try {
                dispatch(client, stanza, now);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private void dispatch(LoadClient client, String stanza, long now) throws IOException {
        if (StanzaSplitter.STREAM_END.equals(stanza)) {
            // The server closes the socket next; closing first would make it log a write to a closed session.
            return;
        }
        if (client.step == LoadClient.Step.READY || client.step == LoadClient.Step.CLOSING) {
            receiver.received(client, stanza, now);
        } else if (client.login(stanza, this)) {
            receiver.loggedIn(client, now);
        }
    }

    private void flush(LoadClient client) throws IOException {
        SocketChannel channel = client.channel;
        if (channel == null || !channel.isConnected()) {
            return;
        }
        while (!client.pending.isEmpty()) {
            ByteBuffer head = client.pending.peek();
            channel.write(head);
            if (head.hasRemaining()) {
                break;
            }
            client.pending.poll();
        }
        SelectionKey key = channel.keyFor(selector);
        if (key != null && key.isValid()) {
            int ops = SelectionKey.OP_READ | (client.pending.isEmpty() ? 0 : SelectionKey.OP_WRITE);
            if (key.interestOps() != ops) {
                key.interestOps(ops);
            }
        }
    }

    private void closeChannel(LoadClient client) throws IOException {
        if (client.step == LoadClient.Step.CLOSED) {
            return;
        }
        boolean wasReady = client.step == LoadClient.Step.READY || client.step == LoadClient.Step.CLOSING;
        client.step = LoadClient.Step.CLOSED;
        client.channel.close();
        if (wasReady) {
            receiver.closed(client, System.nanoTime());
        } else {
            throw new IOException(client.name + ": the server closed the connection during login");
        }
    }

    @Override
    public void close() throws IOException {
        for (SelectionKey key : selector.keys()) {
            key.channel().close();
        }
        selector.close();
    }
}
