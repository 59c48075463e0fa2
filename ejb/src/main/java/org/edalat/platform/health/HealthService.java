package org.edalat.platform.health;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Checks that the application datasource hands out a valid connection that answers {@code select
 * 1} (valid SQL on H2 and PostgreSQL alike). Runs outside any transaction so the check never
 * enlists in, or waits on, application work.
 */
@Stateless
@PermitAll
public class HealthService {
    private static final Logger LOG = Logger.getLogger(HealthService.class.getName());

    /** Seconds the database has to answer each step. */
    static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/EdalatDS")
    private DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public HealthReport check() {
        return check(dataSource);
    }

    /** The check itself, on any datasource. */
    static HealthReport check(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String database = connection.getMetaData().getDatabaseProductName();
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return HealthReport.down(database, "connection not valid");
            }
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(TIMEOUT_SECONDS);
                try (ResultSet result = statement.executeQuery("select 1")) {
                    if (!result.next() || result.getInt(1) != 1) {
                        return HealthReport.down(database, "unexpected answer to select 1");
                    }
                }
            }
            return HealthReport.up(database);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "database health check failed", e);
            return HealthReport.down(null, "database unreachable");
        }
    }
}
