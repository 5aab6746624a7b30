package org.jointline.traceability;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The capture limits the binding advertises and enforces (413 above them). */
@ConfigurationProperties("jointline.epcis")
public record CaptureLimits(Integer maxEvents, Long maxBytes, Integer batchSize) {

    public CaptureLimits {
        maxEvents = maxEvents == null ? 10_000 : maxEvents;
        maxBytes = maxBytes == null ? 32L * 1024 * 1024 : maxBytes;
        batchSize = batchSize == null ? 2_000 : batchSize;
    }
}
