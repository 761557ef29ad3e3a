package fr.imprimfip.registered;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

import fr.imprimfip.shared.RefusalText;

/**
 * The recipient of an electronic registered letter (LRE) as the v1 contract's {@code recipient.information} gives
 * it: the e-mail address the letter is notified to, the recipient's type, and the name the type requires (first and
 * last name for a private person, company name for a professional). Checked on creation: a refusal names its field.
 */
public record RecipientInformation(String email, RecipientType type, String lastname, String firstname,
                                   String socialReason) {

    /** Where the v1 contract puts it in a deposit's parameters, as a refusal names it. */
    public static final String FIELD = "recipient.information";
    /** RFC 5321: an address is at most 254 characters, its local part at most 64. */
    static final int MAX_EMAIL = 254;
    static final int MAX_LOCAL_PART = 64;
    static final int MAX_NAME = 100;

    /** The local part's dot-atom (RFC 5322), without quoted strings or comments, which no mailbox here needs. */
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
            + "(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    public RecipientInformation {
        email = checkedEmail(email);
        if (type == null) {
            throw refused("type", "le type de destinataire est PARTICULIER ou PROFESSIONNEL",
                    "the recipient's type is PARTICULIER or PROFESSIONNEL");
        }
        lastname = name(lastname, "lastname");
        firstname = name(firstname, "firstname");
        socialReason = name(socialReason, "socialReason");
        if (type == RecipientType.PARTICULIER && (lastname == null || firstname == null)) {
            throw refused(lastname == null ? "lastname" : "firstname",
                    "obligatoire pour un destinataire PARTICULIER", "required for a PARTICULIER recipient");
        }
        if (type == RecipientType.PROFESSIONNEL && socialReason == null) {
            throw refused("socialReason", "obligatoire pour un destinataire PROFESSIONNEL",
                    "required for a PROFESSIONNEL recipient");
        }
    }

    /** The type as the contract writes it; refused with the field when it is neither. */
    public static RecipientType type(String text) {
        if (text == null) {
            return null;
        }
        try {
            return RecipientType.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            throw refused("type", "le type de destinataire est PARTICULIER ou PROFESSIONNEL",
                    "the recipient's type is PARTICULIER or PROFESSIONNEL");
        }
    }

    /** Whom the letter is for, as its notification and proofs name them: "Prénom Nom", or the company's name. */
    public String displayName() {
        return type == RecipientType.PARTICULIER ? firstname + " " + lastname : socialReason;
    }

    /** Whether the recipient may learn who sends the letter before accepting it: a professional only. */
    public boolean mayKnowSenderBeforeAccepting() {
        return type == RecipientType.PROFESSIONNEL;
    }

    /**
     * The address, checked: a dot-atom local part and a domain of at least two labels whose top level is a name
     * (no IP literal, no single-label host), internationalised domains accepted in their ASCII form; the domain is
     * kept in lower case, the local part as given.
     */
    private static String checkedEmail(String email) {
        if (email == null || email.isBlank()) {
            throw refused("emailAddress", "obligatoire", "required");
        }
        String trimmed = email.strip();
        int at = trimmed.lastIndexOf('@');
        if (trimmed.length() > MAX_EMAIL || at <= 0 || at == trimmed.length() - 1) {
            throw refused("emailAddress", "ce n'est pas une adresse électronique valide",
                    "this is not a valid e-mail address");
        }
        String local = trimmed.substring(0, at);
        if (local.length() > MAX_LOCAL_PART || !LOCAL_PART.matcher(local).matches()) {
            throw refused("emailAddress", "la partie avant @ n'est pas valide", "the part before @ is not valid");
        }
        String domain = asciiDomain(trimmed.substring(at + 1));
        return local + "@" + domain;
    }

    private static String asciiDomain(String domain) {
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException invalid) {
            throw refused("emailAddress", "le domaine n'est pas valide", "the domain is not valid");
        }
        String[] labels = ascii.split("\\.", -1);
        boolean valid = labels.length >= 2 && ascii.length() <= 253
                && TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
        for (String label : labels) {
            valid &= LABEL.matcher(label).matches();
        }
        if (!valid) {
            throw refused("emailAddress", "le domaine n'est pas valide", "the domain is not valid");
        }
        return ascii;
    }

    private static String name(String value, String member) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip().replaceAll("\\s+", " ");
        if (stripped.length() > MAX_NAME) {
            throw refused(member, "au plus " + MAX_NAME + " caractères", "at most " + MAX_NAME + " characters");
        }
        return stripped;
    }

    private static AddressRefusedException refused(String member, String french, String english) {
        String field = FIELD + "." + member;
        return new AddressRefusedException(field, new RefusalText(field + " : " + french + ".",
                field + ": " + english + "."));
    }
}
