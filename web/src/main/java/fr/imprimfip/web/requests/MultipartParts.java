package fr.imprimfip.web.requests;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ApiException;
import fr.imprimfip.web.v1.FormPart;
import fr.imprimfip.web.v1.ServletFormPart;

/** The parts of a multipart request, spooled to disk by the container before anything reads them. */
public final class MultipartParts {

    private MultipartParts() {
    }

    public static List<FormPart> of(HttpServletRequest request) throws IOException {
        try {
            return request.getParts().stream().<FormPart>map(ServletFormPart::new).toList();
        } catch (IllegalStateException tooLarge) {
            throw new ApiException(ApiError.TOO_LARGE, "La requête dépasse la taille maximale acceptée.",
                    "The request exceeds the maximum size accepted.");
        } catch (ServletException notMultipart) {
            throw RequestFields.invalid("Le corps de la requête n'est pas un multipart valide.",
                    "The request body is not a valid multipart.");
        }
    }
}
