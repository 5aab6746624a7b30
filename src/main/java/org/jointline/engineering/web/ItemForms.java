package org.jointline.engineering.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ManufacturerPart;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The item form: drops the manufacturer part rows left empty before validating (so that a blank row is
 * not an error), offers at least {@link #MIN_PART_ROWS} rows, and names the owner organisations.
 */
@Component
class ItemForms {

    static final int MIN_PART_ROWS = 3;
    private static final int MAX_PART_ROWS = 20;
    private final SpringValidatorAdapter validator;
    private final OrganisationManagement organisations;

    ItemForms(jakarta.validation.Validator validator, OrganisationManagement organisations) {
        this.validator = new SpringValidatorAdapter(validator);
        this.organisations = organisations;
    }

    /**
     * Validates the submitted form without its empty part rows; the cleaned form and its result replace
     * the submitted ones in the model. A submission that could not even be converted keeps its result.
     */
    BindingResult validate(ItemDetails submitted, BindingResult binding, Model model) {
        if (binding.hasErrors() || submitted == null) {
            return binding;
        }
        ItemDetails cleaned = withoutEmptyParts(submitted);
        BindingResult result = new DirectFieldBindingResult(cleaned, binding.getObjectName());
        validator.validate(cleaned, result);
        model.addAttribute(binding.getObjectName(), cleaned);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + binding.getObjectName(), result);
        return result;
    }

    static ItemDetails withoutEmptyParts(ItemDetails d) {
        List<ManufacturerPart> parts = d.manufacturerParts().stream()
                .filter(p -> p != null && !(blank(p.manufacturer()) && blank(p.mpn()))).toList();
        return new ItemDetails(d.ownerId(), d.number(), d.name(), d.description(), d.kind(), d.unit(), d.tracking(),
                d.gtin(), d.countryOfOrigin(), parts, d.version());
    }

    static ItemDetails of(Item i) {
        return new ItemDetails(i.ownerId(), i.number(), i.name(), i.description(), i.kind(), i.unit(), i.tracking(),
                i.gtin(), i.countryOfOrigin(), i.manufacturerParts(), i.version());
    }

    /** The part rows the form shows: those given, then empty ones up to at least three (and one spare). */
    static List<ManufacturerPart> partRows(ItemDetails form) {
        List<ManufacturerPart> rows = new ArrayList<>(form == null ? List.of() : form.manufacturerParts());
        int wanted = Math.min(MAX_PART_ROWS, Math.max(MIN_PART_ROWS, rows.size() + 1));
        while (rows.size() < wanted) {
            rows.add(new ManufacturerPart(null, null));
        }
        return rows;
    }

    /** Organisations the actor may create items for: all they see for administrators, else their own. */
    List<Organisation> owners(Actor actor) {
        return organisations.choices(actor).stream()
                .filter(o -> actor.isAdministrator() || actor.actsFor(o.id().value())).toList();
    }

    /** Names of the organisations the actor sees, by ID, for showing the owner of items. */
    Map<OrganisationId, String> ownerNames(Actor actor) {
        return organisations.choices(actor).stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
