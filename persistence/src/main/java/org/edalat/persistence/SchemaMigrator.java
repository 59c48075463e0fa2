package org.edalat.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations of this module to a datasource. Called once per deployment, before
 * Hibernate validates the schema; on a cluster every node calls it and Flyway's own database lock
 * lets one node migrate while the others wait and then find nothing to do.
 */
public final class SchemaMigrator {
    /** Where the migrations live, on this module's class path. */
    public static final String LOCATION = "classpath:db/migration";

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private SchemaMigrator() {}

    /** Migrates the schema to the latest version and returns the number of migrations applied. */
    public static int migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                // JBeret's JDBC job repository creates its own tables in the same schema when the
                // server boots, so the schema is never empty at the first deployment: baseline at
                // version 0 and apply every migration from V1 on.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        return result.migrationsExecuted;
    }
}
