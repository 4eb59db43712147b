package dev.jera.cli.cluster.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed X.509 certificate made at test time, with no keytool and no JDK-internal API: the
 * certificate's DER is written by hand (RFC 5280's few structures) and signed with an EC P-256 key
 * through {@link Signature}. Its subject alternative names are the given DNS names and IP addresses.
 */
public final class SelfSignedCertificate {
  private static final byte[] ECDSA_WITH_SHA256 = oid(1, 2, 840, 10045, 4, 3, 2);
  private static final byte[] COMMON_NAME = oid(2, 5, 4, 3);
  private static final byte[] SUBJECT_ALT_NAME = oid(2, 5, 29, 17);
  private static final byte[] BASIC_CONSTRAINTS = oid(2, 5, 29, 19);

  private final KeyPair keys;
  private final X509Certificate certificate;

  private SelfSignedCertificate(KeyPair keys, X509Certificate certificate) {
    this.keys = keys;
    this.certificate = certificate;
  }

  /** A certificate for {@code names}: host names, or IP addresses such as {@code 127.0.0.1}. */
  public static SelfSignedCertificate forNames(List<String> names) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair keys = generator.generateKeyPair();
      byte[] algorithm = sequence(ECDSA_WITH_SHA256);
      byte[] name = sequence(set(sequence(COMMON_NAME, tlv(0x0c, names.get(0).getBytes(StandardCharsets.UTF_8)))));
      ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
      byte[] validity = sequence(time(now.minusDays(1)), time(now.plusDays(2)));
      byte[] tbs = sequence(
          tlv(0xa0, integer(BigInteger.TWO)),
          integer(BigInteger.valueOf(System.nanoTime()).abs().add(BigInteger.ONE)),
          algorithm,
          name,
          validity,
          name,
          keys.getPublic().getEncoded(),
          tlv(0xa3, sequence(
              sequence(BASIC_CONSTRAINTS, tlv(0x04, sequence(tlv(0x01, new byte[] {(byte) 0xff})))),
              sequence(SUBJECT_ALT_NAME, tlv(0x04, alternativeNames(names))))));
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(keys.getPrivate());
      signer.update(tbs);
      byte[] signature = signer.sign();
      byte[] der = sequence(tbs, algorithm, bitString(signature));
      X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der));
      return new SelfSignedCertificate(keys, certificate);
    } catch (GeneralSecurityException | UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The certificate. */
  public X509Certificate certificate() {
    return certificate;
  }

  /** The certificate as PEM, for {@code --certificate-authority}. */
  public String pem() {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A server-side TLS context presenting this certificate. */
  public SSLContext serverContext() {
    try {
      char[] password = "test".toCharArray();
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("server", keys.getPrivate(), password, new X509Certificate[] {certificate});
      KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(store, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers.getKeyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] alternativeNames(List<String> names) throws UnknownHostException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (String name : names) {
      if (name.matches("[0-9.]+") || name.contains(":")) {
        all.writeBytes(tlv(0x87, InetAddress.getByName(name).getAddress()));
      } else {
        all.writeBytes(tlv(0x82, name.getBytes(StandardCharsets.US_ASCII)));
      }
    }
    return tlv(0x30, all.toByteArray());
  }

  private static byte[] time(ZonedDateTime time) {
    return tlv(0x17, time.format(DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'")).getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] integer(BigInteger value) {
    return tlv(0x02, value.toByteArray());
  }

  private static byte[] bitString(byte[] bits) {
    byte[] content = new byte[bits.length + 1];
    System.arraycopy(bits, 0, content, 1, bits.length);
    return tlv(0x03, content);
  }

  private static byte[] sequence(byte[]... parts) {
    return tlv(0x30, concat(parts));
  }

  private static byte[] set(byte[]... parts) {
    return tlv(0x31, concat(parts));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** One DER element: tag, length (short or long form), content. */
  private static byte[] tlv(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      byte[] digits = BigInteger.valueOf(length).toByteArray();
      int start = digits[0] == 0 ? 1 : 0;
      out.write(0x80 | (digits.length - start));
      out.write(digits, start, digits.length - start);
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  private static byte[] oid(int... arcs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(arcs[0] * 40 + arcs[1]);
    for (int i = 2; i < arcs.length; i++) {
      int arc = arcs[i];
      int groups = 1;
      for (int rest = arc >>> 7; rest != 0; rest >>>= 7) {
        groups++;
      }
      for (int g = groups - 1; g >= 0; g--) {
        int bits = (arc >>> (7 * g)) & 0x7f;
        out.write(g == 0 ? bits : bits | 0x80);
      }
    }
    return tlv(0x06, out.toByteArray());
  }
}
