package org.jointline.traceability;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import org.jointline.platform.Actor;
import org.jointline.platform.Ids;
import org.jointline.platform.NotFound;
import org.jointline.platform.Role;
import org.jointline.traceability.internal.CaptureJobs;
import org.jointline.traceability.internal.EpcisRules;
import org.jointline.traceability.internal.EventHash;
import org.jointline.traceability.internal.EventWriter;
import org.jointline.traceability.internal.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Capture of EPCIS documents and single events. Documents are checked whole before anything is
 * stored: a broken document, or with rollback any broken event, is refused with every violation
 * named; with proceed the valid events are stored and the others reported in the job. Storing runs
 * as an asynchronous job in one transaction per document, in batches.
 */
@Service
public class EpcisCapture implements DisposableBean {

    public static final String ROLLBACK = "rollback";
    public static final String PROCEED = "proceed";
    private static final Logger LOG = LoggerFactory.getLogger(EpcisCapture.class);

    private final EventWriter writer;
    private final CaptureJobs jobs;
    private final TransactionTemplate transactions;
    private final CaptureLimits limits;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    EpcisCapture(EventWriter writer, CaptureJobs jobs, TransactionTemplate transactions, CaptureLimits limits) {
        this.writer = writer;
        this.jobs = jobs;
        this.transactions = transactions;
        this.limits = limits;
    }

    public CaptureLimits limits() {
        return limits;
    }

