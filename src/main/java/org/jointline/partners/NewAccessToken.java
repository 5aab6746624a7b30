package org.jointline.partners;

/** A token just made: the secret is shown this once and never stored. */
public record NewAccessToken(AccessTokenView token, String secret) {
}
