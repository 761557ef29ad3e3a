package fr.imprimfip.registered;

/**
 * Who receives an electronic registered letter: a private person, who learns who sends it only after accepting it
 * (Code des postes et des communications électroniques, R.53-3), or a professional.
 */
public enum RecipientType {
    PARTICULIER,
    PROFESSIONNEL
}
