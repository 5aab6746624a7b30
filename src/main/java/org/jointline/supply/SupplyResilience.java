package org.jointline.supply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.Explosion;
import org.jointline.engineering.ExplosionRow;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemKind;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.supply.internal.Access;
import org.jointline.supply.internal.Catalogue;
import org.jointline.supply.internal.StockQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supply resilience: for an end item, which purchased components depend on a single supplier, a single country,
 * or countries outside the programme, weighted by their share of the BOM's value; and what stopping one supplier or
 * one country would leave uncovered. The programme's countries are those of its manufacturers, customers and
 * authorities (its nations), not of its suppliers. Prices in other currencies are converted with configured rates.
 */
@Service
@Transactional(readOnly = true)
public class SupplyResilience {

    private static final int USE_WINDOW_DAYS = 30;

    private final BomManagement boms;
    private final SupplierManagement suppliers;
    private final OrganisationManagement organisations;
    private final Catalogue catalogue;
    private final Access access;
    private final StockQueries queries;
    private final Map<String, BigDecimal> eurRates;

    SupplyResilience(BomManagement boms, SupplierManagement suppliers, OrganisationManagement organisations,
                     Catalogue catalogue, Access access, StockQueries queries,
                     @Value("${jointline.supply.eur-rates:USD=0.92,RON=0.20,UAH=0.022,GBP=1.17,CNY=0.13}") String rates) {
        this.boms = boms;
        this.suppliers = suppliers;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.access = access;
        this.queries = queries;
        this.eurRates = new LinkedHashMap<>();
        this.eurRates.put("EUR", BigDecimal.ONE);
        for (String pair : rates.split(",")) {
            String[] kv = pair.strip().split("=");
            if (kv.length == 2) {
                eurRates.put(kv[0].strip(), new BigDecimal(kv[1].strip()));
            }
        }
    }

    public Resilience of(Actor actor, ItemId endItem) {
        Explosion explosion = boms.explode(actor, endItem, null, null, null);
        ExplosionRow root = explosion.rows().getFirst();
        Map<ItemId, BigDecimal> quantities = new LinkedHashMap<>();
        Map<ItemId, ExplosionRow> rows = new LinkedHashMap<>();
        for (ExplosionRow row : explosion.rows()) {
            if (row.level() > 0 && !row.hasChildren() && !row.hidden()) {
                quantities.merge(row.itemId(), row.extendedQuantity(), BigDecimal::add);
                rows.putIfAbsent(row.itemId(), row);
            }
        }
        Map<ItemId, List<SupplierPart>> sources = approved(actor, quantities.keySet());
        Set<String> nations = programmeCountries(actor);
        List<Resilience.Component> components = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (var entry : quantities.entrySet()) {
            List<SupplierPart> parts = sources.getOrDefault(entry.getKey(), List.of());
            BigDecimal unit = parts.stream().map(p -> eur(p, entry.getValue())).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
            BigDecimal value = unit.multiply(entry.getValue()).setScale(2, RoundingMode.HALF_UP);
            total = total.add(value);
            Set<String> countries = parts.stream().map(p -> p.originCountry() == null ? p.supplierCountry() : p.originCountry())
                    .collect(Collectors.toCollection(TreeSet::new));
            List<String> names = parts.stream().map(SupplierPart::supplierName).distinct().sorted().toList();
            ExplosionRow row = rows.get(entry.getKey());
            components.add(new Resilience.Component(entry.getKey(), row.number(), row.name(), entry.getValue().stripTrailingZeros(),
                    unit, value, null, names, List.copyOf(countries), parts.isEmpty(), names.size() == 1,
                    countries.size() == 1, !countries.isEmpty() && countries.stream().noneMatch(nations::contains)));
        }
        BigDecimal sum = total;
        List<Resilience.Component> shared = components.stream().map(c -> new Resilience.Component(c.item(), c.number(), c.name(),
                c.quantity(), c.unitCostEur(), c.valueEur(), share(c.valueEur(), sum), c.suppliers(), c.countries(),
                c.noSupplier(), c.singleSupplier(), c.singleCountry(), c.outsideProgramme()))
                .sorted(Comparator.comparing(Resilience.Component::valueEur).reversed()).toList();
        return new Resilience(endItem, root.number(), root.name(), total, List.copyOf(new TreeSet<>(nations)), shared,
                shareOf(shared, Resilience.Component::singleSupplier, sum), shareOf(shared, Resilience.Component::singleCountry, sum),
                shareOf(shared, Resilience.Component::outsideProgramme, sum));
    }

