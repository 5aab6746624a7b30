package org.jointline.platform.db;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How module events are written to the publication registry: as JSON by the application's {@link JsonMapper}, the
 * same format as Spring Modulith's own serializer. Modulith's looks the mapper up in the bean factory on every event
 * (a dependency resolution each time); in the production bench that was a tenth of an operator's CPU per scan. This
 * one resolves it once.
 */
@Configuration(proxyBeanMethods = false)
class EventJson {

    @Bean
    EventSerializer eventSerializer(ObjectProvider<JsonMapper> mappers) {
        return new Serializer(mappers);
    }

    private static final class Serializer implements EventSerializer {

        private final ObjectProvider<JsonMapper> mappers;
        private volatile JsonMapper mapper;

        private Serializer(ObjectProvider<JsonMapper> mappers) {
            this.mappers = mappers;
        }

        @Override
        public Object serialize(Object event) {
            return mapper().writeValueAsString(event);
        }

        @Override
        public <T> T deserialize(Object serialized, Class<T> type) {
            return mapper().readerFor(type).readValue(serialized.toString());
        }

        private JsonMapper mapper() {
            JsonMapper known = mapper;
            if (known == null) {
                known = mappers.getIfAvailable(() -> JsonMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build());
                mapper = known;
            }
            return known;
        }
    }
}
