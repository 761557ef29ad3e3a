/**
 * The JSON bodies administrators send, as records. Their constraints carry no wording: the door's validation mapper
 * words a missing member by its path and a missing body by the record's {@code SHAPE}, in French or English. A
 * {@code SHAPE} escapes the braces of the JSON it shows ({@code \{}), Bean Validation reading them as parameters
 * otherwise.
 */
package fr.imprimfip.web.admin.requests;
