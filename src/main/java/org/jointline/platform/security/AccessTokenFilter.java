package org.jointline.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer jl_…} authenticates an API call with a personal access token. */
class AccessTokenFilter extends OncePerRequestFilter {

    private final Accounts accounts;
    private final AuthenticationEntryPoint entryPoint;

    AccessTokenFilter(Accounts accounts, AuthenticationEntryPoint entryPoint) {
        this.accounts = accounts;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = accounts.byAccessToken(header.substring(7).strip()).filter(Account::enabled);
        if (account.isEmpty()) {
            entryPoint.commence(request, response, new BadCredentialsException("bad token"));
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new TokenAuthentication(new ActorPrincipal(account.get())));
        chain.doFilter(request, response);
    }
}
