package fr.imprimfip.lre;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import fr.imprimfip.registered.RecipientInformation;

/**
 * The texts of the e-mails an electronic registered letter's recipient receives, in French. None carries the
 * letter's content; a private person (PARTICULIER) is not told who sends the letter, a professional is.
 */
final class LreMails {

    /** One composed e-mail. */
    record Text(String subject, String body) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"',;:()\\[\\]]+@[^\\s<>\"',;:()\\[\\]]+");
    private static final String SIGNATURE = "\n\n-- \nCe message est envoyé automatiquement par la plateforme Imprim'FIP,"
            + " qui ne lit pas les réponses.";

    private LreMails() {
    }

    /**
     * The e-mail of {@code kind} to {@code recipient}: {@code sender} is the partner's name, {@code until} the
     * deadline (or, once accepted, the end of the period to come back), {@code link} the link's address and
     * {@code code} the one-time code, each null when the kind has none.
     */
    static Text compose(MessageKind kind, RecipientInformation recipient, String sender, Instant until, String link,
                        String code) {
        boolean named = recipient.mayKnowSenderBeforeAccepting();
        String greeting = "Bonjour " + recipient.displayName() + ",\n\n";
        return switch (kind) {
            case NOTIFICATION -> new Text(named ? "Lettre recommandée électronique de " + sender
                    : "Une lettre recommandée électronique vous attend",
                    greeting + "Une lettre recommandée électronique vous a été adressée"
                    + (named ? " par " + sender : "") + ".\n\n" + decisionText(until, link, named));
            case REMINDER -> new Text(named ? "Rappel : lettre recommandée électronique de " + sender
                    : "Rappel : une lettre recommandée électronique vous attend",
                    greeting + "Une lettre recommandée électronique vous attend toujours"
                    + (named ? " (expéditeur : " + sender + ")" : "") + ".\n\n" + decisionText(until, link, named));
            case NEW_LINK -> new Text("Nouveau lien vers votre lettre recommandée électronique",
                    greeting + "Voici le nouveau lien que vous avez demandé vers votre lettre recommandée électronique."
                    + " Il n'est utilisable qu'une fois, jusqu'au " + when(until) + " :\n\n" + link + SIGNATURE);
            case ACCEPTED -> new Text("Lettre recommandée électronique acceptée",
                    greeting + "Vous avez accepté votre lettre recommandée électronique. Pour revenir la télécharger,"
                    + " suivez ce lien (utilisable une fois, jusqu'au " + when(until) + ") :\n\n" + link
                    + "\n\nPassé ce délai, demandez un nouveau lien depuis la page d'un lien expiré." + SIGNATURE);
            case CODE -> new Text("Votre code de vérification",
                    greeting + "Votre code de vérification pour accéder à votre lettre recommandée électronique : "
                    + code + "\n\nIl est valable " + LreTerms.CODE_VALIDITY.toMinutes() + " minutes. Si vous ne l'avez"
                    + " pas demandé, ignorez ce message : personne ne peut accéder à la lettre sans lui." + SIGNATURE);
        };
    }

    private static String decisionText(Instant deadline, String link, boolean named) {
        return "Vous pouvez l'accepter ou la refuser jusqu'au " + when(deadline) + ". Sans décision de votre part à"
                + " cette date, elle sera considérée comme négligée.\n\nPour en prendre connaissance, suivez ce lien"
                + " (utilisable une fois) :\n\n" + link + "\n\nUn code de vérification vous sera envoyé à cette adresse"
                + " pour confirmer votre identité."
                + (named ? "" : " Le nom de l'expéditeur vous sera communiqué si vous acceptez la lettre.")
                + SIGNATURE;
    }

    /** "18/12/2026 à 14h03 (heure de Paris)". */
    static String when(Instant instant) {
        ZonedDateTime paris = instant.atZone(LreTerms.PARIS);
        return DAY.format(paris) + " à " + TIME.format(paris) + " (heure de Paris)";
    }

    /** An address shown masked: its first character, then {@code ***@domain}. */
    static String masked(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** A relay's error with every address in it masked (relays quote the refused recipient). */
    static String withoutAddresses(String error) {
        if (error == null) {
            return null;
        }
        return ADDRESS.matcher(error).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(
                masked(match.group())));
    }
}
