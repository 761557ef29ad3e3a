package fr.imprimfip.it;

import fr.imprimfip.testing.LetterPdfs;

/**
 * The parameters of registered letters with acknowledgement (LRAR) as the tests deposit them: the recipient's
 * address, which must be the one printed in the letter's window ({@link LetterPdfs#ADDRESS} by default), and a
 * return address.
 */
public final class RegisteredLetters {

    /** The address {@link LetterPdfs} prints in the window, as {@code recipient.address}. */
    public static final String RECIPIENT = address("MADAME CLAIRE MARTIN", "8 AVENUE DE LA GARE", "69002", "LYON");
    public static final String RETURN_ADDRESS = address("SIP DE MEAUX", "2 RUE DU PALAIS", "77100", "MEAUX");

    private RegisteredLetters() {
    }

    /** A {@code RecipientAddress} (or {@code SenderReturnAddress}) in France, as JSON. */
    public static String address(String name, String line2, String zipCode, String town) {
        return "{\"name\":\"" + name + "\",\"line2\":\"" + line2 + "\",\"line3\":\"\",\"zipCode\":\"" + zipCode
                + "\",\"town\":\"" + town + "\"}";
    }

    /** v1 {@code jsonParameters} of an LRAR deposit to {@code recipient}. */
    public static String v1Parameters(String filename, String recipient) {
        return "{\"filename\":\"" + filename + "\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"LRAR\"},"
                + "\"recipient\":{\"address\":" + recipient + "},\"sender\":{\"returnAddress\":" + RETURN_ADDRESS
                + "}}";
    }

    /** v2 {@code options} of an LRAR deposit to the default recipient. */
    public static String v2Options(String filename) {
        return "{\"filename\":\"" + filename + "\",\"sendingType\":\"LRAR\",\"recipient\":{\"address\":" + RECIPIENT
                + "},\"sender\":{\"returnAddress\":" + RETURN_ADDRESS + "}}";
    }

    /** An LRAR letter to the default recipient, deposited through v1: its internal reference. */
    public static String depositV1(ApiClient api, String token, String filename, byte[] pdf) {
        ApiClient.Answer answer = api.submit(token, new ApiClient.Multipart()
                .file("docFile", filename, "application/pdf", pdf)
                .json("jsonParameters", v1Parameters(filename, RECIPIENT)));
        if (answer.status() != 200) {
            throw new AssertionError("LRAR deposit answered " + answer.status() + ": " + answer.body());
        }
        return answer.json().getString("internalRef");
    }
}
