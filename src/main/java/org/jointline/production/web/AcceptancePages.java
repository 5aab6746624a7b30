package org.jointline.production.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.DocumentManagement;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.RevisionStatus;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityId;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.PageQuery;
import org.jointline.platform.Role;
import org.jointline.platform.web.Flash;
import org.jointline.platform.web.Htmx;
import org.jointline.production.AcceptanceManagement;
import org.jointline.production.Delivery;
import org.jointline.production.DeliveryId;
import org.jointline.production.DeliveryRequest;
import org.jointline.production.QualificationDetails;
import org.jointline.production.QualificationManagement;
import org.jointline.production.QualificationStatus;
import org.jointline.production.RequirementDetails;
import org.jointline.production.RequirementId;
import org.jointline.production.Unit;
import org.jointline.production.UnitId;
import org.jointline.production.UnitManagement;
import org.jointline.production.UnitStatus;
import org.jointline.engineering.BomRevisionId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Qualifications and customers' requirements, the acceptance queue, deliveries and their certificates. */
@Controller
class AcceptancePages {

    @org.springframework.web.bind.annotation.InitBinder
    void blankIds(org.springframework.web.bind.WebDataBinder binder) {
        BlankIds.register(binder);
    }

    private final QualificationManagement qualifications;
    private final AcceptanceManagement acceptance;
    private final UnitManagement units;
    private final ItemManagement items;
    private final BomManagement boms;
    private final OrganisationManagement organisations;
    private final FacilityManagement facilities;
    private final DocumentManagement documents;

    AcceptancePages(QualificationManagement qualifications, AcceptanceManagement acceptance, UnitManagement units,
                    ItemManagement items, BomManagement boms, OrganisationManagement organisations,
                    FacilityManagement facilities, DocumentManagement documents) {
        this.documents = documents;
        this.qualifications = qualifications;
        this.acceptance = acceptance;
        this.units = units;
        this.items = items;
        this.boms = boms;
        this.organisations = organisations;
        this.facilities = facilities;
    }

    @GetMapping("/qualifications")
    String qualifications(Actor actor, Model model) {
        model.addAttribute("qualifications", qualifications.list(actor, null));
        model.addAttribute("requirements", qualifications.requirements(actor));
        Map<OrganisationId, String> names = organisations.choices(actor).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        model.addAttribute("names", names);
        model.addAttribute("customers", organisations.choices(actor).stream().filter(o -> o.kind() == OrganisationKind.CUSTOMER).toList());
        List<Item> endItems = items.list(actor, new PageQuery(0, PageQuery.MAX_SIZE, null), ItemKind.END_ITEM).items();
        model.addAttribute("endItems", endItems);
        List<RevisionChoice> revisions = new ArrayList<>();
        for (Item item : endItems) {
            boms.revisions(actor, item.id()).stream().filter(r -> r.status() != RevisionStatus.DRAFT)
                    .forEach(r -> revisions.add(new RevisionChoice(r.id(), item.number() + " / " + r.label())));
        }
        model.addAttribute("revisions", revisions);
        model.addAttribute("statuses", QualificationStatus.values());
        Map<ItemId, String> itemNames = endItems.stream().collect(Collectors.toMap(Item::id, Item::number));
        List<EvidenceChoice> choices = new ArrayList<>();
        for (Item item : endItems) {
            documents.list(actor, item.id()).forEach(d -> choices.add(new EvidenceChoice(d.id(),
                    item.number() + " · " + d.number() + " " + d.title())));
        }
        model.addAttribute("documents", choices);
        model.addAttribute("documentNames", choices.stream().collect(Collectors.toMap(EvidenceChoice::id, EvidenceChoice::label,
                (a, b) -> a)));
        model.addAttribute("itemNames", itemNames);
        return "production/qualifications";
    }

    /** A document of an end item to choose as evidence, labelled "item · number title". */
    record EvidenceChoice(DocumentId id, String label) {
    }

    /** A released revision to choose, labelled "item / revision". */
    record RevisionChoice(BomRevisionId id, String label) {
    }

    @PostMapping("/qualifications")
    String qualify(Actor actor, @RequestParam(required = false) BomRevisionId bomRevisionId,
                   @RequestParam(required = false) String basis, @RequestParam(required = false) String authority,
                   @RequestParam(required = false) String reference, @RequestParam(required = false) QualificationStatus status,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                   @RequestParam(required = false) List<String> evidence,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String view = Refusals.attempt(model, response, () -> {
            if (bomRevisionId == null) {
                throw new InvalidInput("bomRevisionId", "production.form.required");
            }
            if (basis == null || basis.isBlank() || authority == null || authority.isBlank()) {
                throw new InvalidInput(basis == null || basis.isBlank() ? "basis" : "authority", "production.form.required");
            }
            qualifications.create(actor, new QualificationDetails(bomRevisionId, basis, authority, reference,
                    status == null ? QualificationStatus.PLANNED : status, validFrom, validUntil, evidence(evidence)));
            Flash.success(redirect, "flash.saved", basis.strip());
            return "redirect:/qualifications";
        });
        return view != null ? view : qualifications(actor, model);
    }

