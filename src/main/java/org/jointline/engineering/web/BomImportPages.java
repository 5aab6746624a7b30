package org.jointline.engineering.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jointline.engineering.BomImport;
import org.jointline.engineering.BomImportId;
import org.jointline.engineering.BomImportManagement;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.BomRevision;
import org.jointline.engineering.ImportCommit;
import org.jointline.engineering.ImportLine;
import org.jointline.engineering.ImportProblem;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.Role;
import org.jointline.platform.StateRefused;
import org.jointline.platform.web.Flash;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * BOM import pages: the upload form, the preview of what the file holds (lines, problems, what a commit would
 * create or reuse) and the commit into a new draft revision of an existing or a new assembly.
 * <p>
 * The upload form carries its CSRF token in the action URL as well (as the document upload does), so that an
 * upload over the server's limit still reaches the 413 page instead of a bare 403.
 */
@Controller
@RequestMapping("/boms/imports")
class BomImportPages {

    /** The columns the form lets a person name; the API also takes do_not_place and notes. */
    static final List<String> MAPPED_FIELDS = List.of("designator", "quantity", "value", "description", "manufacturer",
            "mpn", "package");
    /** Every column the reader knows, in the order the preview lists the mapping it used. */
    private static final List<String> ALL_FIELDS = List.of("designator", "quantity", "value", "description", "manufacturer",
            "mpn", "package", "do_not_place", "notes");
    private static final String FORM = "engineering/bom-import-form";
    private static final String PREVIEW = "engineering/bom-import";
    private static final Set<String> COMMIT_FIELDS = Set.of("assemblyItem", "assemblyNumber", "assemblyName");
    private static final Map<String, String> SERVICE_FIELDS = Map.of("number", "assemblyNumber", "name", "assemblyName",
            "assemblyId", "assemblyItem");
    private static final Set<String> ASSEMBLY_REFUSALS = Set.of("bom.not-an-assembly", "bom.draft-exists");

    private final BomImportManagement imports;
    private final ItemManagement items;
    private final BomManagement boms;
    private final MessageSource messages;

    BomImportPages(BomImportManagement imports, ItemManagement items, BomManagement boms, MessageSource messages) {
        this.imports = imports;
        this.items = items;
        this.boms = boms;
        this.messages = messages;
    }

    /** Where the lines go: {@code target} is {@code existing} (an assembly by its number) or {@code new}. */
    record CommitForm(
            String target,
            @Size(max = 60) String assemblyItem,
            @Size(max = 60) @Pattern(regexp = "([A-Za-z0-9][A-Za-z0-9._/-]*)?", message = "{validation.item-number}") String assemblyNumber,
            @Size(max = 200) String assemblyName) {

        static CommitForm empty() {
            return new CommitForm("new", null, null, null);
        }

        boolean existing() {
            return "existing".equals(target);
        }
    }

    /** A problem of the file with its message in the reader's language. */
    record ProblemRow(int row, String severity, String text) {
    }

    @InitBinder("commitForm")
    void trim(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/new")
    String uploadForm(Actor actor, Model model) {
        actor.require(Role.ENGINEER);
        return form(model, Map.of());
    }

    @PostMapping
    String upload(Actor actor, @RequestParam(required = false) MultipartFile file, @RequestParam Map<String, String> parameters,
                  Model model, HttpServletResponse response) throws IOException {
        actor.require(Role.ENGINEER);
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String field : MAPPED_FIELDS) {
            String value = parameters.get("mapping." + field);
            if (value != null && !value.isBlank()) {
                mapping.put(field, value.strip());
            }
        }
        try {
            if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
                throw new InvalidInput("file", "documents.file-required");
            }
            if (file.isEmpty()) {
                throw new InvalidInput("file", "bom.import.empty-file");
            }
            BomImport preview = imports.preview(actor, file.getOriginalFilename(), file.getBytes(), mapping);
            return "redirect:/boms/imports/" + preview.id();
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            String field = e.field() != null && e.field().startsWith("mapping.") ? e.field() : "file";
            model.addAttribute("errorField", field);
            model.addAttribute("errorText", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
            return form(model, mapping);
        }
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable BomImportId id, Model model) {
        model.addAttribute("commitForm", CommitForm.empty());
        return preview(actor, id, model);
    }

