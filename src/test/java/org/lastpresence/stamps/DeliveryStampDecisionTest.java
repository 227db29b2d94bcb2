package org.lastpresence.stamps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lastpresence.store.LastPresenceRecord;

/** Rules D1 and D2 as a table: which delivered presence gets which stamp. */
class DeliveryStampDecisionTest {
    private static final Instant SINCE = Instant.parse("2026-11-20T08:15:42.500Z");
    private static final Instant OFFLINE = Instant.parse("2026-11-19T22:00:05Z");
    private static final String BOB_PHONE = "bob@localhost/phone";
    private static final String BOB = "bob@localhost";
    private static final Optional<LastPresenceRecord> RECORD =
            Optional.of(new LastPresenceRecord("bob", "laptop", "gone home", OFFLINE, null));

    static Stream<Arguments> cases() {
        return Stream.of(
                // sender, kind, origin, resource since, record, precision -> expected stamp
                Arguments.of("replayed resource state is stamped with its start", BOB_PHONE,
                        Delivery.Kind.RESOURCE_AVAILABLE, Delivery.Origin.REPLAY, Optional.of(SINCE), Optional.empty(),
                        StampPrecision.SECOND, Optional.of(new Stamp("bob@localhost/phone",
                                Instant.parse("2026-11-20T08:15:42Z")))),
                Arguments.of("live broadcast of a change is not stamped", BOB_PHONE,
                        Delivery.Kind.RESOURCE_AVAILABLE, Delivery.Origin.LIVE_BROADCAST,
                        Optional.of(SINCE), Optional.empty(),
                        StampPrecision.SECOND, Optional.empty()),
                Arguments.of("an answer already stamped is left alone", BOB_PHONE,
                        Delivery.Kind.RESOURCE_AVAILABLE, Delivery.Origin.ALREADY_STAMPED,
                        Optional.of(SINCE), Optional.empty(),
                        StampPrecision.SECOND, Optional.empty()),
                Arguments.of("a resource not followed gets no stamp", BOB_PHONE,
                        Delivery.Kind.RESOURCE_AVAILABLE, Delivery.Origin.REPLAY, Optional.empty(), RECORD,
                        StampPrecision.SECOND, Optional.empty()),
                Arguments.of("Openfire's offline replay gets the record's stamp", BOB,
                        Delivery.Kind.USER_OFFLINE, Delivery.Origin.REPLAY, Optional.empty(), RECORD,
                        StampPrecision.HOUR, Optional.of(new Stamp("bob@localhost/laptop",
                                Instant.parse("2026-11-19T22:00:00Z")))),
                Arguments.of("offline replay without record: no stamp", BOB,
                        Delivery.Kind.USER_OFFLINE, Delivery.Origin.REPLAY, Optional.empty(), Optional.empty(),
                        StampPrecision.SECOND, Optional.empty()),
                Arguments.of("other presence is never stamped", BOB_PHONE,
                        Delivery.Kind.OTHER, Delivery.Origin.REPLAY, Optional.of(SINCE), RECORD,
                        StampPrecision.SECOND, Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(String description, String sender, Delivery.Kind kind, Delivery.Origin origin,
                 Optional<Instant> since, Optional<LastPresenceRecord> record, StampPrecision precision,
                 Optional<Stamp> expected) {
        Delivery delivery = new Delivery(kind, origin, since, record);
        assertEquals(expected, DeliveryStampDecision.decide(sender, delivery, precision));
    }
}
