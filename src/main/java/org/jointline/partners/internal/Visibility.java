package org.jointline.partners.internal;

import org.jointline.platform.Actor;

/**
 * Which organisations an actor may see: their own and those sharing a programme with it.
 * Administrators see all. Used as a SQL fragment with the parameters of {@link #bind}.
 */
public final class Visibility {

    /** {@code :actorOrg} and the organisations that share a programme with it. */
    public static final String PARTNERS_OF_ACTOR = """
            SELECT CAST(:actorOrg AS UUID)
            UNION SELECT m2.organisation_id FROM partners.membership m1
                  JOIN partners.membership m2 ON m2.programme_id = m1.programme_id
                  WHERE m1.organisation_id = :actorOrg""";

    /** Organisations visible to {@code :actorOrg}, for {@code IN}. */
    public static final String VISIBLE_ORGANISATIONS = "(" + PARTNERS_OF_ACTOR + ")";

    private Visibility() {
    }

    public static org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
            org.springframework.jdbc.core.simple.JdbcClient.StatementSpec statement, Actor actor) {
        return statement.param("actorOrg", actor.organisationId()).param("admin", actor.isAdministrator());
    }
}
