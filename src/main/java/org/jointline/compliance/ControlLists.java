package org.jointline.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jointline.compliance.internal.ControlEntryRows;
import org.jointline.compliance.internal.ControlEntryRows.Incoming;
import org.jointline.platform.Actor;
import org.jointline.platform.Ids;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Control lists as reference data: the EU dual-use list (Annex I, imported from its JSON form, repeatable with a
 * newer file: only the differences are applied), the Common Military List ML1–ML22 and US markers (shipped).
 */
@Service
@Transactional
public class ControlLists {

    public static final long MAX_FILE = 50L * 1024 * 1024;
    private static final Pattern DUAL_USE_CODE = Pattern.compile("[0-9][A-E][0-9]{3}(\\.[A-Za-z0-9]+)*");

    private final ControlEntryRows rows;
    private final JsonMapper json;

    ControlLists(ControlEntryRows rows, JsonMapper json) {
        this.rows = rows;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public PageResult<ControlEntry> entries(Regime regime, PageQuery query) {
        return rows.page(regime, query);
    }

    /** Top-level entries of a regime ({@code parent} null) or the children of one. */
    @Transactional(readOnly = true)
    public List<ControlEntry> children(Regime regime, String parent) {
        return rows.children(regime, parent == null ? null : Codes.normal(parent));
    }

    @Transactional(readOnly = true)
    public ControlEntry entry(Regime regime, String code) {
        return rows.entry(regime, Codes.normal(code)).orElseThrow(() -> new NotFound("control-entry", code));
    }

    @Transactional(readOnly = true)
    public PageResult<ControlListImport> imports(PageQuery query) {
        return rows.imports(query);
    }

    public boolean mayImport(Actor actor) {
        return actor.isAdministrator() || actor.has(Role.COMPLIANCE_OFFICER);
    }

    /**
     * Imports an Annex I file: all or nothing. A file that is not such a list (wrong format, truncated, no entries)
     * is refused and the current list stays as it was.
     */
    public ControlListImport importDualUse(Actor actor, String filename, InputStream content) {
        if (!mayImport(actor)) {
            throw new org.jointline.platform.Forbidden();
        }
        byte[] bytes = read(content);
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidInput("file", "compliance.list-not-json", e.getOriginalMessage());
        }
        JsonNode list = root == null ? null : root.get("entries");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new InvalidInput("file", "compliance.list-no-entries");
        }
        Map<String, String[]> read = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode e : list) {
            String code = text(e, "code");
            String label = text(e, "label");
            if (code == null || !DUAL_USE_CODE.matcher(code).matches() || label == null) {
                throw new InvalidInput("file", "compliance.list-bad-entry", index, code == null ? "" : code);
            }
            String normal = Codes.normal(code);
            if (read.putIfAbsent(normal, new String[]{label.strip(), Objects.requireNonNullElse(text(e, "full_content"), "")}) != null) {
                throw new InvalidInput("file", "compliance.list-duplicate", normal);
            }
            index++;
        }
        JsonNode metadata = root.get("metadata");
        String version = metadata == null ? null : text(metadata, "version");
        return apply(actor, filename, sha256(bytes), version == null ? "?" : version, read);
    }

    private ControlListImport apply(Actor actor, String filename, String sha, String version, Map<String, String[]> read) {
        Map<String, Incoming> before = rows.current(Regime.EU_DUAL_USE);
        List<Incoming> changes = new ArrayList<>();
        int added = 0;
        int changed = 0;
        for (Map.Entry<String, String[]> e : read.entrySet()) {
            String code = e.getKey();
            String parent = parent(code, read);
            int depth = code.split("\\.").length - 1;
            Incoming incoming = new Incoming(code, parent, e.getValue()[0], e.getValue()[1], depth);
            Incoming old = before.get(code);
            if (old == null) {
                added++;
                changes.add(incoming);
            } else if (!old.equals(incoming)) {
                changed++;
                changes.add(incoming);
            }
        }
        List<String> removed = before.keySet().stream().filter(c -> !read.containsKey(c)).toList();
        if (!changes.isEmpty()) {
            rows.upsert(Regime.EU_DUAL_USE, changes, version);
        }
        if (!removed.isEmpty()) {
            rows.withdraw(Regime.EU_DUAL_USE, removed);
        }
        ControlListImport done = new ControlListImport(Ids.next(), Regime.EU_DUAL_USE, version,
                filename == null ? "upload" : filename, sha, read.size(), added, changed, removed.size(),
                actor.displayName(), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        rows.recordImport(done, actor.personId());
        return done;
    }

    /** The nearest code above in the file: 9A012.a.1 → 9A012.a if listed, else 9A012; top entries have none. */
    private static String parent(String code, Map<String, String[]> read) {
        String c = code;
        for (int dot = c.lastIndexOf('.'); dot > 0; dot = c.lastIndexOf('.')) {
            c = c.substring(0, dot);
            if (read.containsKey(c)) {
                return c;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asString();
    }

    private static byte[] read(InputStream content) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) MAX_FILE + 1);
            if (bytes.length > MAX_FILE) {
                throw new InvalidInput("file", "compliance.list-too-large");
            }
            if (bytes.length == 0) {
                throw new InvalidInput("file", "compliance.list-empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidInput("file", "compliance.list-unreadable");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static UUID none() {
        return null;
    }
}
