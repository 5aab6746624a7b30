package org.jointline.production.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import org.jointline.platform.Actor;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.web.Flash;
import org.jointline.platform.web.Htmx;
import org.jointline.production.AcceptanceDecision;
import org.jointline.production.AcceptanceManagement;
import org.jointline.production.Attachment;
import org.jointline.production.ComponentId;
import org.jointline.production.InstalledComponent;
import org.jointline.production.OperationDone;
import org.jointline.production.OperationId;
import org.jointline.production.QualificationManagement;
import org.jointline.production.QualityManagement;
import org.jointline.production.Removal;
import org.jointline.production.ScanResult;
import org.jointline.production.TestEntry;
import org.jointline.production.TestResult;
import org.jointline.production.TestResultId;
import org.jointline.production.TestTemplateId;
import org.jointline.production.Unit;
import org.jointline.production.UnitId;
import org.jointline.production.UnitManagement;
import org.jointline.production.UnitRecord;
import org.jointline.production.UnitStatus;
import org.jointline.production.WorkOrderManagement;
import org.jointline.production.WorkOrderStatus;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shop floor: a scan-first start page (type or scan a unit serial, a component barcode or a lot) and the
 * unit page that says what to do next, with large targets for a tablet at the station.
 */
@Controller
class ShopFloorPages {

    private static final String UNIT = "production/unit";
    private final UnitManagement units;
    private final QualityManagement quality;
    private final AcceptanceManagement acceptance;
    private final QualificationManagement qualifications;
    private final WorkOrderManagement workOrders;

    ShopFloorPages(UnitManagement units, QualityManagement quality, AcceptanceManagement acceptance,
                   QualificationManagement qualifications, WorkOrderManagement workOrders) {
        this.units = units;
        this.quality = quality;
        this.acceptance = acceptance;
        this.qualifications = qualifications;
        this.workOrders = workOrders;
    }

    @GetMapping("/shop-floor")
    String start(Actor actor, @RequestParam(required = false) String code, Model model, HttpServletResponse response) {
        model.addAttribute("code", code);
        model.addAttribute("open", workOrders.list(actor, new PageQuery(0, 10, null), WorkOrderStatus.IN_PROGRESS).items());
        model.addAttribute("released", workOrders.list(actor, new PageQuery(0, 10, null), WorkOrderStatus.RELEASED).items());
        if (code == null) {
            return "production/shop-floor";
        }
        String view = Refusals.attempt(model, response, () -> {
            ScanResult result = units.scan(actor, code);
            if (result.unit() != null) {
                return "redirect:/units/" + result.unit().id();
            }
            model.addAttribute("scan", result);
            return "production/shop-floor";
        });
        return view == null ? "production/shop-floor" : view;
    }

    @GetMapping("/units")
    String list(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                @RequestParam(required = false) UnitStatus status, Model model, HttpServletRequest request) {
        model.addAttribute("result", units.list(actor, PageQuery.of(page, 20, q), status));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", UnitStatus.values());
        return Htmx.view(request, "production/units", "table");
    }

    @GetMapping("/units/{id}")
    String show(Actor actor, @PathVariable UnitId id, Model model) {
        return unitPage(actor, id, model);
    }

    @GetMapping("/units/{id}/genealogy")
    String genealogy(Actor actor, @PathVariable UnitId id, Model model) {
        model.addAttribute("unit", units.get(actor, id));
        model.addAttribute("rows", units.genealogy(actor, id));
        return "production/genealogy";
    }

    @PostMapping("/units/{id}/scan")
    String scanInto(Actor actor, @PathVariable UnitId id, @RequestParam(required = false) String code,
                    @RequestParam(required = false) BigDecimal quantity, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        return act(actor, id, model, response, () -> {
            InstalledComponent installed = units.installScanned(actor, id, code, quantity);
            Flash.success(redirect, "production.flash.installed", installed.itemNumber(),
                    installed.serial() != null ? installed.serial() : installed.lot());
        }, "code", code);
    }