    @PostMapping("/{id}/commit")
    String commit(Actor actor, @PathVariable BomImportId id, @Valid @ModelAttribute("commitForm") CommitForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        BomImport preview = imports.get(actor, id);
        if (!"PREVIEW".equals(preview.status())) {
            throw new StateRefused("bom.import.already-committed", preview.filename());
        }
        ItemId assemblyId = null;
        if (!binding.hasErrors()) {
            if (form.existing()) {
                if (form.assemblyItem() == null) {
                    binding.rejectValue("assemblyItem", "validation.required");
                } else {
                    Optional<Item> assembly = assembly(actor, form.assemblyItem());
                    if (assembly.isEmpty()) {
                        binding.rejectValue("assemblyItem", "bom.import.unknown-assembly", new Object[] {form.assemblyItem()}, null);
                    } else if (!assembly.get().kind().isAssembly()) {
                        binding.rejectValue("assemblyItem", "bom.not-an-assembly", new Object[] {assembly.get().number()}, null);
                    } else {
                        assemblyId = assembly.get().id();
                    }
                }
            } else if (form.assemblyNumber() == null) {
                binding.rejectValue("assemblyNumber", "validation.required");
            }
        }
        if (binding.hasErrors()) {
            return preview(actor, id, model);
        }
        try {
            BomImport committed = imports.commit(actor, id, form.existing()
                    ? new ImportCommit(assemblyId, null, null)
                    : new ImportCommit(null, form.assemblyNumber(), form.assemblyName()));
            BomRevision revision = boms.revision(actor, committed.revisionId());
            Item assembly = items.get(actor, committed.assemblyId());
            Flash.success(redirect, "bom.import.committed", committed.lines().size(), committed.filename(),
                    assembly.number(), revision.label());
            return "redirect:/boms/revisions/" + committed.revisionId();
        } catch (InvalidInput e) {
            String field = SERVICE_FIELDS.getOrDefault(e.field(), e.field());
            if (COMMIT_FIELDS.contains(field)) {
                binding.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
            } else {
                binding.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
            return preview(actor, id, model);
        } catch (StateRefused e) {
            if (!ASSEMBLY_REFUSALS.contains(e.messageKey())) {
                throw e;
            }
            binding.rejectValue(form.existing() ? "assemblyItem" : "assemblyNumber", e.messageKey(), e.arguments(), e.messageKey());
            return preview(actor, id, model);
        }
    }

    private String form(Model model, Map<String, String> mapping) {
        model.addAttribute("fields", MAPPED_FIELDS);
        model.addAttribute("mapping", mapping);
        return FORM;
    }

    private String preview(Actor actor, BomImportId id, Model model) {
        BomImport preview = imports.get(actor, id);
        Locale locale = LocaleContextHolder.getLocale();
        Map<ItemId, Item> reused = items.getAll(actor, preview.lines().stream().map(ImportLine::existingItemId)
                .filter(Objects::nonNull).distinct().toList());
        Map<String, String> mapping = new LinkedHashMap<>();
        preview.mapping().entrySet().stream()
                .sorted(Comparator.comparingInt(e -> ALL_FIELDS.indexOf(e.getKey()) < 0 ? ALL_FIELDS.size() : ALL_FIELDS.indexOf(e.getKey())))
                .forEach(e -> mapping.put(e.getKey(), e.getValue()));
        model.addAttribute("preview", preview);
        model.addAttribute("mappingUsed", mapping);
        model.addAttribute("committed", !"PREVIEW".equals(preview.status()));
        model.addAttribute("problems", preview.problems().stream().map(p -> problem(p, locale)).toList());
        model.addAttribute("errorCount", preview.problems().stream().filter(p -> "ERROR".equals(p.severity())).count());
        model.addAttribute("reused", reused);
        model.addAttribute("reusedCount", preview.lines().stream().map(ImportLine::existingItemId).filter(Objects::nonNull)
                .distinct().count());
        model.addAttribute("dnpCount", preview.lines().stream().filter(ImportLine::doNotPlace).count());
        if (preview.assemblyId() != null) {
            Optional.ofNullable(items.getAll(actor, List.of(preview.assemblyId())).get(preview.assemblyId()))
                    .ifPresent(item -> model.addAttribute("assembly", item));
        }
        return PREVIEW;
    }

    private ProblemRow problem(ImportProblem problem, Locale locale) {
        String text = problem.key() == null ? null
                : messages.getMessage(problem.key(), problem.arguments() == null ? null : problem.arguments().toArray(), null, locale);
        return new ProblemRow(problem.row(), problem.severity(), text != null ? text : problem.message());
    }

    private Optional<Item> assembly(Actor actor, String number) {
        return items.byNumber(actor, number, new OrganisationId(actor.organisationId()));
    }
}
