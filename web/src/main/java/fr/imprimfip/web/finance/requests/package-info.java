/**
 * The JSON bodies finance staff send, as records: their constraints are worded by the door's validation mapper, in
 * French or English.
 */
package fr.imprimfip.web.finance.requests;
