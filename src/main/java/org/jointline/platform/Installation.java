package org.jointline.platform;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Facts about this installation that must survive restarts (demo loaded, first administrator made). */
@Component
public class Installation {

    private final JdbcClient jdbc;

    Installation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> fact(String key) {
        return jdbc.sql("SELECT value FROM platform.installation WHERE key = :key").param("key", key)
                .query(String.class).optional();
    }

    public void record(String key, String value) {
        jdbc.sql("INSERT INTO platform.installation (key, value) VALUES (:key, :value) ON CONFLICT (key) DO NOTHING")
                .param("key", key).param("value", value).update();
    }
}
