package org.jointline.sharing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jointline.JointlineTest;
import org.jointline.partners.MemberRole;
import org.jointline.partners.MembershipDetails;
import org.jointline.partners.OrganisationDetails;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.jointline.sharing.internal.EntryDraft;
import org.jointline.sharing.internal.LedgerEntries;
import org.jointline.sharing.internal.LedgerWriter;
import org.jointline.sharing.internal.MerkleTree;
import org.jointline.sharing.internal.SigningKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.jointline.TestActors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger against its own database: the guard refuses changes, and whatever a superuser does around it
 * (guard disabled) verification finds and names; checkpoints verify with the published key, with the JDK and
 * with openssl, and fail with any other key; every entry's inclusion proof leads to the signed root.
 */
@JointlineTest
class LedgerIntegrityTests {

    @Autowired LedgerWriter writer;
    @Autowired AccessLedger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Accounts accounts;
    @Autowired OrganisationManagement organisations;
    @Autowired ProgrammeManagement programmes;
    @Autowired MockMvc mvc;

    Actor admin;
    UUID owner;

    @BeforeEach
    void aFreshOwnerWithTenEntries() {
        admin = accounts.byUsername("admin").orElseThrow().actor();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        owner = organisations.register(admin, new OrganisationDetails("Ledger owner " + tag, OrganisationKind.MANUFACTURER,
                "RO", "Cluj", null, null)).id().value();
        programmes.addMember(admin, programmes.list(admin, new PageQuery(0, 1, "RO-UA-JDP")).items().getFirst().id(),
                new MembershipDetails(new org.jointline.partners.OrganisationId(owner), MemberRole.PARTNER));
        for (int i = 1; i <= 10; i++) {
            writer.append(EntryDraft.by(admin, owner, "decision", i % 3 == 0 ? "download" : "view", "item", UUID.randomUUID(),
                    "PART-" + i, i % 2 == 0 ? "refused" : "granted", List.of(i % 2 == 0 ? "no-agreement" : "administrator"), null));
        }
        assertThat(ledger.verify(admin, owner)).satisfies(v -> {
            assertThat(v.intact()).isTrue();
            assertThat(v.entries()).isEqualTo(10);
            assertThat(v.firstBrokenEntry()).isNull();
        });
    }

