package org.jointline.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one DataSource: an external PostgreSQL when JOINTLINE_DB_URL is set, else the embedded one. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DataSource dataSource(DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("jointline");
        config.setMaximumPoolSize(properties.poolSize());
        config.setMinimumIdle(Math.min(properties.minIdle(), properties.poolSize()));
        if (properties.minIdle() < properties.poolSize()) {
            config.setIdleTimeout(30_000);
        }
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
            return new HikariDataSource(config);
        }
        EmbeddedPostgres server = EmbeddedPostgresServer.acquire(
                properties.embeddedDirectory(), properties.embeddedClean(), properties.embeddedPort());
        config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        return new EmbeddedDataSource(config, properties.embeddedDirectory());
    }

    /** A pool on the embedded server that releases the server when it closes. */
    static final class EmbeddedDataSource extends HikariDataSource {

        private final java.nio.file.Path directory;
        private boolean released;

        EmbeddedDataSource(HikariConfig config, java.nio.file.Path directory) {
            super(config);
            this.directory = directory;
        }

        @Override
        public synchronized void close() {
            super.close();
            if (!released) {
                released = true;
                EmbeddedPostgresServer.release(directory);
            }
        }
    }
}
