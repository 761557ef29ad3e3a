package fr.imprimfip.partner;

/** An application user was declared, given a new password or revoked. */
public record ApplicationUserChanged(long partnerId, String username) {
}
