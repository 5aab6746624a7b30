package org.jointline.supply;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.jointline.platform.StateRefused;
import org.jointline.supply.internal.Catalogue;
import org.jointline.supply.internal.SupplierParts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers (organisations of kind supplier, registered and screened where organisations are) and their parts:
 * MPN, SKU, price breaks, lead time, country of origin, approval for the programme. Buyers and the programme
 * office maintain them; every member of a programme reads them.
 */
@Service
@Transactional
public class SupplierManagement {

    private final OrganisationManagement organisations;
    private final SupplierParts parts;
    private final Catalogue catalogue;

    SupplierManagement(OrganisationManagement organisations, SupplierParts parts, Catalogue catalogue) {
        this.organisations = organisations;
        this.parts = parts;
        this.catalogue = catalogue;
    }

    @Transactional(readOnly = true)
    public PageResult<Supplier> suppliers(Actor actor, PageQuery query) {
        Map<UUID, long[]> counts = parts.counts();
        List<Supplier> all = organisations.choices(actor).stream()
                .filter(o -> o.kind() == OrganisationKind.SUPPLIER)
                .filter(o -> query.search() == null || o.name().toLowerCase().contains(query.search().toLowerCase()))
                .sorted(Comparator.comparing(Organisation::name))
                .map(o -> {
                    long[] c = counts.getOrDefault(o.id().value(), new long[2]);
                    return new Supplier(o.id(), o.name(), o.country(), o.city(), c[0], c[1]);
                }).toList();
        int from = (int) Math.min(query.offset(), all.size());
        return PageResult.of(all.subList(from, Math.min(from + query.size(), all.size())), query, all.size());
    }

    @Transactional(readOnly = true)
    public Supplier supplier(Actor actor, OrganisationId id) {
        Organisation o = organisations.get(actor, id);
        if (o.kind() != OrganisationKind.SUPPLIER) {
            throw new NotFound("supplier", id);
        }
        long[] c = parts.counts().getOrDefault(id.value(), new long[2]);
        return new Supplier(o.id(), o.name(), o.country(), o.city(), c[0], c[1]);
    }

    /** Parts of a supplier, or the suppliers of an item (either may be left out). */
    @Transactional(readOnly = true)
    public List<SupplierPart> parts(Actor actor, OrganisationId supplier, ItemId item) {
        return named(actor, parts.of(supplier, item));
    }

    /** A page of the supplier parts the actor may see, searched by MPN, SKU, origin, supplier name or item number/name. */
    @Transactional(readOnly = true)
    public PageResult<SupplierPart> partsPage(Actor actor, PageQuery query) {
        List<Organisation> visible = organisations.choices(actor).stream().filter(o -> o.kind() == OrganisationKind.SUPPLIER).toList();
        UUID[] all = visible.stream().map(o -> o.id().value()).toArray(UUID[]::new);
        UUID[] named = query.search() == null ? new UUID[0] : visible.stream()
                .filter(o -> o.name().toLowerCase().contains(query.search().toLowerCase()))
                .map(o -> o.id().value()).toArray(UUID[]::new);
        UUID[] items = query.search() == null ? new UUID[0] : catalogue.search(query.search()).stream()
                .map(ItemId::value).toArray(UUID[]::new);
        PageResult<SupplierPart> page = parts.page(all, named, items, query);
        List<SupplierPart> rows = named(actor, page.items());
        return new PageResult<>(rows, page.page(), page.size(), page.totalItems(), page.totalPages());
    }

    /** Supplier parts of these items, for costing and resilience. */
    @Transactional(readOnly = true)
    public List<SupplierPart> partsOf(Actor actor, java.util.Collection<ItemId> items) {
        return items.isEmpty() ? List.of() : named(actor, parts.ofItems(items));
    }

    @Transactional(readOnly = true)
    public SupplierPart part(Actor actor, SupplierPartId id) {
        return named(actor, parts.find(id).stream().toList()).stream().findFirst()
                .orElseThrow(() -> new NotFound("supplier-part", id));
    }

    @Transactional(readOnly = true)
    public boolean mayMaintain(Actor actor) {
        return actor.isAdministrator() || actor.has(Role.BUYER) || actor.has(Role.PROGRAMME_OFFICE);
    }

    public SupplierPart addPart(Actor actor, SupplierPartDetails details) {
        actor.require(Role.BUYER, Role.PROGRAMME_OFFICE);
        check(actor, details, null);
        SupplierPartId id = SupplierPartId.next();
        parts.insert(id, details);
        return part(actor, id);
    }

    public SupplierPart updatePart(Actor actor, SupplierPartId id, SupplierPartDetails details) {
        actor.require(Role.BUYER, Role.PROGRAMME_OFFICE);
        SupplierPart before = part(actor, id);
        if (!before.supplier().equals(details.supplier()) || !before.item().equals(details.item())) {
            throw new InvalidInput("item", "supply.part-identity-fixed");
        }
        check(actor, details, id);
        int version = details.version() == null ? before.version() : details.version();
        if (!parts.update(id, details, version)) {
            throw new StateRefused("supply.changed-meanwhile");
        }
        return part(actor, id);
    }

    private void check(Actor actor, SupplierPartDetails details, SupplierPartId id) {
        try {
            supplier(actor, details.supplier());
        } catch (NotFound e) {
            throw new InvalidInput("supplier", "supply.unknown-supplier");
        }
        catalogue.item(details.item(), "item");
        if (parts.exists(details.supplier(), details.item(), id)) {
            throw new InvalidInput("item", "supply.part-exists");
        }
        long distinct = details.prices().stream().map(p -> p.minQuantity().stripTrailingZeros()).distinct().count();
        if (distinct < details.prices().size()) {
            throw new InvalidInput("prices", "supply.price-break-duplicate");
        }
    }

    private List<SupplierPart> named(Actor actor, List<SupplierPart> rows) {
        Map<OrganisationId, Organisation> orgs = organisations.choices(actor).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        Map<ItemId, Item> items = catalogue.items(rows.stream().map(SupplierPart::item).distinct().toList());
        return rows.stream().filter(p -> orgs.containsKey(p.supplier())).map(p -> {
            Organisation s = orgs.get(p.supplier());
            Item i = items.get(p.item());
            return new SupplierPart(p.id(), p.supplier(), s.name(), s.country(), p.item(), i == null ? "?" : i.number(),
                    i == null ? "" : i.name(), p.mpn(), p.sku(), p.currency(), p.prices(), p.leadTimeDays(),
                    p.originCountry(), p.approved(), p.version());
        }).toList();
    }
}
