package org.jointline.engineering.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.Explosion;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.NotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The BOM of an item as a tree that opens level by level (htmx fragments of table rows), and the full
 * indented explosion to a chosen depth.
 */
@Controller
@RequestMapping("/items/{id}")
class BomTreePages {

    private static final String TREE = "engineering/bom-tree";
    private final ItemManagement items;
    private final BomManagement boms;

    BomTreePages(ItemManagement items, BomManagement boms) {
        this.items = items;
        this.boms = boms;
    }

    /** The rows under {@code parent} (whose row is {@code key} at {@code level}), and its control turned to "collapse". */
    @GetMapping("/bom-children")
    String children(Actor actor, @PathVariable ItemId id, @RequestParam ItemId parent, @RequestParam String key,
                    @RequestParam int level, @RequestParam BigDecimal qty, Model model) {
        Explosion explosion = explodeOneLevel(actor, id, parent, key, level);
        model.addAttribute("rootId", id);
        model.addAttribute("parentRow", TreeRow.parent(explosion, key, level, qty));
        model.addAttribute("tree", TreeRow.children(explosion, key, level + 1, qty));
        return TREE + " :: children";
    }

    /** The control of {@code parent}'s row turned back to "expand", and the removal of the rows under it. */
    @GetMapping("/bom-collapse")
    String collapse(Actor actor, @PathVariable ItemId id, @RequestParam ItemId parent, @RequestParam String key,
                    @RequestParam int level, @RequestParam BigDecimal qty, Model model) {
        Explosion explosion = explodeOneLevel(actor, id, parent, key, level);
        model.addAttribute("rootId", id);
        model.addAttribute("parentRow", TreeRow.parent(explosion, key, level, qty));
        return TREE + " :: collapsed";
    }

    @GetMapping("/bom")
    String explosion(Actor actor, @PathVariable ItemId id, @RequestParam(required = false) Integer depth,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                     Model model) {
        model.addAttribute("item", items.get(actor, id));
        Explosion explosion = boms.explode(actor, id, null, depth, at);
        model.addAttribute("explosion", explosion);
        model.addAttribute("depth", depth);
        model.addAttribute("maxDepth", BomManagement.MAX_DEPTH);
        return "engineering/explosion";
    }

    private Explosion explodeOneLevel(Actor actor, ItemId root, ItemId parent, String key, int level) {
        if (!key.matches(TreeRow.KEY) || level < 1 || level > BomManagement.MAX_DEPTH) {
            throw new NotFound("page", key);
        }
        items.get(actor, root);
        return boms.explode(actor, parent, null, 1, null);
    }
}
