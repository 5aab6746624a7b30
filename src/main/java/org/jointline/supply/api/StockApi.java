package org.jointline.supply.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.supply.Adjustment;
import org.jointline.supply.Consumption;
import org.jointline.supply.FacilityStock;
import org.jointline.supply.Location;
import org.jointline.supply.LocationDetails;
import org.jointline.supply.LocationId;
import org.jointline.supply.Lot;
import org.jointline.supply.LotId;
import org.jointline.supply.ProducedUnit;
import org.jointline.supply.Receipt;
import org.jointline.supply.Scrap;
import org.jointline.supply.SerialNumber;
import org.jointline.supply.StockAdjusted;
import org.jointline.supply.StockConsumed;
import org.jointline.supply.StockLine;
import org.jointline.supply.StockManagement;
import org.jointline.supply.StockMove;
import org.jointline.supply.StockReceived;
import org.jointline.supply.StockScrapped;
import org.jointline.supply.StockTransferred;
import org.jointline.supply.Transfer;
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
@RequestMapping("/api/v1/supply")
@Tag(name = "Stock", description = "Locations, lots, stock on hand and every operation that changes stock")
class StockApi {

    private final StockManagement stock;

    StockApi(StockManagement stock) {
        this.stock = stock;
    }

    @GetMapping("/facilities/{facility}/locations")
    @Operation(summary = "The facility's locations in tree order (standard ones made on first use)")
    List<Location> locations(Actor actor, @PathVariable FacilityId facility) {
        return stock.locations(actor, facility);
    }

    @PostMapping("/facilities/{facility}/locations")
    @ResponseStatus(HttpStatus.CREATED)
    Location addLocation(Actor actor, @PathVariable FacilityId facility, @Valid @RequestBody LocationDetails details) {
        return stock.addLocation(actor, facility, details);
    }

    @GetMapping("/facilities/{facility}/stock")
    @Operation(summary = "A facility's stock per item, lot and location; q: an item number")
    PageResult<StockLine> facilityStock(Actor actor, @PathVariable FacilityId facility,
                                        @RequestParam(required = false) LocationId location,
                                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                        @RequestParam(required = false) String q) {
        return stock.stock(actor, facility, location, PageQuery.of(page, size, q));
    }

    @GetMapping("/items/{item}/stock")
    @Operation(summary = "An item's stock: on hand and available per facility")
    List<FacilityStock> availability(Actor actor, @PathVariable ItemId item) {
        return stock.availability(actor, item);
    }

    @GetMapping("/items/{item}/stock/{facility}")
    @Operation(summary = "An item's stock at one facility, per location and lot")
    List<StockLine> onHand(Actor actor, @PathVariable ItemId item, @PathVariable FacilityId facility) {
        return stock.onHand(actor, item, facility);
    }

    @GetMapping("/items/{item}/lots")
    @io.swagger.v3.oas.annotations.Operation(summary = "The item's lots at facilities you see, newest first, a page at a time (q: lot number)")
    org.jointline.platform.PageResult<Lot> lots(Actor actor, @PathVariable ItemId item,
                                                @RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size,
                                                @RequestParam(required = false) String q) {
        return stock.lots(actor, item, org.jointline.platform.PageQuery.of(page, size, q));
    }

    @GetMapping("/lots/{id}")
    Lot lot(Actor actor, @PathVariable LotId id) {
        return stock.lot(actor, id);
    }

    @GetMapping("/moves")
    @Operation(summary = "Stock moves, newest first; q searches document, reason and person")
    PageResult<StockMove> moves(Actor actor, @RequestParam(required = false) FacilityId facility,
                                @RequestParam(required = false) ItemId item, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size, @RequestParam(required = false) String q) {
        return stock.moves(actor, facility, item, PageQuery.of(page, size, q));
    }

    @PostMapping("/receipts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Receive goods into a location (without a purchase order: opening stock, returns)")
    StockReceived receive(Actor actor, @Valid @RequestBody Receipt receipt) {
        return stock.receive(actor, receipt);
    }

    @PostMapping("/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Move stock between two locations of the same facility")
    StockTransferred transfer(Actor actor, @Valid @RequestBody Transfer transfer) {
        return stock.transfer(actor, transfer);
    }

    @PostMapping("/consumptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a lot quantity or serials against a reference (a work order)")
    StockConsumed consume(Actor actor, @Valid @RequestBody Consumption consumption) {
        return stock.consume(actor, consumption);
    }

    @PostMapping("/produced-units")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put a unit made by production into stock under its serial number")
    SerialNumber produced(Actor actor, @Valid @RequestBody ProducedUnit unit) {
        return stock.receiveProduced(actor, unit);
    }

    @PostMapping("/scraps")
    @ResponseStatus(HttpStatus.CREATED)
    StockScrapped scrap(Actor actor, @Valid @RequestBody Scrap scrap) {
        return stock.scrap(actor, scrap);
    }

    @PostMapping("/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Correct a quantity by a difference, or set it to the counted quantity (cycle count); reason required")
    StockAdjusted adjust(Actor actor, @Valid @RequestBody Adjustment adjustment) {
        return stock.adjust(actor, adjustment);
    }
}
