/**
 * The rights of the persons letters are addressed to (GDPR, annex clause 11.6 of the terms of use): on a partner's
 * written request, administrators find the letters addressed to a person, export what the platform holds about
 * them, restrict their processing or erase them on the controller's instruction; every step is recorded with the
 * request, audited and told to the partner. Owns the person index ({@link fr.imprimfip.rights.PersonIndex}): keyed
 * blind indexes (HMAC-SHA256 under a key derived from the content key) of recipients' normalised names, address
 * lines and e-mail addresses, so that a person is found while their data stays sealed at rest.
 */
package fr.imprimfip.rights;
