package org.jointline.supply;

import java.util.List;
import java.util.UUID;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;

/** Items of their own for each test (a random prefix), the demo facilities and people. */
class SupplyFixture {

    final ItemManagement items;
    final FacilityManagement facilities;
    final Accounts accounts;

    SupplyFixture(ItemManagement items, FacilityManagement facilities, Accounts accounts) {
        this.items = items;
        this.facilities = facilities;
        this.accounts = accounts;
    }

    Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow().actor();
    }

    Item item(String name, Tracking tracking, UnitOfMeasure unit) {
        return item(name, tracking, unit, null);
    }

    Item item(String name, Tracking tracking, UnitOfMeasure unit, String gtin) {
        Actor engineer = actor("engineer.ro");
        String number = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-" + name;
        return items.create(engineer, new ItemDetails(new OrganisationId(engineer.organisationId()), number, name, null,
                ItemKind.PART, unit, tracking, gtin, null, List.of(), null));
    }

    Facility facility(String code) {
        return facilities.list(actor("admin"), new PageQuery(0, 50, null), null).items().stream()
                .filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }
}
