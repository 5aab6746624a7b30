package org.jointline.partners.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jointline.partners.OrganisationDetails;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.PersonDetails;
import org.jointline.partners.PersonId;
import org.jointline.platform.Installation;
import org.jointline.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A first start without demo data and without any person: make an operator organisation and an
 * administrator {@code admin} with a generated password, printed once to the console.
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final People people;
    private final Organisations organisations;
    private final PasswordEncoder passwords;
    private final Installation installation;
    private final boolean demo;
    private final String country;

    FirstAdministrator(People people, Organisations organisations, PasswordEncoder passwords, Installation installation,
                       @Value("${jointline.demo:false}") boolean demo,
                       @Value("${jointline.operator.country:RO}") String country) {
        this.people = people;
        this.organisations = organisations;
        this.passwords = passwords;
        this.installation = installation;
        this.demo = demo;
        this.country = country;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo || people.count() > 0) {
            return;
        }
        OrganisationId operator = OrganisationId.next();
        organisations.insert(operator, new OrganisationDetails("Jointline operator", OrganisationKind.OPERATOR, country,
                null, null, null));
        String password = generatePassword();
        people.insert(PersonId.next(), new PersonDetails(operator, "admin", "Administrator", null,
                Set.copyOf(EnumSet.of(Role.ADMINISTRATOR)), true, null, null), passwords.encode(password));
        installation.record("first-administrator", UUID.randomUUID().toString());
        LOG.warn("""

                ==================================================================
                 Jointline made its first administrator. Shown this once only:
                   username: admin
                   password: {}
                 Log in and change it, then create your programme and people.
                ==================================================================""", password);
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
