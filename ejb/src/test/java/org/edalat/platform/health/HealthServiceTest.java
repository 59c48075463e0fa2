package org.edalat.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class HealthServiceTest {
    private final List<String> sql = new ArrayList<>();

    @Test
    void upWhenTheConnectionIsValidAndAnswersSelectOne() {
        HealthReport report = HealthService.check(dataSource(true, 1, null));

        assertTrue(report.up());
        assertEquals("H2", report.database());
        assertEquals("ok", report.detail());
        assertEquals(List.of("select 1"), sql);
    }

    @Test
    void downWhenTheConnectionIsNotValid() {
        HealthReport report = HealthService.check(dataSource(false, 1, null));

        assertFalse(report.up());
        assertEquals("connection not valid", report.detail());
    }

    @Test
    void downWhenSelectOneAnswersSomethingElse() {
        assertFalse(HealthService.check(dataSource(true, 2, null)).up());
    }

    @Test
    void downWithAShortReasonNeverTheExceptionMessage() {
        HealthReport report =
                HealthService.check(dataSource(true, 1, new SQLException("FATAL: password for user secret")));

        assertFalse(report.up());
        assertEquals("database unreachable", report.detail());
        assertFalse(String.valueOf(report).contains("secret"));
    }

    private DataSource dataSource(boolean valid, int answer, SQLException failure) {
        ResultSet result = proxy(ResultSet.class, (name, args) -> switch (name) {
            case "next" -> true;
            case "getInt" -> answer;
            default -> null;
        });
        Statement statement = proxy(Statement.class, (name, args) -> {
            if (name.equals("executeQuery")) {
                sql.add((String) args[0]);
                return result;
            }
            return null;
        });
        DatabaseMetaData metaData =
                proxy(DatabaseMetaData.class, (name, args) -> name.equals("getDatabaseProductName") ? "H2" : null);
        Connection connection = proxy(Connection.class, (name, args) -> switch (name) {
            case "isValid" -> valid;
            case "getMetaData" -> metaData;
            case "createStatement" -> statement;
            default -> null;
        });
        return proxy(DataSource.class, (name, args) -> {
            if (name.equals("getConnection")) {
                if (failure != null) {
                    throw failure;
                }
                return connection;
            }
            return null;
        });
    }

    interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(
                HealthServiceTest.class.getClassLoader(),
                new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
