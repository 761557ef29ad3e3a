/**
 * Owns the database schema: Flyway migrations applied before Hibernate validates the mapping, on H2 and PostgreSQL
 * alike, plus the demo data set loaded only when the demo profile is on.
 */
package fr.imprimfip.persistence;
