package org.edalat.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.edalat.it.support.As;
import org.edalat.it.support.Deployments;
import org.edalat.platform.security.Role;
import org.edalat.platform.security.UserAccount;
import org.edalat.platform.security.UserAccountService;
import org.edalat.platform.security.UsernameTakenException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform deployed for real: schema by Flyway, identities from the Elytron JDBC realm, roles enforced. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Resource(lookup = "java:jboss/datasources/EdalatDS")
    DataSource dataSource;

    @EJB
    UserAccountService accounts;

    @Test
    void flywayMigratedTheSchemaBeforeHibernateValidatedIt() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select count(*) from \"flyway_schema_history\" where \"success\" = true and \"version\" <> '0'")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 3, "V1..V3 applied");
        }
    }

    @Test
    void adminOpensAnAccountAndItCanAuthenticate_S4_28() throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount opened = As.role(Role.ADMIN)
                .call(() -> accounts.open(username, "کاربر آزمون", "Secret-2026", EnumSet.of(Role.JUDGE)));
        assertEquals(username, opened.getUsername());
        // the Elytron realm verifies the bcrypt hash the application wrote
        As judge = As.user(username, "Secret-2026");
        assertEquals(username, judge.call(() -> accounts.me().orElseThrow().getUsername()));
    }

    @Test
    void aSecondAccountWithTheSameUsernameIsRefused_S4_28() throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        As admin = As.role(Role.ADMIN);
        admin.call(() -> accounts.open(username, "یک", "Secret-2026", EnumSet.of(Role.JUDGE)));
        assertThrows(
                UsernameTakenException.class,
                () -> admin.call(() -> accounts.open(username, "دو", "Secret-2026", EnumSet.of(Role.JUDGE))));
    }

    @Test
    void onlyAdminMayOpenAccounts_S4_28() {
        assertThrows(EJBAccessException.class, () -> As.role(Role.JUDGE)
                .call(() -> accounts.open("it-nope", "نه", "Secret-2026", EnumSet.of(Role.ADMIN))));
    }
}
