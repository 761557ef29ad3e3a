package fr.imprimfip.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * How the platform's e-mails go out and are retried: plain UTF-8 text from the mail session's sender, and after a
 * failed attempt a wait twice as long as the previous one (1 minute first, 6 hours at most), 10 attempts in all.
 */
public final class PlainTextMail {

    public static final int MAX_ATTEMPTS = 10;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofHours(6);

    private PlainTextMail() {
    }

    /** Sends one message to {@code recipients} through {@code mail}. */
    public static void send(Session mail, List<String> recipients, String subject, String body)
            throws MessagingException {
        send(mail, recipients, subject, body, null);
    }

    /** Sends one message with a file attached ({@code attachment} null for none). */
    public static void send(Session mail, List<String> recipients, String subject, String body,
                            NotificationAttachments.Attachment attachment) throws MessagingException {
        MimeMessage message = new MimeMessage(mail);
        message.setFrom();
        for (String recipient : recipients) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(subject, "UTF-8");
        if (attachment == null) {
            message.setText(body, "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                    attachment.mediaType())));
            file.setFileName(attachment.name());
            message.setContent(new MimeMultipart(text, file));
        }
        Transport.send(message);
    }

    /** When to try again after the {@code attempts}-th failed attempt, made at {@code at}. */
    public static Instant nextAttempt(int attempts, Instant at) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return at.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
    }
}
