package org.jointline.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.annotation.DirtiesContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jointline on a PostgreSQL it does not run itself (JOINTLINE_DB_URL): a server started apart from
 * the application, with an empty database. Without demo data, the first start makes an administrator
 * and prints the password once.
 */
@ExtendWith(ExternalDatabaseTests.StopServer.class)
@SpringBootTest(properties = "jointline.demo=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseTests {

    private static final Path DIRECTORY = Path.of("target/test-postgres-external");
    private static EmbeddedPostgres server;

    @Autowired DataSource dataSource;
    @Autowired Accounts accounts;
    @Autowired AuthenticationManager authentication;

    @DynamicPropertySource
    static void externalServer(DynamicPropertyRegistry registry) throws Exception {
        server = EmbeddedPostgresServer.acquire(DIRECTORY, true, 0);
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS plant");
            connection.createStatement().execute("CREATE DATABASE plant");
        }
        registry.add("jointline.db.url", () -> server.getJdbcUrl("postgres", "plant"));
        registry.add("jointline.db.user", () -> "postgres");
        registry.add("jointline.db.password", () -> "");
    }

    /** Registered before Spring's extension, so it runs after the application context has closed. */
    static class StopServer implements AfterAllCallback {

        @Override
        public void afterAll(ExtensionContext context) {
            EmbeddedPostgresServer.release(DIRECTORY);
        }
    }

    @Test
    void usesTheConfiguredServerAndMakesTheFirstAdministrator(CapturedOutput output) throws Exception {
        assertThat(dataSource).isNotInstanceOf(DatabaseConfiguration.EmbeddedDataSource.class);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getCatalog()).isEqualTo("plant");
        }
        assertThat(accounts.byUsername("office.ro")).as("no demo data").isEmpty();
        Matcher password = Pattern.compile("password: (\\S+)").matcher(output.getAll());
        assertThat(password.find()).as("the first administrator's password is printed").isTrue();
        var result = authentication.authenticate(new UsernamePasswordAuthenticationToken("admin", password.group(1)));
        assertThat(result.isAuthenticated()).isTrue();
    }
}
