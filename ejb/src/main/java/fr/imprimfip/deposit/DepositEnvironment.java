package fr.imprimfip.deposit;

/** Production deposits are printed and billed; sandbox ("bac à sable") ones are analysed only. */
public enum DepositEnvironment {
    PRODUCTION,
    SANDBOX
}
