/**
 * The print centre's door ({@code /editique}, role {@code editique}): the print lots to produce, their print files
 * and manifests, and the feedback on each lot and letter (printed, enveloped, handed to La Poste, error, delivery
 * events of registered mail, and the scanned acknowledgement of receipt of a delivered LRAR letter).
 */
package fr.imprimfip.web.editique;
