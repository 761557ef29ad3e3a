package fr.imprimfip.console.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import fr.imprimfip.deposit.StatusSource;
import fr.imprimfip.notification.NotificationStatus;

class OutboxAndLotPagesTest {

    @Test
    void aDeliveryTellsWhatItSentAndWhatWaits() {
        assertEquals("Aucune notification n'était à remettre.", NotificationsPage.delivered(0, 0));
        assertEquals("2 notification(s) non remise(s) remise(s) en file ; 2 envoyée(s) maintenant.",
                NotificationsPage.delivered(2, 2));
        assertEquals("3 notification(s) non remise(s) remise(s) en file ; 1 envoyée(s) maintenant ; les autres"
                + " restent en attente d'une nouvelle tentative.", NotificationsPage.delivered(3, 1));
    }

    @Test
    void theCaptionSaysWhichListItIsAndWhenItStopsAtTheLimit() {
        assertEquals("Notifications non remises, les plus anciennes d'abord (4)", NotificationsPage.caption(null, 4));
        assertEquals("Notifications non remises, les plus anciennes d'abord (500 premières)",
                NotificationsPage.caption(null, NotificationsPage.UNDELIVERED_SHOWN));
        assertEquals("Notifications de mairie-x, les plus récentes d'abord (7)",
                NotificationsPage.caption("mairie-x", 7));
    }

    @Test
    void everyNotificationStatusAndEveryReportSourceHasItsFrenchWords() {
        Arrays.stream(NotificationStatus.values()).forEach(status ->
                assertFalse(NotificationsPage.badge(status).label().isBlank(), status.name()));
        assertEquals("Abandonnée", NotificationsPage.badge(NotificationStatus.ABANDONED).label());
        Arrays.stream(StatusSource.values()).forEach(source ->
                assertFalse(PrintLotPage.source(source).isBlank(), source.name()));
        assertEquals("centre d'impression", PrintLotPage.source(StatusSource.PRINT_CENTRE));
    }
}
