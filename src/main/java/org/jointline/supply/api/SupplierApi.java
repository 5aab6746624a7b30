package org.jointline.supply.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.supply.Supplier;
import org.jointline.supply.SupplierManagement;
import org.jointline.supply.SupplierPart;
import org.jointline.supply.SupplierPartDetails;
import org.jointline.supply.SupplierPartId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/supply")
@Tag(name = "Suppliers", description = "Suppliers and supplier parts with price breaks, lead time, origin and approval")
class SupplierApi {

    private final SupplierManagement suppliers;

    SupplierApi(SupplierManagement suppliers) {
        this.suppliers = suppliers;
    }

    @GetMapping("/suppliers")
    PageResult<Supplier> list(Actor actor, @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size, @RequestParam(required = false) String q) {
        return suppliers.suppliers(actor, PageQuery.of(page, size, q));
    }

    @GetMapping("/suppliers/{id}")
    Supplier get(Actor actor, @PathVariable OrganisationId id) {
        return suppliers.supplier(actor, id);
    }

    @GetMapping("/supplier-parts")
    List<SupplierPart> parts(Actor actor, @RequestParam(required = false) OrganisationId supplier,
                             @RequestParam(required = false) ItemId item) {
        return suppliers.parts(actor, supplier, item);
    }

    @GetMapping("/supplier-parts/{id}")
    SupplierPart part(Actor actor, @PathVariable SupplierPartId id) {
        return suppliers.part(actor, id);
    }

    @PostMapping("/supplier-parts")
    @ResponseStatus(HttpStatus.CREATED)
    SupplierPart add(Actor actor, @Valid @RequestBody SupplierPartDetails details) {
        return suppliers.addPart(actor, details);
    }

    @PutMapping("/supplier-parts/{id}")
    SupplierPart update(Actor actor, @PathVariable SupplierPartId id, @Valid @RequestBody SupplierPartDetails details) {
        return suppliers.updatePart(actor, id, details);
    }
}
