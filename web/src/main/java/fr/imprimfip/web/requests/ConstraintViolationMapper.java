package fr.imprimfip.web.requests;

import java.util.Comparator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

import fr.imprimfip.shared.InvalidInputException;

/**
 * A request record refused by its Bean Validation constraints is answered as any other wrong field: the message of
 * its first violation (their messages are the French details the door answers) goes to the mapper of
 * {@link InvalidInputException}, so the 400 has the door's format. Without this class the runtime's own
 * validation answer, in neither format, would reach the caller.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    Providers providers;

    @Override
    public Response toResponse(ConstraintViolationException refused) {
        String detail = refused.getConstraintViolations().stream()
                .min(Comparator.comparing((ConstraintViolation<?> violation) -> violation.getPropertyPath().toString()))
                .map(ConstraintViolation::getMessage)
                .orElse("La requête est invalide.");
        InvalidInputException invalid = RequestFields.invalid(detail);
        return providers.getExceptionMapper(InvalidInputException.class).toResponse(invalid);
    }
}
