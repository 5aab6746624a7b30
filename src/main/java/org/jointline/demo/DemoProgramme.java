package org.jointline.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jointline.partners.FacilityDetails;
import org.jointline.partners.FacilityId;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.LineDetails;
import org.jointline.partners.MemberRole;
import org.jointline.partners.MembershipDetails;
import org.jointline.partners.OrganisationDetails;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.PeopleManagement;
import org.jointline.partners.PersonDetails;
import org.jointline.partners.ProgrammeDetails;
import org.jointline.partners.ProgrammeId;
import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.Installation;
import org.jointline.platform.PageQuery;
import org.jointline.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Romania–Ukraine joint drone production": its member organisations, facilities, lines and a person
 * in every role, all with the password {@code demo}. Loaded once; refused into a database that holds
 * other data.
 */
@Component
@Order(10)
class DemoProgramme implements ApplicationRunner {

    static final String FACT = "demo-programme";
    private static final Logger LOG = LoggerFactory.getLogger(DemoProgramme.class);
    private static final Actor LOADER = new Actor(UUID.randomUUID(), "demo-loader", "Demo loader", UUID.randomUUID(),
            Set.of(Role.ADMINISTRATOR));

    private final ProgrammeManagement programmes;
    private final OrganisationManagement organisations;
    private final FacilityManagement facilities;
    private final PeopleManagement people;
    private final Installation installation;
    private final DemoDrone drone;
    private final org.jointline.platform.security.Accounts accounts;
    private final boolean enabled;

