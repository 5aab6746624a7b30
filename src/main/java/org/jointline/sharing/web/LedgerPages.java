package org.jointline.sharing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.Role;
import org.jointline.platform.web.Flash;
import org.jointline.platform.web.Htmx;
import org.jointline.sharing.AccessLedger;
import org.jointline.sharing.LedgerQuery;
import org.jointline.sharing.PolicyTerms;
import org.jointline.sharing.internal.Directory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's view of its access ledger (filter, page, export as CSV) and the verification page. */
@Controller
@RequestMapping("/sharing")
class LedgerPages {

    private final AccessLedger ledger;
    private final Directory directory;
    private final OrganisationManagement organisations;

    LedgerPages(AccessLedger ledger, Directory directory, OrganisationManagement organisations) {
        this.ledger = ledger;
        this.directory = directory;
        this.organisations = organisations;
    }

    @GetMapping("/ledger")
    String entries(Actor actor, @RequestParam(required = false) UUID organisation,
                   @RequestParam(required = false) UUID actorOrganisation, @RequestParam(required = false) String action,
                   @RequestParam(required = false) String outcome,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                   Model model, HttpServletRequest request) {
        LedgerQuery query = new LedgerQuery(organisation, actorOrganisation, blank(action), blank(outcome), from, to, q);
        UUID owner = ledger.readableOwner(actor, organisation);
        model.addAttribute("result", ledger.entries(actor, query, PageQuery.of(page, 50, q)));
        model.addAttribute("query", query);
        model.addAttribute("owner", owner);
        model.addAttribute("names", directory);
        model.addAttribute("organisations", organisationChoices(actor));
        model.addAttribute("mayChooseOwner", actor.isAdministrator() || actor.has(Role.AUDITOR));
        model.addAttribute("actions", actions());
        model.addAttribute("filter", filterUrl(query));
        return Htmx.view(request, "sharing/ledger", "table");
    }

    @GetMapping("/ledger.csv")
    void export(Actor actor, @RequestParam(required = false) UUID organisation,
                @RequestParam(required = false) UUID actorOrganisation, @RequestParam(required = false) String action,
                @RequestParam(required = false) String outcome,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        ledger.readableOwner(actor, organisation);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"access-ledger.csv\"");
        ledger.export(actor, new LedgerQuery(organisation, actorOrganisation, blank(action), blank(outcome), from, to, q),
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    @GetMapping("/verification")
    String verification(Actor actor, @RequestParam(required = false) UUID organisation, Model model) {
        model.addAttribute("verification", ledger.verify(actor, organisation));
        model.addAttribute("checkpoints", ledger.checkpoints(actor, organisation));
        model.addAttribute("names", directory);
        model.addAttribute("organisation", organisation);
        model.addAttribute("organisations", organisationChoices(actor));
        model.addAttribute("mayChooseOwner", actor.isAdministrator() || actor.has(Role.AUDITOR));
        return "sharing/verification";
    }

    @PostMapping("/verification/checkpoints")
    String issue(Actor actor, @RequestParam(required = false) UUID organisation, RedirectAttributes redirect) {
        ledger.issue(actor, organisation).ifPresentOrElse(
                c -> Flash.success(redirect, "sharing.flash.checkpoint", c.treeSize()),
                () -> Flash.success(redirect, "sharing.flash.no-checkpoint"));
        return "redirect:/sharing/verification" + (organisation == null ? "" : "?organisation=" + organisation);
    }

    private Map<UUID, String> organisationChoices(Actor actor) {
        Map<UUID, String> choices = new LinkedHashMap<>();
        organisations.choices(actor).forEach(o -> choices.put(o.id().value(), o.name()));
        return choices;
    }

    private static java.util.List<String> actions() {
        java.util.List<String> actions = new java.util.ArrayList<>(PolicyTerms.ACTIONS);
        actions.add("grant");
        actions.add("revoke");
        return actions;
    }

    private static String filterUrl(LedgerQuery q) {
        StringBuilder url = new StringBuilder();
        append(url, "organisation", q.owner());
        append(url, "actorOrganisation", q.actorOrganisation());
        append(url, "action", q.action());
        append(url, "outcome", q.outcome());
        append(url, "from", q.from());
        append(url, "to", q.to());
        append(url, "q", q.search());
        return url.toString();
    }

    private static void append(StringBuilder url, String name, Object value) {
        if (value != null) {
            url.append(url.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
