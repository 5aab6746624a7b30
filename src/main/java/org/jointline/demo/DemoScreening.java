package org.jointline.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jointline.partners.OrganisationDetails;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.PeopleManagement;
import org.jointline.partners.PersonDetails;
import org.jointline.platform.Actor;
import org.jointline.platform.Installation;
import org.jointline.platform.PageQuery;
import org.jointline.platform.Role;
import org.jointline.platform.security.Accounts;
import org.jointline.screening.ListFile;
import org.jointline.screening.ScreeningLists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Screening in the demo: a small sanctions list in the UN format (ZALA Aero Group and invented entries) is imported,
 * then a would-be supplier that is on it registers (held for the administrators until it joins a programme) and a
 * person of Dnipro Unmanned Systems whose Ukrainian Cyrillic name matches a listed Russian spelling is registered,
 * so compliance.ro and compliance.ua find that person held in the hits queue. Runs once, after the demo programme.
 */
@Component
@Order(20)
class DemoScreening implements ApplicationRunner {

    static final String FACT = "demo-screening";
    private static final Logger LOG = LoggerFactory.getLogger(DemoScreening.class);

    private final ScreeningLists lists;
    private final OrganisationManagement organisations;
    private final PeopleManagement people;
    private final Installation installation;
    private final Accounts accounts;
    private final boolean enabled;

    DemoScreening(ScreeningLists lists, OrganisationManagement organisations,
                  PeopleManagement people, Installation installation, Accounts accounts,
                  @Value("${jointline.demo:false}") boolean enabled) {
        this.lists = lists;
        this.organisations = organisations;
        this.people = people;
        this.installation = installation;
        this.accounts = accounts;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || installation.fact(DemoProgramme.FACT).isEmpty() || installation.fact(FACT).isPresent()) {
            return;
        }
        Actor admin = accounts.byUsername("admin").orElseThrow().actor();
        lists.importFiles(admin, List.of(new ListFile("demo-sanctions.xml", demoList())));
        // a would-be supplier that is not in a programme yet: administrators see it held
        organisations.register(admin, new OrganisationDetails("Zala Aero LLC", OrganisationKind.SUPPLIER, "RU", "Izhevsk",
                null, null));
        var dnipro = organisations.list(admin, new PageQuery(0, 1, "Dnipro Unmanned")).items().get(0).id();
        people.register(admin, new PersonDetails(dnipro, "v.kolomiitsev", "Віктор Коломійцев", null,
                EnumSet.of(Role.ENGINEER), false, null, null));
        installation.record(FACT, LocalDate.now().toString());
        LOG.info("Demo screening: a demo sanctions list imported; Zala Aero LLC and a person held for compliance.ro.");
    }

    private static byte[] demoList() {
        try (InputStream in = new ClassPathResource("demo/screening-demo-list.xml").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