    @PostMapping("/units/{id}/components/{component}/removal")
    String remove(Actor actor, @PathVariable UnitId id, @PathVariable ComponentId component,
                  @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return act(actor, id, model, response, () -> {
            units.component(actor, id, component);
            InstalledComponent removed = units.remove(actor, component, new Removal(reason));
            Flash.success(redirect, "production.flash.removed", removed.itemNumber());
        }, "reason", reason);
    }

    @PostMapping("/units/{id}/operations")
    String operation(Actor actor, @PathVariable UnitId id, @RequestParam OperationId operationId,
                     @RequestParam(required = false) String note, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        return act(actor, id, model, response, () -> {
            units.recordOperation(actor, id, new OperationDone(operationId, note));
            Flash.success(redirect, "production.flash.operation-done");
        }, "note", note);
    }

    @PostMapping("/units/{id}/tests")
    String test(Actor actor, @PathVariable UnitId id, @RequestParam TestTemplateId templateId,
                @RequestParam(required = false) String value, @RequestParam(required = false) String station,
                @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
                RedirectAttributes redirect) throws IOException {
        Attachment attachment = file == null || file.isEmpty() ? null
                : new Attachment(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        model.addAttribute("testTemplate", templateId);
        return act(actor, id, model, response, () -> {
            if (value == null || value.isBlank()) {
                throw new org.jointline.platform.InvalidInput("value", "production.test.value-required");
            }
            TestResult result = quality.record(actor, id, new TestEntry(templateId, value, station), attachment);
            Flash.success(redirect, result.passed() ? "production.flash.test-passed" : "production.flash.test-failed",
                    result.templateName(), result.value());
        }, "value", value);
    }

    @PostMapping("/units/{id}/complete")
    String complete(Actor actor, @PathVariable UnitId id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(actor, id, model, response, () -> {
            Unit unit = units.complete(actor, id);
            Flash.success(redirect, "production.flash.completed", unit.serial());
        }, null, null);
    }

    @PostMapping("/units/{id}/acceptance")
    String decide(Actor actor, @PathVariable UnitId id, @RequestParam boolean accepted,
                  @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return act(actor, id, model, response, () -> {
            Unit unit = acceptance.decide(actor, id, new AcceptanceDecision(accepted, reason));
            Flash.success(redirect, accepted ? "production.flash.accepted" : "production.flash.rejected", unit.serial());
        }, "reason", reason);
    }

    @GetMapping("/units/test-results/{id}/attachment")
    ResponseEntity<byte[]> attachment(Actor actor, @PathVariable TestResultId id) {
        Attachment file = quality.attachment(actor, id).orElseThrow(() -> new NotFound("attachment", id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(
                        file.name() == null ? "attachment" : file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(file.content());
    }

    /** Runs the action and goes back to the unit; a refusal re-renders the unit page with the message at the field. */
    private String act(Actor actor, UnitId id, Model model, HttpServletResponse response, Runnable action, String field,
                       String entered) {
        String view = Refusals.attempt(model, response, () -> {
            action.run();
            return "redirect:/units/" + id;
        });
        if (view != null) {
            return view;
        }
        model.addAttribute("entered", entered);
        return unitPage(actor, id, model);
    }

    private String unitPage(Actor actor, UnitId id, Model model) {
        UnitRecord record = units.record(actor, id);
        model.addAttribute("record", record);
        model.addAttribute("unit", record.unit());
        model.addAttribute("doneByOperation", record.done().stream()
                .collect(java.util.stream.Collectors.groupingBy(org.jointline.production.OperationRecord::operationId)));
        model.addAttribute("builder", actor.isAdministrator() || actor.actsFor(record.unit().organisationId().value()));
        model.addAttribute("customer", record.unit().customerId() != null && actor.actsFor(record.unit().customerId().value()));
        if (record.unit().customerId() != null) {
            model.addAttribute("missingQualifications", qualifications.missing(record.unit(), record.unit().customerId()));
        }
        model.addAttribute("qualifications", qualifications.ofConfiguration(record.unit()));
        return UNIT;
    }
}
