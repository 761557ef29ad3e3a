package fr.imprimfip.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The clock of test servers: the system's, moved by the offset held in the system property
 * {@value #OFFSET_PROPERTY} (an ISO-8601 duration such as {@code P31D}), which the tests set and remove through the
 * server's management interface to live a day, a month or a year later. Only a server started with
 * {@code -Dimprimfip.clock.adjustable=true} has it; production servers never are, and no door of the platform can
 * move it.
 */
final class AdjustableClock extends Clock {

    static final String ENABLED_PROPERTY = "imprimfip.clock.adjustable";
    static final String OFFSET_PROPERTY = "imprimfip.clock.offset";

    private final Clock system;
    private volatile Offset last = new Offset(null, Duration.ZERO);

    private record Offset(String text, Duration duration) {
    }

    AdjustableClock(Clock system) {
        this.system = system;
    }

    static boolean enabled() {
        return Boolean.getBoolean(ENABLED_PROPERTY);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset());
    }

    private Duration offset() {
        String text = System.getProperty(OFFSET_PROPERTY);
        Offset known = last;
        if (Objects.equals(text, known.text())) {
            return known.duration();
        }
        Duration duration = text == null || text.isBlank() ? Duration.ZERO : Duration.parse(text.trim());
        last = new Offset(text, duration);
        return duration;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ZonedView(this, zone);
    }

    /** The same moving instant, seen from another zone. */
    private static final class ZonedView extends Clock {
        private final Clock clock;
        private final ZoneId zone;

        ZonedView(Clock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new ZonedView(clock, other);
        }
    }
}
