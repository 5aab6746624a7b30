package org.jointline.screening;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jointline.JointlineTest;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages answer with what a person needs: the history, the queue, and a clear message at the field. */
@JointlineTest
class ScreeningPageTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aForeignFileIsRefusedAtTheFieldWith422() throws Exception {
        mvc.perform(multipart("/screening/imports").file(new MockMultipartFile("file", "bom.csv", "text/csv",
                        "Designator,Qty\nR1,1\n".getBytes(StandardCharsets.UTF_8))).with(as(accounts, "compliance.ro")).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("not a sanctions list format")));
    }

    @Test
    void theQueueShowsAHeldPartyWithWhyAndRefusesABlankReason() throws Exception {
        UUID dnipro = accounts.byUsername("engineer.ua").orElseThrow().actor().organisationId();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID entry = UUID.randomUUID();
        UUID party = UUID.randomUUID();
        UUID hit = UUID.randomUUID();
        jdbc.sql("INSERT INTO screening.entry (id, list, reference, kind, name, detail, content_hash, version, changed_at) "
                + "VALUES (?, 'PAGE', ?, 'PERSON', 'LISTED PERSON', '{}'::jsonb, 'h', 1, now())").params(entry, tag).update();
        jdbc.sql("INSERT INTO screening.party (party_id, kind, organisation_id, name, state, screened_at) "
                + "VALUES (?, 'PERSON', ?, ?, 'HELD', now() + interval '1 hour')").params(party, dnipro, "Fixture " + tag).update();
        jdbc.sql("INSERT INTO screening.hit (id, party_id, entry_id, matched_name, score, explanation, status, entry_hash, found_at) "
                + "VALUES (?, ?, ?, 'LISTED PERSON', 0.9, 'matched: fixture', 'OPEN', 'h', now())").params(hit, party, entry).update();
        mvc.perform(get("/screening/hits").param("q", "Fixture " + tag).with(as(accounts, "compliance.ua")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fixture " + tag)))
                .andExpect(content().string(containsString("matched: fixture")));
        mvc.perform(post("/screening/hits/{id}/dismissal", hit).param("reason", "  ").with(as(accounts, "compliance.ua")).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Give a reason.")));
    }

    @Test
    void anEngineerSeesAnOrganisationsStateButNoHits() throws Exception {
        mvc.perform(get("/screening/imports").with(as(accounts, "engineer.ua"))).andExpect(status().isForbidden());
        String dnipro = accounts.byUsername("engineer.ua").orElseThrow().actor().organisationId().toString();
        mvc.perform(get("/screening/organisations/{id}/state", dnipro).with(as(accounts, "engineer.ua")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("screening-state")));
    }
}
