package fr.imprimfip.it;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A small SMTP relay on loopback that refuses some recipients for good ({@code 550 5.1.1} to their {@code RCPT TO},
 * as a relay does for a mailbox that does not exist) and keeps every message it accepts. GreenMail accepts every
 * recipient, which cannot show what the platform does with a refused one.
 */
public final class SmtpRelay implements AutoCloseable {

    /** One message received: its recipients as given in {@code RCPT TO}, and the message. */
    public record Received(List<String> recipients, MimeMessage message) {
    }

    private final ServerSocket server;
    private final Predicate<String> refused;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private SmtpRelay(int port, Predicate<String> refused) throws IOException, InterruptedException {
        this.server = listen(port);
        this.refused = refused;
        this.acceptor = new Thread(this::accept, "smtp-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A relay on 127.0.0.1:{@code port} refusing the recipients {@code refused} matches. */
    public static SmtpRelay start(int port, Predicate<String> refused) throws IOException, InterruptedException {
        return new SmtpRelay(port, refused);
    }

    /**
     * The relay's socket on the port the server is provisioned with, which every test's relay uses in turn: one just
     * closed may hold it a moment longer (its listening socket is released once its accepting thread has returned),
     * so a busy port is tried again for a few seconds.
     */
    private static ServerSocket listen(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                return new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            } catch (BindException busy) {
                if (System.nanoTime() > deadline) {
                    throw busy;
                }
                Thread.sleep(100);
            }
        }
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Closes the relay; returns once its accepting thread has ended, its port free for the next relay. */
    @Override
    public void close() throws IOException {
        server.close();
        try {
            acceptor.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread conversation = new Thread(() -> converse(socket), "smtp-conversation");
                conversation.setDaemon(true);
                conversation.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream out = socket.getOutputStream()) {
            reply(out, "220 relay ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 relay");
                    case "MAIL" -> {
                        recipients.clear();
                        reply(out, "250 2.1.0 Ok");
                    }
                    case "RCPT" -> {
                        String address = line.replaceFirst("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1");
                        if (refused.test(address)) {
                            reply(out, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
                        } else {
                            recipients.add(address);
                            reply(out, "250 2.1.5 Ok");
                        }
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        StringBuilder data = new StringBuilder();
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
                        }
                        received.add(new Received(List.copyOf(recipients), parse(data.toString())));
                        reply(out, "250 2.0.0 Ok: queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 Bye");
                        return;
                    }
                    default -> reply(out, "250 Ok");
                }
            }
        } catch (IOException | MessagingException ended) {
            // the client went away
        }
    }

    private static MimeMessage parse(String data) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
