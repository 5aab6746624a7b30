package org.jointline.traceability;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jointline.JointlineTest;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.security.Accounts;
import org.jointline.traceability.internal.ModuleEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The identifiers of module events follow the item: a GTIN given or changed is used from the next event on. */
@JointlineTest
class ModuleEventsTests {

    @Autowired ModuleEvents events;
    @Autowired ItemManagement items;
    @Autowired Accounts accounts;

    @Test
    void aChangedGtinIsUsedFromTheNextEventOn() {
        Actor engineer = accounts.byUsername("engineer.ro").orElseThrow().actor();
        String number = "ME-" + UUID.randomUUID().toString().substring(0, 8);
        String first = gtin();
        Item item = items.create(engineer, details(engineer, number, first, null));
        UUID org = engineer.organisationId();
        assertThat(events.serial(item.id(), "S-1", org)).isEqualTo(Identifiers.serial(first, item.id().value(), "S-1"));

        String second = gtin();
        items.update(engineer, item.id(), details(engineer, number, second, items.get(engineer, item.id()).version()));
        assertThat(events.serial(item.id(), "S-1", org)).as("not the GTIN remembered from the first event")
                .isEqualTo(Identifiers.serial(second, item.id().value(), "S-1"));
    }

    private static ItemDetails details(Actor engineer, String number, String gtin, Integer version) {
        return new ItemDetails(new OrganisationId(engineer.organisationId()), number, "Motor", null, ItemKind.PART,
                UnitOfMeasure.EA, Tracking.SERIAL, gtin, null, List.of(), version);
    }

    private static String gtin() {
        StringBuilder digits = new StringBuilder("95");
        for (int i = 0; i < 11; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return Identifiers.withCheckDigit(digits.toString());
    }
}
