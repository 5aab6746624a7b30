package org.jointline.platform.db;

import java.time.Instant;
import java.util.UUID;
import org.jointline.JointlineTest;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.production.UnitCompleted;
import org.jointline.production.UnitId;
import org.jointline.production.WorkOrderId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/** Module events go to the publication registry through {@link EventJson} and come back equal on republication. */
@JointlineTest
class EventJsonTests {

    @Autowired EventSerializer serializer;

    @Test
    void theRegistryUsesThisSerializerAndEventsComeBackEqual() {
        assertThat(serializer.getClass().getEnclosingClass()).isEqualTo(EventJson.class);
        UnitCompleted event = new UnitCompleted(new UnitId(UUID.randomUUID()), new WorkOrderId(UUID.randomUUID()),
                new ItemId(UUID.randomUUID()), "GD-000042", new FacilityId(UUID.randomUUID()), Instant.parse("2026-12-07T10:15:30.123456Z"));

        Object json = serializer.serialize(event);

        assertThat(json).isInstanceOf(String.class);
        assertThat(json.toString()).contains("\"serial\":\"GD-000042\"").contains("2026-12-07T10:15:30.123456Z");
        assertThat(serializer.deserialize(json, UnitCompleted.class)).isEqualTo(event);
        assertThat(serializer.serialize(event)).isEqualTo(json);
    }
}