    @Test
    void theGuardRefusesUpdateDeleteAndTruncateEvenForASuperuser() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE sharing.ledger_entry SET outcome = 'granted' WHERE owner_organisation_id = :o")
                .param("o", owner).update()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM sharing.ledger_entry WHERE owner_organisation_id = :o")
                .param("o", owner).update()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> rolledBack.executeWithoutResult(s -> {
            s.setRollbackOnly();
            jdbc.sql("TRUNCATE sharing.ledger_entry").update();
        })).isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThat(ledger.verify(admin, owner).intact()).isTrue();
    }

    @Test
    void anEntryAlteredAroundTheGuardIsNamed() {
        aroundTheGuard("UPDATE sharing.ledger_entry SET outcome = 'granted' WHERE owner_organisation_id = :o AND sequence = 4");
        Verification v = ledger.verify(admin, owner);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenEntry().sequence()).isEqualTo(4);
        assertThat(v.firstBrokenEntry().reason()).isEqualTo("hash-mismatch");
        assertThat(ledger.issue(admin, owner)).as("a broken chain is never signed").isEmpty();
    }

    @Test
    void aStoredHashRewrittenBreaksTheNextLink() {
        aroundTheGuard("UPDATE sharing.ledger_entry SET hash = repeat('a', 64) WHERE owner_organisation_id = :o AND sequence = 6");
        assertThat(ledger.verify(admin, owner).firstBrokenEntry()).satisfies(b -> {
            assertThat(b.sequence()).isEqualTo(6);
            assertThat(b.reason()).isEqualTo("hash-mismatch");
        });
    }

    @Test
    void aDeletedEntryIsNamed() {
        aroundTheGuard("DELETE FROM sharing.ledger_entry WHERE owner_organisation_id = :o AND sequence = 7");
        assertThat(ledger.verify(admin, owner).firstBrokenEntry()).satisfies(b -> {
            assertThat(b.sequence()).isEqualTo(7);
            assertThat(b.reason()).isEqualTo("sequence-gap");
        });
    }

    @Test
    void theLastEntryDeletedIsNamedToo() {
        aroundTheGuard("DELETE FROM sharing.ledger_entry WHERE owner_organisation_id = :o AND sequence = 10");
        assertThat(ledger.verify(admin, owner).firstBrokenEntry()).satisfies(b -> {
            assertThat(b.sequence()).isEqualTo(10);
            assertThat(b.reason()).isEqualTo("missing-entries");
        });
    }

    @Test
    void aConsistentlyRewrittenChainIsCaughtByTheSignedCheckpoint() {
        assertThat(ledger.issue(admin, owner)).isPresent();
        rewriteFrom(4);
        Verification v = ledger.verify(admin, owner);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenEntry().reason()).isEqualTo("checkpoint-mismatch");
    }

    @Test
    void theCheckpointVerifiesWithThePublishedKeyOnlyAndEveryEntryIsProvablyInIt(@TempDir Path dir) throws Exception {
        Checkpoint checkpoint = ledger.issue(admin, owner).orElseThrow();
        assertThat(checkpoint.treeSize()).isEqualTo(10);
        byte[] statement = checkpoint.statement().getBytes(StandardCharsets.UTF_8);
        byte[] signature = Base64.getDecoder().decode(checkpoint.signature());
        String pem = ledger.publicKey(admin, checkpoint.keyId());
        assertThat(SigningKeys.verify(publicKey(pem), statement, signature)).isTrue();
        assertThat(SigningKeys.verify(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic(), statement, signature)).isFalse();
        byte[] altered = checkpoint.statement().replace("\"treeSize\":10", "\"treeSize\":11").getBytes(StandardCharsets.UTF_8);
        assertThat(SigningKeys.verify(publicKey(pem), altered, signature)).isFalse();

        for (long sequence = 1; sequence <= 10; sequence++) {
            InclusionProof proof = ledger.proof(admin, checkpoint.id(), sequence);
            List<byte[]> path = proof.auditPath().stream().map(HexFormat.of()::parseHex).toList();
            assertThat(MerkleTree.verify(HexFormat.of().parseHex(proof.entryHash()), (int) proof.leafIndex(), (int) proof.treeSize(),
                    path, HexFormat.of().parseHex(checkpoint.rootHash()))).as("entry %d", sequence).isTrue();
        }

        assumeThat(Path.of("/usr/bin/openssl")).as("openssl is installed").exists();
        Files.write(dir.resolve("checkpoint.json"), statement);
        Files.write(dir.resolve("checkpoint.sig"), signature);
        Files.writeString(dir.resolve("key.pem"), pem);
        Files.writeString(dir.resolve("other.pem"), SigningKeys.pem(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()));
        assertThat(openssl(dir, "key.pem")).isZero();
        assertThat(openssl(dir, "other.pem")).isNotZero();
    }

    @Test
    void theVerificationApiAnswersForTheCallersOrganisationAndAnAuditorMayNameAny() throws Exception {
        mvc.perform(get("/api/v1/ledger/verification").with(as(accounts, "steward.ro")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entries").isNumber()).andExpect(jsonPath("$.firstBrokenEntry").isEmpty());
        mvc.perform(get("/api/v1/ledger/verification").param("organisation", owner.toString()).with(as(accounts, "auditor")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.entries").value(10));
        mvc.perform(get("/api/v1/ledger/verification").param("organisation", owner.toString()).with(as(accounts, "steward.ua")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/ledger/verification").with(as(accounts, "engineer.ro"))).andExpect(status().isForbidden());
        aroundTheGuard("DELETE FROM sharing.ledger_entry WHERE owner_organisation_id = :o AND sequence = 2");
        mvc.perform(get("/api/v1/ledger/verification").param("organisation", owner.toString()).with(as(accounts, "auditor")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.firstBrokenEntry.sequence").value(2));
    }

    private int openssl(Path dir, String key) throws Exception {
        Process p = new ProcessBuilder("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", key, "-rawin",
                "-in", "checkpoint.json", "-sigfile", "checkpoint.sig").directory(dir.toFile()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    /** As a superuser who disables the guard for the statement: what the database cannot stop, verification must catch. */
    private void aroundTheGuard(String sql) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql(sql).param("o", owner).update();
        });
    }

    /** An attacker who rewrites entry n (a refusal made a grant) and every hash after it, and the head: the chain itself looks intact. */
    private void rewriteFrom(long first) {
        List<LedgerEntry> entries = new ArrayList<>(jdbc.sql("SELECT " + LedgerEntries.COLUMNS
                        + " FROM sharing.ledger_entry WHERE owner_organisation_id = :o ORDER BY sequence")
                .param("o", owner).query(LedgerEntries::map).list());
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            String previous = entries.get((int) first - 2).hash();
            for (LedgerEntry e : entries.subList((int) first - 1, entries.size())) {
                LedgerEntry forged = new LedgerEntry(e.ownerOrganisationId(), e.sequence(), e.recordedAt(), e.kind(), e.actorPersonId(),
                        e.actorName(), e.actorOrganisationId(), e.action(), e.targetType(), e.targetId(), e.targetLabel(),
                        e.sequence() == first ? "granted" : e.outcome(), e.reasons(), e.agreementId(), previous, null);
                String hash = LedgerEntries.hash(forged);
                jdbc.sql("UPDATE sharing.ledger_entry SET outcome = :outcome, previous_hash = :previous, hash = :hash WHERE owner_organisation_id = :o AND sequence = :s")
                        .param("outcome", forged.outcome()).param("previous", previous).param("hash", hash).param("o", owner)
                        .param("s", e.sequence()).update();
                previous = hash;
            }
            jdbc.sql("UPDATE sharing.ledger_head SET hash = :hash WHERE owner_organisation_id = :o").param("hash", previous).param("o", owner).update();
        });
        assertThat(ledger.verify(admin, owner).firstBrokenEntry()).satisfies(b -> assertThat(b.reason()).isEqualTo("checkpoint-mismatch"));
    }

    private static PublicKey publicKey(String pem) throws Exception {
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
