/**
 * Schema ownership: Flyway migrations under {@code db/migration} (one script set for H2 and
 * PostgreSQL: portable SQL only, sequences for ids) and the {@link org.edalat.persistence.SchemaMigrator}
 * that applies them when the persistence unit starts, before Hibernate validates the mapping.
 */
package org.edalat.persistence;
