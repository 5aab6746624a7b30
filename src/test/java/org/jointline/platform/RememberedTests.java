package org.jointline.platform;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedTests {

    private final Remembered<String, String> names = new Remembered<>();
    private final AtomicInteger loads = new AtomicInteger();

    private String load(String key) {
        loads.incrementAndGet();
        return key + "-" + loads.get();
    }

    @Test
    void aValueIsLoadedOnceAndRememberedUntilForgotten() {
        assertThat(names.get("a", this::load)).isEqualTo("a-1");
        assertThat(names.get("a", this::load)).isEqualTo("a-1");

        names.forget("a");

        assertThat(names.get("a", this::load)).isEqualTo("a-2");
        assertThat(names.get("a", this::load)).isEqualTo("a-2");
        assertThat(loads).hasValue(2);
    }

    @Test
    void aValueLoadedWhileSomethingIsForgottenIsReturnedButNotKept() {
        String stale = names.get("a", key -> {
            names.forget("a"); // the change commits while the old value is being read
            return "old";
        });

        assertThat(stale).isEqualTo("old");
        assertThat(names.get("a", this::load)).isEqualTo("a-1");
        assertThat(names.get("a", this::load)).isEqualTo("a-1");
    }

    @Test
    void nothingIsRememberedForAMissingValue() {
        assertThat(names.get("a", key -> null)).isNull();
        assertThat(names.get("a", this::load)).isEqualTo("a-1");
    }
}
