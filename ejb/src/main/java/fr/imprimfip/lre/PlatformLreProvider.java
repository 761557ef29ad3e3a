package fr.imprimfip.lre;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The platform's own provider: the recipient is told by e-mail (through the LRE outbox), proves they hold the
 * address with a one-time code e-mailed to it, and decides on the recipient pages.
 */
@ApplicationScoped
public class PlatformLreProvider implements LreProvider {

    public static final String NAME = "platform";

    @Inject
    LreOutbox outbox;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void notifyRecipient(ElectronicLetter letter, Instant now) {
        outbox.queue(letter, MessageKind.NOTIFICATION, now);
    }

    @Override
    public void sendIdentityCheck(ElectronicLetter letter, Instant now) {
        letter.requestCode(now);
        outbox.queue(letter, MessageKind.CODE, now);
    }

    @Override
    public void verifyIdentity(ElectronicLetter letter, String answer, Instant now) {
        letter.checkCode(LreSecrets.codeHash(letter.id(), answer == null ? "" : answer.trim()), now);
    }

    @Override
    public void recordDecision(ElectronicLetter letter, Decision decision, Instant now) {
        switch (decision) {
            case ACCEPTED -> {
                letter.accept(now);
                outbox.queue(letter, MessageKind.ACCEPTED, now);
            }
            case REFUSED -> letter.refuse(now);
            case NEGLECTED -> {
                if (!letter.neglectIfPastDeadline(now)) {
                    throw new IllegalStateException("Letter " + letter.id() + " is not past its deadline undecided");
                }
            }
            default -> throw new IllegalArgumentException(String.valueOf(decision));
        }
    }

    @Override
    public boolean sendNewLink(ElectronicLetter letter, Instant now) {
        if (!letter.requestNewLink(now)) {
            return false;
        }
        outbox.queue(letter, MessageKind.NEW_LINK, now);
        return true;
    }

    @Override
    public List<Evidence> evidence(ElectronicLetter letter) {
        List<Evidence> facts = new ArrayList<>();
        facts.add(new Evidence("TAKEN", letter.takenAt()));
        if (letter.notifiedAt() != null) {
            facts.add(new Evidence("NOTIFIED", letter.notifiedAt()));
        }
        if (letter.remindedAt() != null) {
            facts.add(new Evidence("REMINDED", letter.remindedAt()));
        }
        if (letter.failedAt() != null) {
            facts.add(new Evidence("UNDELIVERABLE", letter.failedAt()));
        }
        if (letter.decidedAt() != null) {
            facts.add(new Evidence(letter.state().name(), letter.decidedAt()));
        }
        return List.copyOf(facts);
    }
}
