package fr.imprimfip.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DeliverySlotsTest {

    private static final long PARTNER = 7;

    @Test
    void failingEndpointsTogetherNeverHoldMoreThanTheirShareSoHealthyOnesStillStart() {
        DeliverySlots slots = new DeliverySlots(new DeliverySlots.Limits(32, 4, 100, 8));
        List<DeliverySlots.Slot> failing = new ArrayList<>();
        for (long endpoint = 1; endpoint <= 20; endpoint++) {
            slots.take(endpoint, endpoint, true).ifPresent(failing::add);
        }
        assertEquals(8, failing.size(), "8 attempts to failing endpoints at once, whatever their number");
        assertTrue(slots.full().failing());
        assertEquals(24, slots.free());

        int healthy = 0;
        for (long endpoint = 100; endpoint < 200; endpoint++) {
            healthy += slots.take(endpoint, endpoint, false).isPresent() ? 1 : 0;
        }
        assertEquals(24, healthy, "the other slots went to endpoints that answer");
        assertEquals(0, slots.free());

        slots.release(failing.get(0));
        assertFalse(slots.full().failing(), "one failing attempt ended: another may start");
        assertTrue(slots.take(50, 50, true).isPresent());
    }

    @Test
    void anEndpointAndAPartnerAreCappedAndTheirPlacesComeBack() {
        DeliverySlots slots = new DeliverySlots(new DeliverySlots.Limits(32, 2, 3, 8));
        Optional<DeliverySlots.Slot> first = slots.take(1, PARTNER, false);
        assertTrue(first.isPresent());
        assertTrue(slots.take(1, PARTNER, false).isPresent());
        assertTrue(slots.take(1, PARTNER, false).isEmpty(), "two at once to one endpoint");
        assertEquals(Set.of(1L), slots.full().endpoints());

        assertTrue(slots.take(2, PARTNER, false).isPresent());
        assertTrue(slots.take(3, PARTNER, false).isEmpty(), "three at once to one partner's endpoints");
        assertEquals(Set.of(PARTNER), slots.full().partners());
        assertTrue(slots.take(3, PARTNER + 1, false).isPresent(), "another partner goes on");

        slots.release(first.get());
        assertEquals(Set.of(), slots.full().endpoints());
        assertEquals(Set.of(), slots.full().partners());
        assertTrue(slots.take(3, PARTNER, false).isPresent());
        assertEquals(32 - 4, slots.free());
    }

    @Test
    void theNodeIsCappedAndAFailingAttemptGivesBackItsFailingPlace() {
        DeliverySlots slots = new DeliverySlots(new DeliverySlots.Limits(3, 4, 20, 1));
        DeliverySlots.Slot failing = slots.take(1, 1, true).orElseThrow();
        assertTrue(slots.take(2, 2, true).isEmpty());
        assertTrue(slots.take(2, 2, false).isPresent());
        assertTrue(slots.take(3, 3, false).isPresent());
        assertTrue(slots.take(4, 4, false).isEmpty(), "three at once on the node");
        slots.release(failing);
        assertTrue(slots.take(2, 2, true).isPresent());
    }

    @Test
    void capsAreAtLeastOneAndTheFailingOnesAtMostTheNodes() {
        assertThrows(IllegalArgumentException.class, () -> new DeliverySlots.Limits(0, 4, 20, 1));
        assertThrows(IllegalArgumentException.class, () -> new DeliverySlots.Limits(8, 4, 20, 9));
    }
}
