package org.jointline.compliance.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jointline.engineering.Document;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.DocumentManagement;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityId;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.DomainException;
import org.jointline.platform.Role;
import org.springframework.stereotype.Component;

/**
 * The facts a decision needs from other modules, read as the compliance function itself: an export decision
 * must see the item and the parties whoever asks for it. What the caller may see is checked before.
 */
@Component
public class Facts {

    private static final Actor COMPLIANCE = new Actor(new UUID(0, 0), "compliance", "Compliance",
            new UUID(0, 0), Set.of(Role.ADMINISTRATOR));

    private final ItemManagement items;
    private final DocumentManagement documents;
    private final FacilityManagement facilities;
    private final OrganisationManagement organisations;

    Facts(ItemManagement items, DocumentManagement documents, FacilityManagement facilities,
          OrganisationManagement organisations) {
        this.items = items;
        this.documents = documents;
        this.facilities = facilities;
        this.organisations = organisations;
    }

    public Map<ItemId, Item> items(Collection<ItemId> ids) {
        return items.getAll(COMPLIANCE, ids);
    }

    public Optional<Item> item(ItemId id) {
        return quietly(() -> items.get(COMPLIANCE, id));
    }

    public Optional<Document> document(DocumentId id) {
        return quietly(() -> documents.get(COMPLIANCE, id));
    }

    public Optional<Facility> facility(FacilityId id) {
        return quietly(() -> facilities.get(COMPLIANCE, id));
    }

    public Optional<Organisation> organisation(OrganisationId id) {
        return quietly(() -> organisations.get(COMPLIANCE, id));
    }

    public String organisationName(UUID id) {
        return id == null ? "" : organisation(new OrganisationId(id)).map(Organisation::name).orElse("?");
    }

    public List<Organisation> organisations() {
        return organisations.choices(COMPLIANCE);
    }

    private static <T> Optional<T> quietly(java.util.function.Supplier<T> lookup) {
        try {
            return Optional.ofNullable(lookup.get());
        } catch (DomainException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
