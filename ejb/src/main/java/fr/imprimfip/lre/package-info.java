/**
 * Electronic registered letters (LRE): their electronic delivery. Owns the letter taken for delivery
 * ({@link fr.imprimfip.lre.ElectronicLetter}: notification, deadline, reminder, one-time code, the recipient's
 * decision or negligence), the links e-mailed to the recipient and their sessions (only hashes are stored), the LRE
 * e-mails and their durable outbox (composed at send time from the deposit's sealed recipient), the timers that take
 * letters, send e-mails and enforce deadlines, the provider boundary ({@link fr.imprimfip.lre.LreProvider}, where a
 * qualified provider would plug in) and the facade the recipient pages call ({@link fr.imprimfip.lre.ElectronicDelivery}).
 * The proofs are in {@code fr.imprimfip.lre.proof}.
 */
package fr.imprimfip.lre;
