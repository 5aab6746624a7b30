package org.jointline.production.internal;

import org.jointline.compliance.AssessmentDecided;
import org.jointline.compliance.Outcome;
import org.jointline.compliance.TransferKind;
import org.jointline.production.AcceptanceManagement;
import org.jointline.production.DeliveryId;
import org.jointline.production.NonconformanceId;
import org.jointline.production.QualityManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a compliance officer releases a held shipment, what production was waiting for leaves: a delivery's units, or
 * goods returned to their supplier. Each is dispatched in its own transaction, so one refusal (stock gone meanwhile)
 * does not stop the others; a refused one stays waiting for the "Dispatch now" button.
 */
@Component
class ComplianceReleases {

    private static final Logger LOG = LoggerFactory.getLogger(ComplianceReleases.class);

    private final Deliveries deliveries;
    private final Nonconformances nonconformances;
    private final AcceptanceManagement acceptance;
    private final QualityManagement quality;

    ComplianceReleases(Deliveries deliveries, Nonconformances nonconformances, AcceptanceManagement acceptance,
                       QualityManagement quality) {
        this.deliveries = deliveries;
        this.nonconformances = nonconformances;
        this.acceptance = acceptance;
        this.quality = quality;
    }

    @Async
    @TransactionalEventListener
    void on(AssessmentDecided decided) {
        if (decided.outcome() != Outcome.CLEARED || decided.kind() != TransferKind.GOODS || decided.reference() == null) {
            return;
        }
        for (DeliveryId id : deliveries.waitingFor(decided.reference())) {
            try {
                acceptance.dispatchReleased(id);
            } catch (RuntimeException e) {
                LOG.warn("Delivery {} not dispatched after its shipment {} was released: {}", id, decided.reference(), e.toString());
            }
        }
        for (NonconformanceId id : nonconformances.returnsWaitingFor(decided.reference())) {
            try {
                quality.dispatchReturnReleased(id);
            } catch (RuntimeException e) {
                LOG.warn("Return of {} not dispatched after its shipment {} was released: {}", id, decided.reference(), e.toString());
            }
        }
    }
}
