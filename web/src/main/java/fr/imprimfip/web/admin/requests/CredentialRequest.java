package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/**
 * {@code {"environment": "SANDBOX", "certificate": "-----BEGIN CERTIFICATE-----..."}}, or the certificate named by
 * its subject alone ({@code "certificateSubject": "CN=...,O=...,C=FR"}); {@code clientId} names another client id
 * than the default one.
 */
public record CredentialRequest(@NotNull String environment, String clientId, String certificateSubject,
                                String certificate) {

    public static final String SHAPE = "\\{\"environment\": \"...\", \"certificateSubject\": \"CN=...\"\\}";
}
