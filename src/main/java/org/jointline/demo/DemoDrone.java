package org.jointline.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jointline.engineering.BomLineDetails;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.BomRevision;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.ManufacturerPart;
import org.jointline.engineering.RevisionRelease;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.springframework.stereotype.Component;

/** The demo's product: a 7-inch FPV drone of Carpathian's design, three levels deep, released. */
@Component
class DemoDrone {

    private final ItemManagement items;
    private final BomManagement boms;

    DemoDrone(ItemManagement items, BomManagement boms) {
        this.items = items;
        this.boms = boms;
    }

    void load(Actor engineer) {
        OrganisationId owner = new OrganisationId(engineer.organisationId());
        ItemId mcu = part(engineer, owner, "CAS-1001", "Flight controller MCU", "STMicroelectronics", "STM32F405RGT6", Tracking.NONE);
        ItemId imu = part(engineer, owner, "CAS-1002", "6-axis IMU", "TDK InvenSense", "ICM-42688-P", Tracking.NONE);
        ItemId baro = part(engineer, owner, "CAS-1003", "Barometer", "Bosch", "BMP280", Tracking.NONE);
        ItemId cap = part(engineer, owner, "CAS-1004", "Capacitor 100 nF 0402", "Murata", "GRM155R71C104KA88D", Tracking.NONE);
        ItemId pcb = part(engineer, owner, "CAS-1005", "Flight controller PCB rev 2", null, null, Tracking.LOT);
        ItemId fc = assembly(engineer, owner, "CAS-2001", "Flight controller board FC-7", ItemKind.ASSEMBLY, List.of(
                line(pcb, "1"), line(mcu, "1", "U1"), line(imu, "1", "U2"), line(baro, "1", "U3"),
                line(cap, "12", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11", "C12")));
        ItemId frame = part(engineer, owner, "CAS-3001", "Carbon frame 7 inch", null, null, Tracking.LOT);
        ItemId motor = part(engineer, owner, "CAS-3002", "Brushless motor 2807 1300KV", "Valtellina Motori", "VM-2807-1300", Tracking.SERIAL);
        ItemId prop = part(engineer, owner, "CAS-3003", "Propeller 7 inch tri-blade", null, null, Tracking.LOT);
        ItemId esc = part(engineer, owner, "CAS-3004", "4-in-1 ESC 55 A", null, null, Tracking.SERIAL);
        ItemId camera = part(engineer, owner, "CAS-3005", "FPV camera", null, null, Tracking.SERIAL);
        ItemId vtx = part(engineer, owner, "CAS-3006", "Video transmitter 5.8 GHz", null, null, Tracking.SERIAL);
        ItemId battery = part(engineer, owner, "CAS-3007", "LiPo battery 6S 2200 mAh", null, null, Tracking.LOT);
        assembly(engineer, owner, "CAS-FPV7", "FPV-7 strike drone", ItemKind.END_ITEM, List.of(
                line(frame, "1"), line(fc, "1"), line(esc, "1"), line(motor, "4", "M1", "M2", "M3", "M4"),
                line(prop, "4"), line(camera, "1"), line(vtx, "1"), line(battery, "1")));
    }

    private ItemId part(Actor engineer, OrganisationId owner, String number, String name, String manufacturer, String mpn,
                        Tracking tracking) {
        List<ManufacturerPart> parts = mpn == null ? List.of() : List.of(new ManufacturerPart(manufacturer, mpn));
        Item item = items.create(engineer, new ItemDetails(owner, number, name, null, ItemKind.PART, UnitOfMeasure.EA,
                tracking, null, null, parts, null));
        return items.release(engineer, item.id()).id();
    }

    private ItemId assembly(Actor engineer, OrganisationId owner, String number, String name, ItemKind kind,
                            List<BomLineDetails> lines) {
        Item item = items.create(engineer, new ItemDetails(owner, number, name, null, kind, UnitOfMeasure.EA,
                Tracking.SERIAL, null, "RO", List.of(), null));
        BomRevision revision = boms.startRevision(engineer, item.id(), null);
        boms.addLines(engineer, revision.id(), lines);
        boms.release(engineer, revision.id(), new RevisionRelease(LocalDate.of(2026, 4, 1), null, null));
        return items.release(engineer, item.id()).id();
    }

    private static BomLineDetails line(ItemId component, String quantity, String... designators) {
        return new BomLineDetails(component, new BigDecimal(quantity), null, new ArrayList<>(List.of(designators)), null,
                false, List.of());
    }
}
