package org.jointline.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With an OpenID Connect provider configured, the login page offers it and sends people there. */
@SpringBootTest(properties = {
        "spring.security.oauth2.client.registration.jointline.client-id=jointline",
        "spring.security.oauth2.client.registration.jointline.client-secret=secret",
        "spring.security.oauth2.client.registration.jointline.scope=openid,profile",
        "spring.security.oauth2.client.registration.jointline.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.jointline.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.jointline.authorization-uri=https://idp.example.org/auth",
        "spring.security.oauth2.client.provider.jointline.token-uri=https://idp.example.org/token",
        "spring.security.oauth2.client.provider.jointline.jwk-set-uri=https://idp.example.org/jwks",
        "spring.security.oauth2.client.provider.jointline.user-info-uri=https://idp.example.org/userinfo",
        "spring.security.oauth2.client.provider.jointline.user-name-attribute=preferred_username"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenIdConnectLoginTests {

    @Autowired MockMvc mvc;

    @Test
    void theLoginPageOffersSingleSignOn() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("/oauth2/authorization/jointline")));
    }

    @Test
    void singleSignOnRedirectsToTheProvider() throws Exception {
        mvc.perform(get("/oauth2/authorization/jointline"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("https://idp.example.org/auth?response_type=code&client_id=jointline")));
    }
}
