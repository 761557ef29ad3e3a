package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import fr.imprimfip.partner.ContactRole;
import fr.imprimfip.partner.PartnerContact;

/**
 * The fields of one contact of a convention in a form, one per role: left blank, the role has no contact; filled,
 * the service checks the contact ({@link PartnerContact}).
 */
public class ContactInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ContactRole role;
    private String name;
    private String email;
    private String phone;

    ContactInput(ContactRole role) {
        this.role = role;
    }

    /** One empty line per role. */
    static List<ContactInput> forEveryRole() {
        return Arrays.stream(ContactRole.values()).map(ContactInput::new).toList();
    }

    /** One line per role, filled with the convention's contact in that role, if any. */
    static List<ContactInput> of(List<PartnerContact> contacts) {
        List<ContactInput> inputs = forEveryRole();
        for (ContactInput input : inputs) {
            contacts.stream().filter(contact -> contact.role() == input.role).findFirst().ifPresent(contact -> {
                input.name = contact.fullName();
                input.email = contact.email();
                input.phone = contact.phone();
            });
        }
        return inputs;
    }

    /** The contacts of the lines filled in (any field), in the roles' order. */
    static List<PartnerContact> contacts(List<ContactInput> inputs) {
        return inputs.stream().filter(input -> !input.blank()).map(input -> new PartnerContact(input.role,
                FormText.optional(input.name), FormText.optional(input.email), FormText.optional(input.phone)))
                .toList();
    }

    boolean blank() {
        return FormText.optional(name) == null && FormText.optional(email) == null && FormText.optional(phone) == null;
    }

    public String getRole() {
        return role.label();
    }

    /** The role as the fields' ids name it, e.g. {@code data-controller}. */
    public String getKey() {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
