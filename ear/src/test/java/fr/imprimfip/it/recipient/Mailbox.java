package fr.imprimfip.it.recipient;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The recipients' mailboxes: a real SMTP server on loopback, the relay address the test server is provisioned with
 * (127.0.0.1:2525), reading each address's messages in the order they arrived, and the link or the one-time code in
 * them, decoded as a mail reader would. A message can be read as soon as the relay has it, and the relay may be told
 * to hold its answer to the sender for a while, as a busy relay does after a fast reader already got the message.
 */
final class Mailbox implements AutoCloseable {

    private static final ServerSetup RELAY = new ServerSetup(2525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Pattern LINK = Pattern.compile("https://[^\\s\"<>]+/lre/l/[A-Za-z0-9_-]+");
    private static final Pattern CODE = Pattern.compile("(?<![0-9])[0-9]{6}(?![0-9])");

    private final GreenMail relay = new GreenMail(RELAY);
    private final List<MimeMessage> arrived = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> read = new HashMap<>();
    private volatile Duration answerDelay = Duration.ZERO;
    private final AtomicInteger answersHeld = new AtomicInteger();

    Mailbox() {
        relay.start();
        MessageDeliveryHandler stores = relay.getUserManager().getMessageDeliveryHandler();
        relay.getUserManager().setMessageDeliveryHandler((message, address) -> {
            arrived.add(message.getMessage());
            answersHeld.incrementAndGet();
            try {
                pause(answerDelay);
            } finally {
                answersHeld.decrementAndGet();
            }
            return stores.handle(message, address);
        });
    }

    /** From now on the relay answers the sender only {@code delay} after it received each message. */
    void delayAnswers(Duration delay) {
        answerDelay = delay;
    }

    /** How many senders are still waiting for the relay's answer to a message it already has. */
    int answersHeld() {
        return answersHeld.get();
    }

    /** The link of the next message to {@code address}. */
    String nextLink(String address) {
        return first(LINK, next(address), "a link");
    }

    /** The one-time code of the next message to {@code address}. */
    String nextCode(String address) {
        String text = next(address);
        return first(CODE, text.replaceAll("https?://\\S+", ""), "a 6-digit code");
    }

    /** The text of the next message to {@code address}, waiting for it. */
    synchronized String next(String address) {
        int already = read.getOrDefault(address, 0);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            List<MimeMessage> mine = arrived.stream().filter(m -> to(m, address)).toList();
            if (mine.size() > already) {
                read.put(address, already + 1);
                return text(mine.get(already));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no new message to the recipient within " + PATIENCE);
            }
            pause(Duration.ofMillis(200));
        }
    }

    /** How many messages {@code address} received so far. */
    int count(String address) {
        return (int) arrived.stream().filter(m -> to(m, address)).count();
    }

    private static String first(Pattern pattern, String text, String what) {
        Matcher found = pattern.matcher(text);
        if (!found.find()) {
            throw new AssertionError("the message holds no " + what + ":\n" + text);
        }
        return found.group();
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return message.getRecipients(Message.RecipientType.TO) != null && Arrays.stream(message.getRecipients(
                    Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + textOf(message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart parts) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                all.append(textOf(part.getContent())).append('\n');
            }
            return all.toString();
        }
        return content instanceof String text ? text : "";
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        relay.stop();
    }
}
