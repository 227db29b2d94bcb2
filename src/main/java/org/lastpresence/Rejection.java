package org.lastpresence;

import org.jivesoftware.openfire.interceptor.PacketRejectedException;

/**
 * The interceptor's deliberate rejections, without a stack trace: Openfire only catches them, and filling a packet
 * thread's deep stack (about 1.5 us) on every probe taken over and every stamped delivery is wasted work. A new
 * one each time, as Openfire's code may add suppressed exceptions to what it catches.
 */
final class Rejection extends PacketRejectedException {
    private static final long serialVersionUID = 1L;

    static final String PROBE_ANSWERED = "Probe answered by the Last Presence plugin";
    static final String PROBE_ECHO = "Echo of a probe answered by the Last Presence plugin";
    static final String DELIVERED_STAMPED = "Delivered stamped by the Last Presence plugin";
    static final String DELIVERED_CORRECTED = "Delivered corrected by the Last Presence plugin";

    Rejection(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
