package org.jointline.screening.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.PersonId;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.PageQuery;
import org.jointline.platform.Role;
import org.jointline.platform.web.Flash;
import org.jointline.platform.web.Htmx;
import org.jointline.screening.HitDecision;
import org.jointline.screening.ListFile;
import org.jointline.screening.ListImport;
import org.jointline.screening.ScreeningLists;
import org.jointline.screening.ScreeningManagement;
import org.jointline.screening.ScreeningState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** List imports with their history, the officers' hits queue, and a party's screening state for partners' pages. */
@Controller
@RequestMapping("/screening")
class ScreeningPages {

    private static final String IMPORTS = "screening/imports";
    private static final String QUEUE = "screening/queue";

    private final ScreeningLists lists;
    private final ScreeningManagement screening;

    ScreeningPages(ScreeningLists lists, ScreeningManagement screening) {
        this.lists = lists;
        this.screening = screening;
    }

    @GetMapping("/imports")
    String imports(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                   Model model, HttpServletRequest request) {
        model.addAttribute("result", lists.history(actor, PageQuery.of(page, 20, q)));
        model.addAttribute("q", q);
        model.addAttribute("mayImport", actor.isAdministrator() || actor.has(Role.COMPLIANCE_OFFICER));
        return Htmx.view(request, IMPORTS, "table");
    }

    @PostMapping("/imports")
    String importList(Actor actor, @RequestParam(name = "file", required = false) List<MultipartFile> files, Model model,
                      HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        List<ListFile> read = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                read.add(new ListFile(file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), file.getBytes()));
            }
        }
        try {
            if (read.isEmpty()) {
                throw new InvalidInput("file", "screening.import.empty");
            }
            ListImport done = lists.importFiles(actor, read);
            Flash.success(redirect, "screening.imports.done", done.list(), done.added(), done.changed(), done.removed(),
                    done.partiesRescreened());
            return "redirect:/screening/imports";
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("fileError", e.messageKey());
            model.addAttribute("fileErrorArgs", e.arguments());
            return imports(actor, 0, null, model, request);
        }
    }

    @GetMapping("/hits")
    String queue(Actor actor, @RequestParam(required = false) ScreeningState state, @RequestParam(required = false) Integer page,
                 @RequestParam(required = false) String q, Model model, HttpServletRequest request) {
        ScreeningState shown = state == null ? ScreeningState.HELD : state;
        model.addAttribute("result", screening.queue(actor, shown, PageQuery.of(page, 10, q)));
        model.addAttribute("state", shown);
        model.addAttribute("q", q);
        model.addAttribute("mayDecide", actor.isAdministrator() || actor.has(Role.COMPLIANCE_OFFICER));
        return Htmx.view(request, QUEUE, "parties");
    }

    @PostMapping("/hits/{id}/{decision:dismissal|confirmation}")
    String decide(Actor actor, @PathVariable UUID id, @PathVariable String decision,
                  @RequestParam(required = false) String reason, Model model, HttpServletRequest request,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            HitDecision d = new HitDecision(reason);
            if (decision.equals("dismissal")) {
                screening.dismiss(actor, id, d);
            } else {
                screening.confirm(actor, id, d);
            }
            Flash.success(redirect, "screening.hit.decided");
            return "redirect:/screening/hits";
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("errorHit", id);
            model.addAttribute("errorKey", e.messageKey());
            return queue(actor, ScreeningState.HELD, 0, null, model, request);
        }
    }

    @GetMapping("/organisations/{id}/state")
    String organisationState(Actor actor, @PathVariable OrganisationId id, Model model) {
        model.addAttribute("party", screening.organisation(actor, id));
        model.addAttribute("officer", actor.isAdministrator() || actor.has(Role.COMPLIANCE_OFFICER) || actor.has(Role.AUDITOR));
        return "screening/state :: state";
    }

    @GetMapping("/people/{id}/state")
    String personState(Actor actor, @PathVariable PersonId id, Model model) {
        model.addAttribute("party", screening.person(actor, id));
        model.addAttribute("officer", actor.isAdministrator() || actor.has(Role.COMPLIANCE_OFFICER) || actor.has(Role.AUDITOR));
        return "screening/state :: state";
    }
}
