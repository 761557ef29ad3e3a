/**
 * The recipient's pages of an electronic registered letter, public at {@code /lre}: a link from the notification
 * e-mail, a one-time code, the letter, the decision and the download. No sign-in: the code proves control of the
 * address; the recipient session the platform then opens lives in the HTTP session only. Everything the pages show
 * comes from {@link fr.imprimfip.lre.ElectronicDelivery}, which audits each step.
 */
package fr.imprimfip.recipient;
