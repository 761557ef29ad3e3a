/** The JSON bodies finance staff send, as records whose constraints carry the French refusal the door answers. */
package fr.imprimfip.web.finance.requests;