    @PostMapping("/requirements")
    String require(Actor actor, @RequestParam(required = false) OrganisationId customerId, @RequestParam(required = false) ItemId itemId,
                   @RequestParam(required = false) String basis, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        String view = Refusals.attempt(model, response, () -> {
            if (customerId == null || itemId == null || basis == null || basis.isBlank()) {
                throw new InvalidInput(customerId == null ? "customerId" : itemId == null ? "itemId" : "basis", "production.form.required");
            }
            qualifications.require(actor, new RequirementDetails(customerId, itemId, basis));
            Flash.success(redirect, "flash.saved", basis.strip());
            return "redirect:/qualifications";
        });
        return view != null ? view : qualifications(actor, model);
    }

    @PostMapping("/requirements/{id}/delete")
    String drop(Actor actor, @PathVariable RequirementId id, RedirectAttributes redirect) {
        qualifications.dropRequirement(actor, id);
        Flash.success(redirect, "production.flash.requirement-dropped");
        return "redirect:/qualifications";
    }

    @GetMapping("/acceptance")
    String awaiting(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                    Model model, HttpServletRequest request) {
        model.addAttribute("result", acceptance.awaiting(actor, PageQuery.of(page, 20, q)));
        model.addAttribute("q", q);
        return Htmx.view(request, "production/acceptance", "table");
    }

    @GetMapping("/deliveries")
    String deliveries(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                      Model model) {
        model.addAttribute("result", acceptance.deliveries(actor, PageQuery.of(page, 20, q)));
        model.addAttribute("q", q);
        model.addAttribute("names", organisations.choices(actor).stream().collect(Collectors.toMap(Organisation::id, Organisation::name)));
        return "production/deliveries";
    }

    @GetMapping("/deliveries/new")
    String deliveryForm(Actor actor, Model model) {
        List<Unit> accepted = units.list(actor, new PageQuery(0, PageQuery.MAX_SIZE, null), UnitStatus.ACCEPTED).items().stream()
                .filter(u -> actor.isAdministrator() || actor.actsFor(u.organisationId().value())).toList();
        model.addAttribute("accepted", accepted);
        model.addAttribute("names", organisations.choices(actor).stream().collect(Collectors.toMap(Organisation::id, Organisation::name)));
        model.addAttribute("destinations", facilities.list(actor, new PageQuery(0, PageQuery.MAX_SIZE, null), null).items().stream()
                .filter(f -> accepted.stream().anyMatch(u -> f.organisationId().equals(u.customerId()))).toList());
        return "production/delivery-form";
    }

    @PostMapping("/deliveries")
    String deliver(Actor actor, @RequestParam(name = "unitIds", required = false) List<UnitId> unitIds,
                   @RequestParam(required = false) FacilityId toFacilityId, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        String view = Refusals.attempt(model, response, () -> {
            if (unitIds == null || unitIds.isEmpty()) {
                throw new InvalidInput("unitIds", "production.delivery.choose-units");
            }
            Delivery delivery = acceptance.deliver(actor, new DeliveryRequest(unitIds, toFacilityId));
            Flash.success(redirect, "production.flash.delivered", delivery.number(), delivery.serials().size());
            return "redirect:/deliveries/" + delivery.id();
        });
        return view != null ? view : deliveryForm(actor, model);
    }

    @GetMapping("/deliveries/{id}")
    String delivery(Actor actor, @PathVariable DeliveryId id, Model model) {
        Delivery delivery = acceptance.delivery(actor, id);
        model.addAttribute("delivery", delivery);
        Map<OrganisationId, String> names = organisations.choices(actor).stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        model.addAttribute("customerName", names.getOrDefault(delivery.customerId(), ""));
        model.addAttribute("from", facilityName(actor, delivery.fromFacilityId()));
        model.addAttribute("to", delivery.toFacilityId() == null ? null : facilityName(actor, delivery.toFacilityId()));
        model.addAttribute("mayDispatch", !delivery.dispatched() && delivery.shipmentId() != null
                && (actor.isAdministrator() || actor.has(Role.BUYER) && !actor.actsFor(delivery.customerId().value())));
        return "production/delivery";
    }

    @PostMapping("/deliveries/{id}/dispatch")
    String dispatch(Actor actor, @PathVariable DeliveryId id, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        String view = Refusals.attempt(model, response, () -> {
            Delivery delivery = acceptance.dispatch(actor, id);
            Flash.success(redirect, "production.flash.dispatched", delivery.number(), delivery.serials().size());
            return "redirect:/deliveries/" + id;
        });
        return view != null ? view : delivery(actor, id, model);
    }

    @GetMapping("/deliveries/{id}/certificate")
    ResponseEntity<byte[]> certificate(Actor actor, @PathVariable DeliveryId id, Locale locale) {
        Delivery delivery = acceptance.delivery(actor, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-of-conformity-" + delivery.number() + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(acceptance.certificate(actor, id, locale));
    }

    /** The chosen evidence documents; a value that is no document ID is refused naming the field. */
    private static List<DocumentId> evidence(List<String> chosen) {
        if (chosen == null) {
            return List.of();
        }
        List<DocumentId> ids = new ArrayList<>();
        for (String value : chosen) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                ids.add(DocumentId.of(value.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("evidence", "production.qualification.unknown-document", value.strip());
            }
        }
        return ids.stream().distinct().toList();
    }

    private String facilityName(Actor actor, FacilityId id) {
        return facilities.list(actor, new PageQuery(0, PageQuery.MAX_SIZE, null), null).items().stream()
                .filter(f -> f.id().equals(id)).map(f -> f.code() + " · " + f.name()).findFirst().orElse("");
    }
}
