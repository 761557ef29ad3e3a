/**
 * What every door shares to read its requests: the refusal of a wrong field ({@link RequestFields}), the JSON
 * bodies bound to records ({@link RecordBodyReader}) and the French answer to a record's Bean Validation
 * ({@link ConstraintViolationMapper}). Each refusal reaches the caller as a 400 in the door's own format.
 */
package fr.imprimfip.web.requests;
