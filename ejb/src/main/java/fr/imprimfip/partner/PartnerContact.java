package fr.imprimfip.partner;

import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.InvalidInputException;

/** A person the service writes to about the convention, in one role: a name, an e-mail address, maybe a phone. */
@Embeddable
public class PartnerContact {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{6,25}");

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "contact_role", nullable = false, length = 30)
    private ContactRole role;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 30)
    private String phone;

    protected PartnerContact() {
    }

    public PartnerContact(ContactRole role, String fullName, String email, String phone) {
        if (role == null) {
            throw new InvalidInputException("Un contact a un rôle.",
                    "A contact has a role.");
        }
        if (fullName == null || fullName.isBlank() || fullName.length() > 200) {
            throw new InvalidInputException("Le nom du contact « " + role.label() + " » est obligatoire (200 caractères"
                    + " au plus).",
                    "The name of the " + role + " contact is required (200 characters at most).");
        }
        if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("L'adresse électronique du contact « " + role.label()
                    + " » n'est pas valide.",
                    "The e-mail address of the " + role + " contact is not valid.");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidInputException("Le téléphone du contact « " + role.label() + " » n'est pas valide.",
                    "The telephone number of the " + role + " contact is not valid.");
        }
        this.role = role;
        this.fullName = fullName.strip();
        this.email = email.strip();
        this.phone = phone;
    }

    public ContactRole role() {
        return role;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartnerContact c && role == c.role && fullName.equals(c.fullName)
                && email.equals(c.email) && Objects.equals(phone, c.phone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, fullName, email, phone);
    }
}
