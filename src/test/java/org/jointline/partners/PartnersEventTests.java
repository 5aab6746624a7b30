package org.jointline.partners;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jointline.platform.Actor;
import org.jointline.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The partners module on its own: its events, and their publications in the JDBC registry. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class PartnersEventTests {

    private static final Actor ADMIN = new Actor(UUID.randomUUID(), "t", "T", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    @Autowired OrganisationManagement organisations;
    @Autowired JdbcClient jdbc;
    @Autowired Screening screening;

    @Test
    void registeringAnOrganisationPublishesAnEventForScreening(Scenario scenario) {
        String name = "Event Test " + UUID.randomUUID();
        scenario.stimulate(() -> organisations.register(ADMIN, new OrganisationDetails(name, OrganisationKind.SUPPLIER, "PL", null, null, null)))
                .andWaitForStateChange(() -> screening.heard(name))
                .andVerify(heard -> {
                    assertThat(jdbc.sql("SELECT count(*) FROM platform.event_publication WHERE serialized_event LIKE :n")
                            .param("n", "%" + name + "%").query(Long.class).single())
                            .as("the publication is kept in the JDBC registry").isEqualTo(1);
                });
    }

    /** Stands in for the compliance module, which will screen new organisations. */
    static class Screening {
        private final List<String> heard = new CopyOnWriteArrayList<>();

        public boolean heard(String name) {
            return heard.contains(name);
        }

        @ApplicationModuleListener
        void on(OrganisationRegistered event) {
            heard.add(event.name());
        }
    }

    @TestConfiguration
    static class Listeners {
        @Bean
        Screening screening() {
            return new Screening();
        }
    }
}
