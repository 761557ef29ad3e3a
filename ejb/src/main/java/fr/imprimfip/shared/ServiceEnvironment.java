package fr.imprimfip.shared;

/**
 * The two environments of the service: production deposits are printed and billed; sandbox ("bac à sable") ones
 * are analysed the same way, their production simulated, never printed nor billed.
 */
public enum ServiceEnvironment {
    PRODUCTION,
    SANDBOX
}
