/**
 * What every door shares to read its requests: the JSON bodies bound to records, each member of the type its
 * component declares ({@link RecordBodyReader}); the answer to a record's Bean Validation, worded from the
 * violation ({@link ConstraintViolationMapper}); the refusal of what a record cannot check ({@link RequestFields}).
 * Each refusal has a French and an English text and reaches the caller as a 400 in the door's own format (always
 * French on the v1 door, whose contract says so).
 */
package fr.imprimfip.web.requests;