    /** Checks the document and starts a capture job; refuses with {@link EpcisRefused} before any job. */
    public CaptureJob capture(Actor actor, JsonNode document, String errorBehaviour) {
        requireCapturer(actor);
        String behaviour = errorBehaviour == null ? ROLLBACK : errorBehaviour.strip().toLowerCase();
        if (!behaviour.equals(ROLLBACK) && !behaviour.equals(PROCEED)) {
            throw EpcisRefused.validation(List.of(new Violation(null, "GS1-Capture-Error-Behaviour",
                    "must be rollback or proceed")));
        }
        JsonNode list = document.isObject() ? EpcisRules.eventList(document) : null;
        if (list != null && list.isArray() && list.size() > limits.maxEvents()) {
            throw new EpcisRefused("CaptureLimitExceededException", 413, "the document holds " + list.size()
                    + " events, more than the capture limit of " + limits.maxEvents(), List.of());
        }
        UUID id = Ids.next();
        UUID owner = actor.organisationId();
        String context = extraContext(document.get("@context"));
        Map<String, String> namespaces = EventHash.namespaces(document.get("@context"));
        // with rollback nothing is kept unless every event is valid: storing starts at once, in a transaction
        // that commits only once the checks below have passed, so checking and writing overlap
        java.util.concurrent.CompletableFuture<Boolean> go = null;
        if (behaviour.equals(ROLLBACK) && list != null && list.isArray() && !list.isEmpty()) {
            go = new java.util.concurrent.CompletableFuture<>();
            List<JsonNode> all = new ArrayList<>(list.size());
            list.values().forEach(all::add);
            java.util.concurrent.CompletableFuture<Boolean> gate = go;
            executor.submit(() -> run(id, owner, all, true, context, namespaces, gate));
        }
        try {
            List<Violation> violations = EpcisRules.document(document);
            boolean documentBroken = violations.stream().anyMatch(v -> v.eventIndex() == null);
            if (documentBroken || !violations.isEmpty() && behaviour.equals(ROLLBACK)) {
                throw EpcisRefused.validation(violations);
            }
            CaptureJob job = jobs.start(id, owner, behaviour, list.size(), violations);
            if (go != null) {
                go.complete(true);
                return job;
            }
            Set<Integer> broken = new HashSet<>();
            violations.forEach(v -> broken.add(v.eventIndex()));
            List<JsonNode> events = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (!broken.contains(i)) {
                    events.add(list.get(i));
                }
            }
            executor.submit(() -> run(id, owner, events, true, context, namespaces, null));
            return job;
        } finally {
            if (go != null) {
                go.complete(false);
            }
        }
    }

    /** One event, stored at once (the binding's POST /events); answers its eventID. */
    public String captureEvent(Actor actor, JsonNode event) {
        requireCapturer(actor);
        List<Violation> violations = EpcisRules.singleEvent(event);
        if (!violations.isEmpty()) {
            throw EpcisRefused.validation(violations);
        }
        ObjectNode copy = (ObjectNode) event.deepCopy();
        JsonNode eventContext = copy.remove("@context");
        StoredEvent stored = StoredEvent.of(Ids.next(), copy, EventHash.namespaces(eventContext));
        String context = extraContext(eventContext);
        EventWriter.Written written = transactions.execute(status ->
                writer.write(List.of(stored), actor.organisationId(), null, context));
        if (written.stored().isEmpty()) {
            throw new EpcisRefused("ResourceAlreadyExistsException", 409,
                    "event " + stored.eventId() + " is already stored", List.of());
        }
        return stored.eventId();
    }

    public CaptureJob job(Actor actor, UUID id) {
        return jobs.find(id).filter(j -> jobs.organisationOf(id).equals(actor.organisationId()) || actor.isAdministrator())
                .orElseThrow(() -> new NotFound("capture job", id));
    }

    public List<CaptureJob> jobs(Actor actor, int limit) {
        return jobs.of(actor.organisationId(), limit);
    }

    /**
     * Stores the events in one transaction, the next batch parsed, checked and hashed while the previous one
     * is copied. With a gate, the transaction commits only if the gate opens (the document passed its
     * checks) and nothing is reported otherwise: the job does not exist then.
     */
    private void run(UUID capture, UUID owner, List<JsonNode> events, boolean copy, String context,
                     Map<String, String> namespaces, java.util.concurrent.CompletableFuture<Boolean> gate) {
        try {
            BlockingQueue<List<StoredEvent>> ready = new ArrayBlockingQueue<>(2);
            int[] bounds = bounds(events.size(), limits.batchSize());
            java.util.concurrent.Future<?> producer = executor.submit(() -> {
                for (int b = 0; b + 1 < bounds.length; b++) {
                    List<StoredEvent> batch = new ArrayList<>(bounds[b + 1] - bounds[b]);
                    for (JsonNode event : events.subList(bounds[b], bounds[b + 1])) {
                        ObjectNode node = (ObjectNode) event;
                        batch.add(StoredEvent.of(Ids.next(), copy ? StoredEvent.shallowCopy(node) : node, namespaces));
                    }
                    ready.put(batch);
                }
                return null;
            });
            int batches = bounds.length - 1;
            int[] counts;
            try {
                counts = transactions.execute(status -> {
                    int stored = 0;
                    int duplicates = 0;
                    for (int b = 0; b < batches; b++) {
                        if (gate != null && gate.isDone() && !gate.join()) {
                            break; // refused: stop early, the transaction rolls back below
                        }
                        EventWriter.Written written = writer.write(next(ready, producer), owner, capture, context);
                        stored += written.stored().size();
                        duplicates += written.duplicates().size();
                    }
                    if (gate != null && !gate.join()) {
                        status.setRollbackOnly();
                        return null;
                    }
                    return new int[] {stored, duplicates};
                });
            } finally {
                producer.cancel(true);
            }
            if (counts != null) {
                jobs.finish(capture, counts[0], counts[1], null);
            }
        } catch (RuntimeException e) {
            if (gate != null && !gate.join()) {
                return;
            }
            LOG.error("Capture job {} failed", capture, e);
            jobs.finish(capture, 0, 0, new Violation(null, "/", "ImplementationException: the events could not be stored"));
        }
    }

    /**
     * Where the batches start (and the end): the first is a quarter of the others, so COPY starts while the
     * rest of the document is still being prepared.
     */
    static int[] bounds(int size, int batchSize) {
        List<Integer> bounds = new ArrayList<>();
        int from = 0;
        bounds.add(from);
        if (size > 0) {
            from = Math.min(size, Math.max(1, batchSize / 4));
            bounds.add(from);
        }
        while (from < size) {
            from = Math.min(size, from + batchSize);
            bounds.add(from);
        }
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<StoredEvent> next(BlockingQueue<List<StoredEvent>> ready, java.util.concurrent.Future<?> producer) {
        try {
            while (true) {
                List<StoredEvent> batch = ready.poll(100, TimeUnit.MILLISECONDS);
                if (batch != null) {
                    return batch;
                }
                if (producer.isDone()) {
                    producer.get();
                    throw new IllegalStateException("the events ended early");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The document's own @context entries beyond GS1's (namespace prefixes of extensions). */
    static String extraContext(JsonNode context) {
        if (context == null) {
            return null;
        }
        if (context.isArray()) {
            ArrayNode objects = ((ArrayNode) context).arrayNode();
            context.values().forEach(entry -> {
                if (entry.isObject()) {
                    objects.add(entry);
                }
            });
            return objects.isEmpty() ? null : objects.toString();
        }
        return context.isObject() ? "[" + context + "]" : null;
    }

    private static void requireCapturer(Actor actor) {
        actor.require(Role.OPERATOR, Role.INSPECTOR, Role.BUYER, Role.PLANNER, Role.DATA_STEWARD,
                Role.PROGRAMME_OFFICE);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
