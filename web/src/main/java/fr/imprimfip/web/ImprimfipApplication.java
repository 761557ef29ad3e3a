package fr.imprimfip.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The platform's HTTP doors: the partner API (v1 IMPRIM'FIP contract), the finance and admin APIs. Security
 * constraints live in web.xml; bearer tokens are MicroProfile JWTs issued by Keycloak. Uploads are configured by
 * {@link fr.imprimfip.web.v1.UploadSpooling}.
 */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = "imprimfip")
public class ImprimfipApplication extends Application {
}
