package fr.imprimfip.lre;

import java.time.OffsetDateTime;

/**
 * What a link's landing page may show before the recipient proves who they are: that a registered letter awaits,
 * the masked address it was notified to ({@code c***@exemple.fr}) and the date by which to decide. Nothing else: not
 * the sender, not the recipient's name.
 */
public record RecipientPage(String maskedEmail, OffsetDateTime deadline) {
}