    /**
     * If this supplier (or, when {@code supplier} is null, this country of origin) stops delivering. Runs outside a
     * transaction: an end item whose BOM the actor may not read is skipped, and that refusal must not roll back
     * (and fail) the whole answer.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public WhatIf whatIf(Actor actor, OrganisationId supplier, String country) {
        if (supplier == null && (country == null || country.isBlank())) {
            throw new InvalidInput("supplier", "supply.what-if-needs-one");
        }
        String stopped = supplier != null ? suppliers.supplier(actor, supplier).name() : country.strip().toUpperCase();
        List<SupplierPart> all = suppliers.parts(actor, null, null).stream().filter(SupplierPart::approved).toList();
        Map<ItemId, List<SupplierPart>> byItem = all.stream().collect(Collectors.groupingBy(SupplierPart::item));
        UUID[] facilities = access.visible(actor).keySet().stream().map(FacilityId::value).toArray(UUID[]::new);
        List<WhatIf.Component> affected = new ArrayList<>();
        Map<ItemId, WhatIf.EndItem> endItems = new LinkedHashMap<>();
        for (var entry : byItem.entrySet()) {
            boolean hit = entry.getValue().stream().anyMatch(p -> stops(p, supplier, stopped));
            boolean otherSource = entry.getValue().stream().anyMatch(p -> !stops(p, supplier, stopped));
            if (!hit || otherSource) {
                continue;
            }
            Item item = catalogue.item(entry.getKey(), "item");
            BigDecimal available = queries.totals(item.id(), facilities).stream().map(StockQueries.Totals::available)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal daily = queries.issued(item.id(), facilities, USE_WINDOW_DAYS)
                    .divide(BigDecimal.valueOf(USE_WINDOW_DAYS), 3, RoundingMode.HALF_UP);
            BigDecimal cover = daily.signum() == 0 ? null : available.divide(daily, 1, RoundingMode.DOWN);
            affected.add(new WhatIf.Component(item.id(), item.number(), item.name(), available.stripTrailingZeros(),
                    daily.stripTrailingZeros(), cover));
            try {
                boms.whereUsed(actor, item.id()).stream().filter(w -> w.kind() == ItemKind.END_ITEM)
                        .forEach(w -> endItems.putIfAbsent(w.assemblyId(), new WhatIf.EndItem(w.assemblyId(), w.number(), w.name())));
            } catch (org.jointline.platform.NotFound hidden) {
                // the design belongs to someone whose BOMs the actor may not read: the component is still listed
            }
        }
        affected.sort(Comparator.comparing(WhatIf.Component::number));
        return new WhatIf(stopped, affected, List.copyOf(endItems.values()));
    }

    private static boolean stops(SupplierPart part, OrganisationId supplier, String country) {
        if (supplier != null) {
            return part.supplier().equals(supplier);
        }
        String origin = part.originCountry() == null ? part.supplierCountry() : part.originCountry();
        return country.equalsIgnoreCase(origin);
    }

    private Map<ItemId, List<SupplierPart>> approved(Actor actor, Set<ItemId> items) {
        return suppliers.partsOf(actor, items).stream().filter(SupplierPart::approved)
                .collect(Collectors.groupingBy(SupplierPart::item));
    }

    private Set<String> programmeCountries(Actor actor) {
        return organisations.choices(actor).stream().filter(o -> o.kind() != OrganisationKind.SUPPLIER)
                .filter(o -> organisations.partnersOf(new OrganisationId(actor.organisationId())).contains(o.id()))
                .map(o -> o.country()).collect(Collectors.toCollection(TreeSet::new));
    }

    private BigDecimal eur(SupplierPart part, BigDecimal quantity) {
        BigDecimal price = part.unitPrice(quantity);
        BigDecimal rate = eurRates.get(part.currency());
        return price == null || rate == null ? null : price.multiply(rate).setScale(4, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(BigDecimal value, BigDecimal total) {
        return total.signum() == 0 ? BigDecimal.ZERO : value.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal shareOf(List<Resilience.Component> components,
                                      java.util.function.Predicate<Resilience.Component> flag, BigDecimal total) {
        return share(components.stream().filter(flag).map(Resilience.Component::valueEur).reduce(BigDecimal.ZERO, BigDecimal::add), total);
    }
}
