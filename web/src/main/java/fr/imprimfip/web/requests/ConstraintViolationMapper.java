package fr.imprimfip.web.requests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

import fr.imprimfip.shared.InvalidInputException;

/**
 * A request record refused by its Bean Validation constraints is answered as any other wrong field, in French and in
 * English: a missing body by the JSON shape its {@code @NotNull} message gives ("Le corps doit être ..."), a missing
 * member by its path ("Le champ contacts[0].email est obligatoire."). The refusal goes to the mapper of
 * {@link InvalidInputException}, so the 400 has the door's format and language. Without this class the runtime's
 * own validation answer, in neither format, would reach the caller.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    Providers providers;

    @Override
    public Response toResponse(ConstraintViolationException refused) {
        return providers.getExceptionMapper(InvalidInputException.class).toResponse(refusal(refused
                .getConstraintViolations()));
    }

    /** The refusal of the first violation, by path, so that the same wrong body always gets the same answer. */
    static InvalidInputException refusal(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .min(Comparator.comparing((ConstraintViolation<?> violation) -> violation.getPropertyPath().toString()))
                .map(ConstraintViolationMapper::refusal)
                .orElseGet(() -> RequestFields.invalid("La requête est invalide.", "The request is invalid."));
    }

    private static InvalidInputException refusal(ConstraintViolation<?> violation) {
        String member = member(violation.getPropertyPath());
        if (member.isEmpty()) {
            return RequestFields.shape(violation.getMessage());
        }
        if (violation.getConstraintDescriptor().getAnnotation() instanceof NotNull) {
            return RequestFields.missing(member);
        }
        return RequestFields.invalid("Le champ " + member + " est invalide.", "The " + member + " field is invalid.");
    }

    /** The member's path in the body ({@code contacts[0].email}), empty for the body itself. */
    private static String member(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(node -> {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                nodes.clear();
            } else {
                nodes.add(node);
            }
        });
        StringBuilder member = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.isInIterable() && node.getIndex() != null) {
                member.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                member.append('.').append(node.getKey());
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                member.append(member.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return member.toString();
    }
}
