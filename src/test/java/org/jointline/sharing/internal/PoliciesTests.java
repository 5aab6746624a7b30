package org.jointline.sharing.internal;

import org.jointline.platform.InvalidInput;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PoliciesTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void oneCanonicalFormWhateverTheSpelling() {
        String a = Policies.canonical(Policies.parse(json.readTree("""
                {"permission":[{"action":["download","view","view"],"constraint":[
                  {"leftOperand":"purpose","operator":"eq","rightOperand":"production"},
                  {"leftOperand":"count","operator":"lteq","rightOperand":"03"}],"duty":["watermark"]}]}""")));
        String b = Policies.canonical(Policies.parse(json.readTree("""
                {"prohibition":[],"permission":[{"duty":[{"action":"watermark"}],"constraint":[
                  {"leftOperand":"count","operator":"lteq","rightOperand":[3]},
                  {"leftOperand":"purpose","operator":"isAnyOf","rightOperand":["production"]}],"action":["view","download"]}]}""")));
        assertThat(a).isEqualTo(b).startsWith("{\"permission\":[{\"action\":[\"download\",\"view\"]");
    }

    @Test
    void refusesUnknownTermsNamingThem() {
        assertRefused("{\"permission\":[{\"action\":[\"view\",\"print\"]}]}", "policy.permission[0].action[1]", "sharing.policy.unknown-action");
        assertRefused("{\"permission\":[{\"action\":\"view\",\"constraint\":[{\"leftOperand\":\"colour\",\"operator\":\"eq\",\"rightOperand\":\"red\"}]}]}",
                "policy.permission[0].constraint[0].leftOperand", "sharing.policy.unknown-field");
        assertRefused("{\"permission\":[{\"action\":\"view\",\"colour\":\"red\"}]}", "policy.permission[0].colour", "sharing.policy.unknown-term");
        assertRefused("{\"permission\":[{\"action\":\"view\",\"constraint\":[{\"leftOperand\":\"dateTime\",\"operator\":\"gteq\",\"rightOperand\":\"2026-12-01\"},"
                + "{\"leftOperand\":\"dateTime\",\"operator\":\"lteq\",\"rightOperand\":\"2026-11-01\"}]}]}",
                "policy.permission[0].constraint", "sharing.policy.ends-before-start");
        assertRefused("{\"permission\":[{\"action\":\"view\",\"constraint\":[{\"leftOperand\":\"purpose\",\"operator\":\"eq\",\"rightOperand\":\"fun\"}]}]}",
                "policy.permission[0].constraint[0].rightOperand", "sharing.policy.unknown-purpose");
        assertRefused("{\"permission\":[{\"action\":\"view\",\"constraint\":[{\"leftOperand\":\"count\",\"operator\":\"lteq\",\"rightOperand\":2}]}]}",
                "policy.permission[0].constraint[0].rightOperand", "sharing.policy.count-without-download");
        assertRefused("{\"permission\":[{\"action\":\"view\",\"duty\":[\"pay\"]}]}", "policy.permission[0].duty[0]", "sharing.policy.unknown-duty");
        assertRefused("{\"prohibition\":[{\"action\":\"view\"}]}", "policy.permission", "sharing.policy.no-permission");
    }

    private void assertRefused(String policy, String field, String key) {
        assertThatThrownBy(() -> Policies.parse(json.readTree(policy))).isInstanceOf(InvalidInput.class)
                .satisfies(e -> {
                    assertThat(((InvalidInput) e).field()).isEqualTo(field);
                    assertThat(((InvalidInput) e).messageKey()).isEqualTo(key);
                });
    }
}
