package org.jointline.sharing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProgrammeId;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.PageQuery;
import org.jointline.platform.web.Flash;
import org.jointline.platform.web.Htmx;
import org.jointline.sharing.Agreement;
import org.jointline.sharing.AgreementDraft;
import org.jointline.sharing.AgreementId;
import org.jointline.sharing.AgreementStatus;
import org.jointline.sharing.PolicyTerms;
import org.jointline.sharing.Revocation;
import org.jointline.engineering.Document;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.DocumentManagement;
import org.jointline.sharing.ClassificationRef;
import org.jointline.sharing.OnwardDraft;
import org.jointline.sharing.Selection;
import org.jointline.sharing.SharingAgreements;
import org.jointline.sharing.internal.Directory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Agreements: the list (granted by us and to us), the form for a new one, its page with the canonical policy, revocation. */
@Controller
@RequestMapping("/sharing/agreements")
class AgreementPages {

    private static final String FORM = "sharing/agreement-form";
    private final SharingAgreements agreements;
    private final ItemManagement items;
    private final Directory directory;
    private final JsonMapper json;

    private final DocumentManagement documents;

    AgreementPages(SharingAgreements agreements, ItemManagement items, Directory directory, JsonMapper json,
                   DocumentManagement documents) {
        this.documents = documents;
        this.agreements = agreements;
        this.items = items;
        this.directory = directory;
        this.json = json;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                @RequestParam(required = false) AgreementStatus status, Model model, HttpServletRequest request) {
        model.addAttribute("result", agreements.list(actor, PageQuery.of(page, 20, q), status));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("names", directory);
        model.addAttribute("mayGrant", agreements.mayGrant(actor));
        return Htmx.view(request, "sharing/agreements", "table");
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable AgreementId id, Model model) {
        Agreement agreement = agreements.get(actor, id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("names", directory);
        model.addAttribute("programme", directory.programme(agreement.programmeId().value()));
        model.addAttribute("mayRevoke", agreements.mayRevoke(actor, agreement));
        model.addAttribute("mayShareOnward", agreements.mayShareOnward(actor, agreement));
        model.addAttribute("parentAgreement", parentOf(actor, agreement));
        model.addAttribute("policyJson", json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(agreement.canonicalPolicy())));
        List<String> numbers = new ArrayList<>();
        List<ItemId> chosen = new ArrayList<>(agreement.selection().items());
        chosen.addAll(agreement.selection().subtrees());
        items.getAll(actor, chosen).values().forEach(i -> numbers.add(i.number()));
        model.addAttribute("chosenNumbers", numbers);
        return "sharing/agreement";
    }

    @GetMapping("/new")
    String createForm(Actor actor, Model model) {
        requireGrant(actor);
        Directory.Party party = directory.party(actor.organisationId());
        model.addAttribute("form", AgreementForm.empty(party == null || party.programmes().isEmpty() ? null
                : party.programmes().iterator().next()));
        return form(actor, model);
    }

    @PostMapping
    String create(Actor actor, @ModelAttribute("form") AgreementForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        requireGrant(actor);
        if (binding.hasErrors()) {
            return form(actor, model);
        }
        try {
            Agreement agreement = agreements.grant(actor, draft(actor, form, new OrganisationId(actor.organisationId())));
            Flash.success(redirect, "sharing.flash.granted", agreement.reference());
            return "redirect:/sharing/agreements/" + agreement.id();
        } catch (InvalidInput e) {
            binding.rejectValue(formField(e), e.messageKey(), e.arguments(), e.messageKey());
            return form(actor, model);
        }
    }

    /** The agreement an onward one derives from, when the actor may see it. */
    private Agreement parentOf(Actor actor, Agreement agreement) {
        if (agreement.parentId() == null) {
            return null;
        }
        try {
            return agreements.get(actor, agreement.parentId());
        } catch (org.jointline.platform.NotFound e) {
            return null;
        }
    }

    @GetMapping("/{id}/onward")
    String onwardForm(Actor actor, @PathVariable AgreementId id, Model model) {
        Agreement parent = agreements.get(actor, id);
        if (!agreements.mayShareOnward(actor, parent)) {
            throw new org.jointline.platform.Forbidden();
        }
        model.addAttribute("form", AgreementForm.empty(parent.programmeId().value()));
        return onwardForm(actor, parent, model);
    }

