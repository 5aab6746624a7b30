package org.jointline.platform.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is. Without a URL Jointline runs its own embedded PostgreSQL,
 * keeping its files under {@code embeddedDirectory}. The pool keeps {@code minIdle} of at most {@code poolSize}
 * connections open (tests cache many application contexts on one server, so they keep few).
 */
@ConfigurationProperties("jointline.db")
public record DatabaseProperties(String url, String user, String password, Path embeddedDirectory,
                                 boolean embeddedClean, int embeddedPort,
                                 @DefaultValue("20") int poolSize, @DefaultValue("20") int minIdle) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
