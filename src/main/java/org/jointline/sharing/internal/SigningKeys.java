package org.jointline.sharing.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each programme's Ed25519 checkpoint key, made with the JDK when first needed. The public key is published
 * (PEM); the private key stays in the database (an HSM or KMS is the place for it in production).
 */
@Repository
public class SigningKeys {

    public record Key(UUID programme, String keyId, PublicKey publicKey, PrivateKey privateKey) {
    }

    private final JdbcClient jdbc;

    SigningKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Key of(UUID programme) {
        return find(programme).orElseGet(() -> create(programme));
    }

    public Optional<Key> find(UUID programme) {
        return jdbc.sql("SELECT key_id, public_key, private_key FROM sharing.signing_key WHERE programme_id = :p")
                .param("p", programme).query((rs, n) -> key(programme, rs.getString(1), rs.getBytes(2), rs.getBytes(3)))
                .optional();
    }

    public Optional<PublicKey> byKeyId(String keyId) {
        return jdbc.sql("SELECT public_key FROM sharing.signing_key WHERE key_id = :k").param("k", keyId)
                .query((rs, n) -> publicKey(rs.getBytes(1))).optional();
    }

    public static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private Key create(UUID programme) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String keyId = HexFormat.of().formatHex(MerkleTree.sha256().digest(pair.getPublic().getEncoded())).substring(0, 16);
            jdbc.sql("""
                    INSERT INTO sharing.signing_key (programme_id, key_id, public_key, private_key, created_at)
                    VALUES (:p, :k, :pub, :priv, :now) ON CONFLICT DO NOTHING""")
                    .param("p", programme).param("k", keyId).param("pub", pair.getPublic().getEncoded())
                    .param("priv", pair.getPrivate().getEncoded()).param("now", Timestamp.from(Instant.now())).update();
            return find(programme).orElseThrow();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Key key(UUID programme, String keyId, byte[] publicKey, byte[] privateKey) {
        try {
            return new Key(programme, keyId, publicKey(publicKey),
                    KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PublicKey publicKey(byte[] encoded) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
