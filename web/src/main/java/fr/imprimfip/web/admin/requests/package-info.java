/**
 * The JSON bodies administrators send, as records: their constraints carry the French refusal the door answers.
 * A message template escapes the braces of the JSON shape it shows ({@code \{}), Bean Validation reading them as
 * parameters otherwise.
 */
package fr.imprimfip.web.admin.requests;