    @PostMapping("/{id}/onward")
    String onward(Actor actor, @PathVariable AgreementId id, @ModelAttribute("form") AgreementForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        Agreement parent = agreements.get(actor, id);
        if (binding.hasErrors()) {
            return onwardForm(actor, parent, model);
        }
        try {
            AgreementDraft draft = draft(actor, form, parent.ownerId());
            Agreement agreement = agreements.grantOnward(actor, id, new OnwardDraft(draft.title(),
                    draft.assigneeOrganisationId(), draft.selection(), draft.policy()));
            Flash.success(redirect, "sharing.flash.granted", agreement.reference());
            return "redirect:/sharing/agreements/" + agreement.id();
        } catch (InvalidInput e) {
            binding.rejectValue(formField(e), e.messageKey(), e.arguments(), e.messageKey());
            return onwardForm(actor, parent, model);
        }
    }

    private String onwardForm(Actor actor, Agreement parent, Model model) {
        form(actor, model);
        Map<Object, String> partners = new LinkedHashMap<>();
        Directory.ProgrammeMembers programme = directory.programme(parent.programmeId().value());
        programme.members().stream().filter(m -> !m.equals(actor.organisationId()) && !m.equals(parent.ownerId().value()))
                .forEach(m -> partners.put(m, directory.name(m)));
        model.addAttribute("partners", partners);
        model.addAttribute("onward", parent);
        return FORM;
    }

    @PostMapping("/{id}/revoke")
    String revoke(Actor actor, @PathVariable AgreementId id, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        Agreement agreement = agreements.revoke(actor, id, new Revocation(reason));
        Flash.success(redirect, "sharing.flash.revoked", agreement.reference());
        return "redirect:/sharing/agreements/" + id;
    }

    private void requireGrant(Actor actor) {
        if (!agreements.mayGrant(actor)) {
            throw new org.jointline.platform.Forbidden();
        }
    }

    private String form(Actor actor, Model model) {
        Directory.Party party = directory.party(actor.organisationId());
        Map<Object, String> programmes = new LinkedHashMap<>();
        Map<Object, String> partners = new LinkedHashMap<>();
        if (party != null) {
            for (var programmeId : party.programmes()) {
                Directory.ProgrammeMembers programme = directory.programme(programmeId);
                programmes.put(programmeId, programme.code() + " — " + programme.name());
                programme.members().stream().filter(m -> !m.equals(actor.organisationId()))
                        .forEach(m -> partners.put(m, directory.name(m)));
            }
        }
        model.addAttribute("programmes", programmes);
        model.addAttribute("partners", partners);
        model.addAttribute("actions", PolicyTerms.ACTIONS);
        model.addAttribute("purposes", PolicyTerms.PURPOSES);
        return FORM;
    }

    /** The form as a draft; item and document numbers are the owner's ({@code own}: the actor's, or for onward the original owner's). */
    private AgreementDraft draft(Actor actor, AgreementForm form, OrganisationId own) {
        Selection selection = new Selection(ids(actor, form.items(), own, "items"), ids(actor, form.subtrees(), own, "subtrees"),
                documentIds(actor, form.documents(), own), classifications(form.classifications()));
        return new AgreementDraft(form.programmeId() == null ? null : new ProgrammeId(form.programmeId()), form.title(),
                form.assigneeOrganisationId() == null ? null : new OrganisationId(form.assigneeOrganisationId()),
                selection, json.valueToTree(policy(form)));
    }

