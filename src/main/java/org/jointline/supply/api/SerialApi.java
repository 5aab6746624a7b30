package org.jointline.supply.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.supply.CreatedSerials;
import org.jointline.supply.SerialBatch;
import org.jointline.supply.SerialId;
import org.jointline.supply.SerialManagement;
import org.jointline.supply.SerialNumber;
import org.jointline.supply.SerialState;
import org.jointline.supply.StockMove;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/supply/serials")
@Tag(name = "Serial numbers", description = "Bulk creation (pattern, list, GS1 SGTIN), lookup by label text, history")
class SerialApi {

    private final SerialManagement serials;

    SerialApi(SerialManagement serials) {
        this.serials = serials;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make up to 10,000 serial numbers at once, received into a location or planned at a facility")
    CreatedSerials create(Actor actor, @Valid @RequestBody SerialBatch batch) {
        return serials.create(actor, batch);
    }

    @GetMapping
    PageResult<SerialNumber> list(Actor actor, @RequestParam(required = false) ItemId item,
                                  @RequestParam(required = false) SerialState state,
                                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                  @RequestParam(required = false) String q) {
        return serials.list(actor, item, state, PageQuery.of(page, size, q));
    }

    @GetMapping("/lookup")
    @Operation(summary = "Serials written exactly so, or named by a GS1 Digital Link URI, of any item")
    List<SerialNumber> lookup(Actor actor, @RequestParam String serial) {
        return serials.find(actor, serial);
    }

    @GetMapping("/{id}")
    SerialNumber get(Actor actor, @PathVariable SerialId id) {
        return serials.get(actor, id);
    }

    @GetMapping("/{id}/history")
    List<StockMove> history(Actor actor, @PathVariable SerialId id) {
        return serials.history(actor, id);
    }
}