    DemoProgramme(ProgrammeManagement programmes, OrganisationManagement organisations, FacilityManagement facilities,
                  PeopleManagement people, Installation installation, DemoDrone drone,
                  org.jointline.platform.security.Accounts accounts, @Value("${jointline.demo:false}") boolean enabled) {
        this.drone = drone;
        this.accounts = accounts;
        this.programmes = programmes;
        this.organisations = organisations;
        this.facilities = facilities;
        this.people = people;
        this.installation = installation;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || installation.fact(FACT).isPresent()) {
            return;
        }
        if (organisations.list(LOADER, new PageQuery(0, 1, null)).totalItems() > 0) {
            LOG.error("Demo mode is on, but the database already holds data that is not the demo: the demo programme "
                    + "was NOT loaded. Start without JOINTLINE_DEMO / jointline.demo, or use an empty database.");
            return;
        }
        load();
        installation.record(FACT, LocalDate.now().toString());
        LOG.info("Loaded the demo programme. Log in as office.ro, engineer.ua, compliance.ro, ... with password 'demo'.");
    }

    private void load() {
        ProgrammeId programme = programmes.create(LOADER, new ProgrammeDetails("RO-UA-JDP",
                "Romania–Ukraine joint drone production",
                "Joint production of FPV and reconnaissance drones in Brașov and Lviv for Romanian, Ukrainian, EU and NATO use.",
                LocalDate.of(2026, 3, 15), LocalDate.of(2028, 3, 14), null)).id();

        OrganisationId carpathian = member(programme, "Carpathian Aero Systems SRL", OrganisationKind.MANUFACTURER, "RO", "Brașov", "J08/1234/2019", MemberRole.HOST);
        OrganisationId dnipro = member(programme, "Dnipro Unmanned Systems TOV", OrganisationKind.MANUFACTURER, "UA", "Dnipro", "44556677", MemberRole.PARTNER);
        OrganisationId valtellina = member(programme, "Valtellina Motori SpA", OrganisationKind.SUPPLIER, "IT", "Sondrio", "IT01234560987", MemberRole.SUPPLIER);
        OrganisationId mapn = member(programme, "Ministerul Apărării Naționale", OrganisationKind.CUSTOMER, "RO", "București", null, MemberRole.CUSTOMER);
        OrganisationId mou = member(programme, "Ministry of Defence of Ukraine", OrganisationKind.CUSTOMER, "UA", "Kyiv", null, MemberRole.CUSTOMER);
        OrganisationId ancex = member(programme, "Departamentul pentru Controlul Exporturilor (ANCEX)", OrganisationKind.AUTHORITY, "RO", "București", null, MemberRole.AUTHORITY);
        member(programme, "State Service for Export Control of Ukraine", OrganisationKind.AUTHORITY, "UA", "Kyiv", null, MemberRole.AUTHORITY);

        FacilityId brasov = facility(carpathian, "BRV-1", "Brașov joint drone plant", "RO", "Brașov", "Str. Hărmanului 50");
        line(brasov, "FPV-A", "FPV assembly line A", 400);
        line(brasov, "FPV-B", "FPV assembly line B", 400);
        line(brasov, "ISR-1", "Reconnaissance UAV line", 20);
        facility(carpathian, "BUC-W", "Bucharest logistics hub", "RO", "București", "Șos. Berceni 104");
        FacilityId lviv = facility(dnipro, "LVV-1", "Lviv assembly works", "UA", "Lviv", "vul. Promyslova 12");
        line(lviv, "FPV-L1", "FPV line 1", 600);
        line(lviv, "FPV-L2", "FPV line 2", 600);
        FacilityId sondrio = facility(valtellina, "SON-1", "Sondrio motor plant", "IT", "Sondrio", "Via Stelvio 8");
        line(sondrio, "MOT-1", "Brushless motor line", 5000);
        facility(mapn, "PLO-D", "Central logistics depot", "RO", "Ploiești", null);
        facility(mou, "KYV-A", "Acceptance point Kyiv", "UA", "Kyiv", null);

        person(carpathian, "admin", "Andrei Ionescu", Role.ADMINISTRATOR);
        person(carpathian, "office.ro", "Ioana Popescu", Role.PROGRAMME_OFFICE);
        person(carpathian, "engineer.ro", "Mihai Dumitrescu", Role.ENGINEER);
        person(carpathian, "steward.ro", "Elena Stan", Role.DATA_STEWARD);
        person(carpathian, "compliance.ro", "Radu Georgescu", Role.COMPLIANCE_OFFICER);
        person(carpathian, "buyer.ro", "Cristina Marin", Role.BUYER);
        person(carpathian, "planner.ro", "Vlad Constantin", Role.PLANNER);
        person(carpathian, "operator.ro", "Gabriel Tudor", Role.OPERATOR);
        person(carpathian, "inspector.ro", "Ana Munteanu", Role.INSPECTOR);
        person(dnipro, "engineer.ua", "Олена Коваленко", Role.ENGINEER);
        person(dnipro, "steward.ua", "Андрій Шевченко", Role.DATA_STEWARD);
        person(dnipro, "compliance.ua", "Ірина Бондаренко", Role.COMPLIANCE_OFFICER);
        person(dnipro, "operator.ua", "Тарас Мельник", Role.OPERATOR);
        person(mapn, "acceptance.ro", "Col. Dan Ilie", Role.CUSTOMER_ACCEPTANCE);
        person(mou, "acceptance.ua", "Максим Ткаченко", Role.CUSTOMER_ACCEPTANCE);
        person(ancex, "auditor", "Sorin Vasile", Role.AUDITOR);
        drone.load(accounts.byUsername("engineer.ro").orElseThrow().actor());
    }

    private OrganisationId member(ProgrammeId programme, String name, OrganisationKind kind, String country, String city,
                                  String registration, MemberRole role) {
        OrganisationId id = organisations.register(LOADER, new OrganisationDetails(name, kind, country, city, registration, null)).id();
        programmes.addMember(LOADER, programme, new MembershipDetails(id, role));
        return id;
    }

    private FacilityId facility(OrganisationId owner, String code, String name, String country, String city, String address) {
        return facilities.register(LOADER, new FacilityDetails(owner, code, name, country, city, address, null)).id();
    }

    private void line(FacilityId facility, String code, String name, int capacity) {
        facilities.addLine(LOADER, facility, new LineDetails(code, name, capacity, null));
    }

    private void person(OrganisationId organisation, String username, String name, Role role) {
        String email = username + "@demo.jointline.org";
        people.register(LOADER, new PersonDetails(organisation, username, name, email, EnumSet.of(role), true, "demo", null));
    }
}