    /** The form's fields as a policy: viewing as chosen, the other actions under the purpose and download limit. */
    private static Map<String, Object> policy(AgreementForm form) {
        List<Map<String, Object>> common = new ArrayList<>();
        if (form.validFrom() != null) {
            common.add(constraint(PolicyTerms.DATE_TIME, "gteq", form.validFrom().toString()));
        }
        if (form.validUntil() != null) {
            common.add(constraint(PolicyTerms.DATE_TIME, "lteq", form.validUntil().toString()));
        }
        List<String> countries = form.countries() == null ? List.of() : Arrays.stream(form.countries().split("[,;\\s]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!countries.isEmpty()) {
            common.add(Map.of("leftOperand", PolicyTerms.RECIPIENT_COUNTRY, "operator", "isAnyOf", "rightOperand", countries));
        }
        List<Object> permissions = new ArrayList<>();
        if (form.permitted().contains("view")) {
            permissions.add(Map.of("action", List.of("view"), "constraint", common));
        }
        List<String> others = form.permitted().stream().filter(a -> !a.equals("view")).toList();
        if (!others.isEmpty()) {
            List<Map<String, Object>> constraints = new ArrayList<>(common);
            if (!form.purposes().isEmpty()) {
                constraints.add(Map.of("leftOperand", PolicyTerms.PURPOSE, "operator", "isAnyOf", "rightOperand", form.purposes()));
            }
            if (form.maxDownloads() != null && others.contains("download")) {
                constraints.add(constraint(PolicyTerms.COUNT, "lteq", form.maxDownloads().toString()));
            }
            permissions.add(Map.of("action", others, "constraint", constraints,
                    "duty", Boolean.TRUE.equals(form.watermark()) ? List.of("watermark", "log") : List.of("log")));
        }
        List<Object> prohibitions = form.prohibited().isEmpty() ? List.of() : List.of(Map.of("action", form.prohibited()));
        return Map.of("permission", permissions, "prohibition", prohibitions);
    }

    private static Map<String, Object> constraint(String operand, String operator, String value) {
        return Map.of("leftOperand", operand, "operator", operator, "rightOperand", value);
    }

    /** Item numbers of the actor's organisation, one per line or separated by commas, as IDs; an unknown one is refused by name. */
    private List<ItemId> ids(Actor actor, String numbers, OrganisationId own, String field) {
        if (numbers == null || numbers.isBlank()) {
            return List.of();
        }
        List<ItemId> ids = new ArrayList<>();
        for (String number : numbers.split("[,;\\n\\r]+")) {
            if (number.isBlank()) {
                continue;
            }
            Optional<Item> item = items.byNumber(actor, number, own).filter(i -> i.ownerId().equals(own));
            ids.add(item.orElseThrow(() -> new InvalidInput(field, "sharing.unknown-number", number.strip())).id());
        }
        return ids;
    }

    /** Lines of an item number and a document number of that item ({@code CAS-FPV7 DWG-0001}), as document IDs. */
    private List<DocumentId> documentIds(Actor actor, String text, OrganisationId own) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<DocumentId> ids = new ArrayList<>();
        for (String line : text.split("[;\\n\\r]+")) {
            String[] parts = line.strip().split("\\s+", 2);
            if (parts[0].isEmpty()) {
                continue;
            }
            Optional<Item> item = items.byNumber(actor, parts[0], own).filter(i -> i.ownerId().equals(own));
            Optional<Document> document = parts.length < 2 ? Optional.empty() : item.flatMap(i -> documents.list(actor, i.id()).stream()
                    .filter(d -> d.number().equalsIgnoreCase(parts[1].strip())).findFirst());
            ids.add(document.orElseThrow(() -> new InvalidInput("documents", "sharing.unknown-document", line.strip())).id());
        }
        return ids;
    }

    /** Lines of a regime and a code ({@code EU_DUAL_USE 9E001}); the service checks them and names a wrong one. */
    private static List<ClassificationRef> classifications(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<ClassificationRef> refs = new ArrayList<>();
        for (String line : text.split("[;\\n\\r]+")) {
            String[] parts = line.strip().split("\\s+", 2);
            if (!parts[0].isEmpty()) {
                refs.add(new ClassificationRef(parts[0], parts.length > 1 ? parts[1] : null));
            }
        }
        return refs;
    }

    /** Where on the form a refusal of the service belongs. */
    private static String formField(InvalidInput e) {
        String field = e.field();
        if (field.startsWith("selection.classifications")) {
            return "classifications";
        }
        if (field.startsWith("selection.documents")) {
            return "documents";
        }
        if (field.startsWith("selection.subtrees")) {
            return "subtrees";
        }
        if (field.startsWith("selection")) {
            return "items";
        }
        if (field.startsWith("policy")) {
            return switch (e.messageKey()) {
                case "sharing.policy.unknown-country" -> "countries";
                case "sharing.policy.bad-count" -> "maxDownloads";
                case "sharing.policy.ends-before-start", "sharing.policy.bad-date" -> "validUntil";
                case "sharing.policy.unknown-purpose" -> "purposes";
                default -> "permitted";
            };
        }
        return List.of("title", "programmeId", "assigneeOrganisationId", "items", "subtrees", "documents").contains(field) ? field : "title";
    }
}
