package dev.jera.cluster.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/** The TLS context of the client: the JDK's trust store, a given CA file, or (insecure) none at all. */
final class Tls {
  private Tls() {}

  static SSLContext context(ServerConfig config) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      if (config.insecureSkipVerify()) {
        context.init(null, new TrustManager[] {new TrustingEveryone()}, new SecureRandom());
      } else if (config.certificateAuthority() != null) {
        context.init(null, trusting(config).getTrustManagers(), new SecureRandom());
      } else {
        context.init(null, null, null);
      }
      return context;
    } catch (GeneralSecurityException e) {
      throw new ConfigException("cannot set up TLS: " + e.getMessage());
    }
  }

  private static TrustManagerFactory trusting(ServerConfig config) throws GeneralSecurityException {
    Collection<? extends Certificate> certificates;
    try (InputStream in = Files.newInputStream(config.certificateAuthority())) {
      certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (NoSuchFileException e) {
      throw new ConfigException("--certificate-authority " + config.certificateAuthority() + ": no such file");
    } catch (IOException | GeneralSecurityException e) {
      throw new ConfigException("--certificate-authority " + config.certificateAuthority()
          + ": not a PEM file of certificates (" + e.getMessage() + ")");
    }
    if (certificates.isEmpty()) {
      throw new ConfigException("--certificate-authority " + config.certificateAuthority() + ": holds no certificate");
    }
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException(e);
    }
    int index = 0;
    for (Certificate certificate : certificates) {
      store.setCertificateEntry("ca-" + index++, certificate);
    }
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    return factory;
  }

  /**
   * {@code ARGO_INSECURE_SKIP_VERIFY=true}: any certificate, any host name, as Go's
   * {@code InsecureSkipVerify}. An extended trust manager, so the JDK adds no host name check of its own.
   */
  private static final class TrustingEveryone extends X509ExtendedTrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
