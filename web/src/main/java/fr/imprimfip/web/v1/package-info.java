/**
 * The IMPRIM'FIP v1 contract ({@code /api/v1}), exactly as the published OpenAPI document states it: file
 * submission, file status and API health, with the contract's field names, French labels and error format.
 */
package fr.imprimfip.web.v1;
