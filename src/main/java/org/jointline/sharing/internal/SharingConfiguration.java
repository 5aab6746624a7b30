package org.jointline.sharing.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Checkpoints are issued on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SharingConfiguration {
}
