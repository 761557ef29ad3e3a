/**
 * Owns the database schema: Flyway migrations applied before Hibernate validates the mapping, on H2 and PostgreSQL
 * alike (SQL ones in {@code db/migration}, Java ones in the {@code migration} subpackage), plus the demo data set
 * loaded only when the demo profile is on.
 */
package fr.imprimfip.persistence;
