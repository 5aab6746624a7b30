package org.jointline.platform.db;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The executor of asynchronous work, module listeners above all ({@code @ApplicationModuleListener} is
 * {@code @Async}): a few threads and a queue. Unbounded (a virtual thread per event, as with
 * {@code spring.threads.virtual.enabled}), a burst of events took every pool connection and both cores from the
 * people waiting on a request (production bench: completion p99 1.5–2 s). Events are kept in the publication
 * registry, so what is queued at shutdown is published again on restart.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecutor implements AsyncConfigurer, DisposableBean {

    private final int threads;
    private volatile ThreadPoolTaskExecutor executor;

    ListenerExecutor(@Value("${jointline.listeners.threads:2}") int threads) {
        this.threads = threads;
    }

    @Override
    public synchronized Executor getAsyncExecutor() {
        if (executor == null) {
            ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
            pool.setThreadNamePrefix("listener-");
            pool.setCorePoolSize(threads);
            pool.setMaxPoolSize(threads);
            pool.setDaemon(true);
            pool.initialize();
            executor = pool;
        }
        return executor;
    }

    @Override
    public synchronized void destroy() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
