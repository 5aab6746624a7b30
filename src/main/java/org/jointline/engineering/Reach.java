package org.jointline.engineering;

import java.util.Set;
import java.util.UUID;

/**
 * The bulk form of access decisions, for lists, search, explosions and where-used: everything of the
 * {@code owners} (all, when {@code null}), plus these shared items and documents. An item's documents are
 * shared with the item.
 */
public record Reach(Set<UUID> owners, Set<UUID> items, Set<UUID> documents) {

    public Reach {
        owners = owners == null ? null : Set.copyOf(owners);
        items = Set.copyOf(items);
        documents = Set.copyOf(documents);
    }

    public static Reach everything() {
        return new Reach(null, Set.of(), Set.of());
    }

    public static Reach ownersOnly(Set<UUID> owners) {
        return new Reach(owners, Set.of(), Set.of());
    }

    public boolean all() {
        return owners == null;
    }

    public boolean seesItem(UUID owner, UUID item) {
        return owners == null || owners.contains(owner) || items.contains(item);
    }

    public boolean seesDocument(UUID owner, UUID item, UUID document) {
        return seesItem(owner, item) || documents.contains(document);
    }

    /** For SQL: {@code null} means every owner. */
    public UUID[] ownerArray() {
        return owners == null ? null : owners.toArray(UUID[]::new);
    }

    public UUID[] itemArray() {
        return items.toArray(UUID[]::new);
    }

    public UUID[] documentArray() {
        return documents.toArray(UUID[]::new);
    }
}
