/**
 * The JSON bodies the print centre sends, as records: their constraints are worded by the door's validation mapper,
 * in French or English.
 */
package fr.imprimfip.web.editique.requests;
