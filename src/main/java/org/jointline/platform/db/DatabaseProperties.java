package org.jointline.platform.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. Without a URL Jointline runs its own embedded PostgreSQL,
 * keeping its files under {@code embeddedDirectory}.
 */
@ConfigurationProperties("jointline.db")
public record DatabaseProperties(String url, String user, String password, Path embeddedDirectory,
                                 boolean embeddedClean, int embeddedPort) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
