package fr.imprimfip.partner;

/** A partner's convention changed (quota, addresses, rights, status): what was decided from it must be again. */
public record ConventionChanged(long partnerId) {
}
