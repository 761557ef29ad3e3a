package fr.imprimfip.lre.proof;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Issues the proofs of electronic registered letters: a one-page PDF in French stating what the platform attests,
 * signed by the platform (PAdES baseline B) so that anyone can check, with any PDF reader, that it comes from the
 * platform and has not been altered since. A proof names the sender, whom a private recipient may not see before
 * accepting the letter: the doors serving proofs decide who gets which.
 */
@ApplicationScoped
public class ProofDocuments {

    @Inject
    PlatformSigningKey signingKey;

    @Inject
    Clock clock;

    /** The signed proof of the step the facts describe, issued and signed now. */
    public byte[] issue(ProofFacts facts) {
        return issue(facts, signingKey.credentials(), clock.instant());
    }

    static byte[] issue(ProofFacts facts, SigningCredentials credentials, Instant issuedAt) {
        return new PadesSigner(credentials).sign(ProofLayout.pdf(facts, issuedAt), issuedAt, facts.kind().title());
    }
}
