/**
 * The print centre's door ({@code /editique}, role {@code editique}): the print lots to produce, their print files
 * and manifests, and the feedback on each lot and letter (printed, enveloped, handed to La Poste, error, delivery
 * events of registered mail).
 */
package fr.imprimfip.web.editique;
