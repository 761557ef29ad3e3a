/**
 * The native API ({@code /api/v2}): deposits as raw PDF or multipart with client metadata and Idempotency-Key,
 * searchable with cursor pagination, each with its documents and their status timelines, pending documents
 * deletable; errors as RFC 9457 problem details.
 */
package fr.imprimfip.web.v2;
