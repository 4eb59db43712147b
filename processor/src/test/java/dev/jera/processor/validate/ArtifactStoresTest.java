package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.AZURE_KEY_WITH_SDK_CREDS;
import static dev.jera.processor.diagnostic.MessageId.FILE_WITHOUT_SOURCE;
import static dev.jera.processor.diagnostic.MessageId.INCOMPLETE_HTTP_AUTH;
import static dev.jera.processor.diagnostic.MessageId.INVALID_ENDPOINT_PARAM;
import static dev.jera.processor.diagnostic.MessageId.INVALID_HTTP_HEADER;
import static dev.jera.processor.diagnostic.MessageId.INVALID_SECRET_REF;
import static dev.jera.processor.diagnostic.MessageId.INVALID_URL;
import static dev.jera.processor.diagnostic.MessageId.KEY_ONLY_WITHOUT_BUCKET;
import static dev.jera.processor.diagnostic.MessageId.LOCATION_ON_NON_PATH;
import static dev.jera.processor.diagnostic.MessageId.MISSING_LOCATION;
import static dev.jera.processor.diagnostic.MessageId.RELATIVE_HDFS_PATH;
import static dev.jera.processor.diagnostic.MessageId.TWO_HTTP_AUTHS;
import static dev.jera.processor.diagnostic.MessageId.TWO_SOURCES;
import static dev.jera.processor.diagnostic.MessageId.UNDECLARED_LOCATION_SECRET;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.diagnostic.MessageId.UNUSED_PARAM;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The artifact stores beyond HTTP, Git, S3 and GCS (Azure, OSS, HDFS, Artifactory, raw text, plugins),
 * HTTP headers and authentication, and S3's insecure flag: their manifest fields, and each mistake.
 */
class ArtifactStoresTest {

  @Test
  void everyStoreBecomesItsArtifactLocation() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow(name = "stores")
        @Param(value = "day", defaultValue = "2024-01-31")
        public class Stores {
          @Script public static long read(
              @Azure(endpoint = "https://myaccount.blob.core.windows.net", container = "my-container",
                  blob = "path/{{workflow.parameters.day}}", accountKeySecret = "my-azure-credentials/accountKey") Path azure,
              @Azure(endpoint = "https://myaccount.blob.core.windows.net", container = "c", blob = "b", useSdkCreds = true) Path sdk,
              @Oss(endpoint = "http://oss-cn-hangzhou-zmf.aliyuncs.com", bucket = "test-bucket-name", key = "test/mydirectory/",
                  accessKeySecret = "my-oss-credentials/accessKey", secretKeySecret = "my-oss-credentials/secretKey") Path oss,
              @Oss(key = "in/repository") Path ossKey,
              @Hdfs(addresses = {"my-hdfs-namenode-0:8020", "my-hdfs-namenode-1:8020"}, path = "/tmp/argo/foo", user = "root",
                  force = true) Path hdfs,
              @Artifactory(url = "http://artifactory:8081/artifactory/generic-local/hello_world.tgz",
                  usernameSecret = "my-artifactory-credentials/username",
                  passwordSecret = "my-artifactory-credentials/password") Path artifactory,
              @Raw("this is\\nthe raw file\\ncontents\\n") Path raw,
              @Raw("") Path empty,
              @ArtifactPlugin(name = "test", configuration = "bucket: my-bucket\\nendpoint: minio:9000\\n", key = "hi") Path plugin,
              @S3(bucket = "b", key = "k", endpoint = "minio:9000", insecure = true) Path minio,
              @Http(value = "https://mywebhdfsprovider.com/webhdfs/v1/file.txt?op=OPEN", headers = "CustomHeader: CustomValue",
                  oauth2ClientIdSecret = "oauth-sec/clientID", oauth2ClientSecretSecret = "oauth-sec/clientSecret",
                  oauth2TokenUrlSecret = "oauth-sec/tokenURL", oauth2Scopes = {"some", "scopes"},
                  oauth2EndpointParams = "customkey=customvalue") Path webhdfs,
              @Http(value = "https://example.com/a", clientCertSecret = "cert-sec/certificate.pem",
                  clientKeySecret = "cert-sec/key.pem") Path cert,
              @Http(value = "https://example.com/b", usernameSecret = "basic/user", passwordSecret = "basic/password",
                  headers = {"X-Day: {{workflow.parameters.day}}", "Accept:text/csv"}) Path basic) {
            return 1;
          }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "stores");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
              - name: azure
                path: /tmp/jera/inputs/azure
                azure:
                  endpoint: https://myaccount.blob.core.windows.net
                  container: my-container
                  blob: "path/{{workflow.parameters.day}}"
                  accountKeySecret:
                    name: my-azure-credentials
                    key: accountKey
            """.indent(4));
    assertThat(manifest).contains("""
                azure:
                  endpoint: https://myaccount.blob.core.windows.net
                  container: c
                  blob: b
                  useSDKCreds: true
            """.indent(4));
    assertThat(manifest).contains("""
                oss:
                  endpoint: http://oss-cn-hangzhou-zmf.aliyuncs.com
                  bucket: test-bucket-name
                  key: test/mydirectory/
                  accessKeySecret:
                    name: my-oss-credentials
                    key: accessKey
                  secretKeySecret:
                    name: my-oss-credentials
                    key: secretKey
            """.indent(4));
    assertThat(manifest).contains("""
                oss:
                  key: in/repository
            """.indent(4));
    assertThat(manifest).contains("""
                hdfs:
                  addresses:
                  - my-hdfs-namenode-0:8020
                  - my-hdfs-namenode-1:8020
                  path: /tmp/argo/foo
                  hdfsUser: root
                  force: true
            """.indent(4));
    assertThat(manifest).contains("""
                artifactory:
                  url: http://artifactory:8081/artifactory/generic-local/hello_world.tgz
                  usernameSecret:
                    name: my-artifactory-credentials
                    key: username
                  passwordSecret:
                    name: my-artifactory-credentials
                    key: password
            """.indent(4));
    assertThat(manifest).contains("""
                raw:
                  data: |
                    this is
                    the raw file
                    contents
            """.indent(4));
    assertThat(manifest).contains("""
                raw:
                  data: ""
            """.indent(4));
    assertThat(manifest).contains("""
                plugin:
                  name: test
                  configuration: |
                    bucket: my-bucket
                    endpoint: minio:9000
                  key: hi
            """.indent(4));
    assertThat(manifest).contains("""
                s3:
                  endpoint: minio:9000
                  bucket: b
                  insecure: true
                  key: k
            """.indent(4));
    assertThat(manifest).contains("""
                http:
                  url: https://mywebhdfsprovider.com/webhdfs/v1/file.txt?op=OPEN
                  headers:
                  - name: CustomHeader
                    value: CustomValue
                  auth:
                    oauth2:
                      clientIDSecret:
                        name: oauth-sec
                        key: clientID
                      clientSecretSecret:
                        name: oauth-sec
                        key: clientSecret
                      tokenURLSecret:
                        name: oauth-sec
                        key: tokenURL
                      scopes:
                      - some
                      - scopes
                      endpointParams:
                      - key: customkey
                        value: customvalue
            """.indent(4));
    assertThat(manifest).contains("""
                  auth:
                    clientCert:
                      clientCertSecret:
                        name: cert-sec
                        key: certificate.pem
                      clientKeySecret:
                        name: cert-sec
                        key: key.pem
            """.indent(4));
    assertThat(manifest).contains("""
                  headers:
                  - name: X-Day
                    value: "{{workflow.parameters.day}}"
                  - name: Accept
                    value: text/csv
                  auth:
                    basicAuth:
                      usernameSecret:
                        name: basic
                        key: user
                      passwordSecret:
                        name: basic
                        key: password
            """.indent(4));
  }

  @Test
  void insecureFalseIsWrittenWhenWritten() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow(name = "stores")
        public class Stores {
          @Script public static long read(@S3(bucket = "b", key = "k", insecure = false) Path file) { return 1; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "stores");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("bucket: b\n          insecure: false\n");
  }

  @Test
  void eachStoreHasItsRequiredAttributes() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow
        public class Stores {
          @Script public static long read(
              @Azure(endpoint = "https://a.blob.core.windows.net", container = "", blob = "b") Path azure,
              @Oss(key = "") Path oss,
              @Hdfs(addresses = {}, path = "/x", user = "root") Path hdfs,
              @Hdfs(addresses = "nn:8020", path = "/x", user = "") Path hdfsUser,
              @Artifactory(url = "") Path artifactory,
              @ArtifactPlugin(name = "", key = "k") Path plugin) {
            return 1;
          }
        }
        """);
    Compilation compilation = Compile.expecting(MISSING_LOCATION, MISSING_LOCATION, MISSING_LOCATION, MISSING_LOCATION,
        MISSING_LOCATION, MISSING_LOCATION).withImage(source);
    assertThat(compilation).hadErrorContaining("@Azure(container) is required").inFile(source).onLineContaining("@Azure(");
    assertThat(compilation).hadErrorContaining("@Oss(key) is required").inFile(source).onLineContaining("@Oss(");
    assertThat(compilation).hadErrorContaining("@Hdfs(addresses) is required").inFile(source).onLineContaining("addresses = {}");
    assertThat(compilation).hadErrorContaining("@Hdfs(user) is required").inFile(source).onLineContaining("user = \"\"");
    assertThat(compilation).hadErrorContaining("@Artifactory(url) is required").inFile(source).onLineContaining("@Artifactory(");
    assertThat(compilation).hadErrorContaining("@ArtifactPlugin(name) is required").inFile(source).onLineContaining("@ArtifactPlugin(");
  }

  @Test
  void anHdfsPathIsAbsolute() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow
        public class Stores {
          @Script public static long read(@Hdfs(addresses = "nn:8020", path = "tmp/argo/foo", user = "root") Path hdfs) { return 1; }
        }
        """);
    assertThat(Compile.expecting(RELATIVE_HDFS_PATH).withImage(source))
        .hadErrorContaining("@Hdfs(path = \"tmp/argo/foo\") is not absolute; Argo needs an absolute HDFS path, such as \"/tmp/argo/foo\"")
        .inFile(source).onLineContaining("path = \"tmp/argo/foo\"");
  }

  @Test
  void anArtifactHasOneLocation() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow
        public class Stores {
          @Script public static long read(@S3(bucket = "b", key = "k")
                                          @Gcs(bucket = "b", key = "k") Path message) { return 1; }
        }
        """);
    assertThat(Compile.expecting(TWO_SOURCES).withImage(source))
        .hadErrorContaining("parameter 'message' of read() has both @S3 and @Gcs; a file comes from one location, so keep one")
        .inFile(source).onLineContaining("@Gcs(");
  }

  @Test
  void newLocationsFillOnlyPaths() {
    JavaFileObject source = java("Stores", """
        @Workflow
        public class Stores {
          @Script public static long read(@Raw("hello") String text) { return 1; }
        }
        """);
    assertThat(Compile.expecting(LOCATION_ON_NON_PATH).withImage(source))
        .hadErrorContaining("@Raw fills a file, so parameter 'text' of read() must be a java.nio.file.Path, not String")
        .inFile(source).onLineContaining("@Raw(");
  }

  @Test
  void aPathNamesEveryLocationInItsFix() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow
        public class Stores {
          @Script public static long read(@Value("x") Path file) { return 1; }
        }
        """);
    assertThat(Compile.expecting(FILE_WITHOUT_SOURCE).withImage(source))
        .hadErrorContaining("@Http, @Git, @S3, @Gcs, @Azure, @Oss, @Hdfs, @Artifactory, @ArtifactPlugin or @Raw")
        .inFile(source).onLineContaining("@Value(");
  }

  @Test
  void rawIsOnlyForInputs() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow
        public class Stores {
          @Script @Raw("hello") public static Path write() { return null; }
        }
        """);
    assertThat(Compile.withImage(source)).hadErrorContaining("not applicable").inFile(source).onLineContaining("@Raw(");
  }

  @Test
  void credentialsAreSecretKeysDeclaredOnTheClass() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow
        @Secret(name = "my-azure-credentials", key = "accountKey")
        @Secret(name = "my-oss-credentials", key = "accessKey")
        public class Stores {
          @Script public static long read(
              @Azure(endpoint = "https://a.blob.core.windows.net", container = "c", blob = "b",
                  accountKeySecret = "my-azure-credentials/acountKey") Path azure,
              @Oss(bucket = "b", key = "k", accessKeySecret = "my-oss-credentials/accessKey",
                  secretKeySecret = "my-oss-credentials") Path oss,
              @Artifactory(url = "https://artifactory/x", usernameSecret = "jfrog/user") Path artifactory) {
            return 1;
          }
        }
        """);
    Compilation compilation = Compile.expecting(UNDECLARED_LOCATION_SECRET, INVALID_SECRET_REF, UNDECLARED_LOCATION_SECRET)
        .withImage(source);
    assertThat(compilation)
        .hadErrorContaining("@Azure(accountKeySecret = \"my-azure-credentials/acountKey\") names a secret key that Stores does not"
            + " declare; did you mean 'my-azure-credentials/accountKey'?")
        .inFile(source).onLineContaining("acountKey");
    assertThat(compilation).hadErrorContaining("secretKeySecret = \"my-oss-credentials\" is not of the form secret/key")
        .inFile(source).onLineContaining("secretKeySecret = \"my-oss-credentials\"");
    assertThat(compilation)
        .hadErrorContaining("@Artifactory(usernameSecret = \"jfrog/user\") names a secret key that Stores does not declare;"
            + " declare it with @Secret(name = \"jfrog\", key = \"user\") on the class")
        .inFile(source).onLineContaining("jfrog/user");
  }

  @Test
  void undeclaredCredentialsPassWhenTheClassDeclaresNoSecrets() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow
        public class Stores {
          @Script public static long read(@Artifactory(url = "https://artifactory/x", usernameSecret = "jfrog/user") Path file) {
            return 1;
          }
        }
        """);
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void urlsAreHttp() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow
        public class Stores {
          @Script public static long read(
              @Artifactory(url = "artifactory:8081/generic-local/a.tgz") Path artifactory,
              @Azure(endpoint = "myaccount.blob.core.windows.net", container = "c", blob = "b") Path azure) {
            return 1;
          }
        }
        """);
    Compilation compilation = Compile.expecting(INVALID_URL, INVALID_URL).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("@Artifactory(url = \"artifactory:8081/generic-local/a.tgz\") is not an http:// or https:// URL")
        .inFile(source).onLineContaining("@Artifactory(");
    assertThat(compilation)
        .hadErrorContaining("@Azure(endpoint = \"myaccount.blob.core.windows.net\") is not an http:// or https:// URL")
        .inFile(source).onLineContaining("@Azure(");
  }

  @Test
  void ossWithoutABucketTakesOnlyTheKey() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow
        public class Stores {
          @Script public static long read(@Oss(key = "k", endpoint = "http://oss-cn-hangzhou.aliyuncs.com") Path oss,
                                          @S3(key = "k", insecure = true) Path s3) { return 1; }
        }
        """);
    Compilation compilation = Compile.expecting(KEY_ONLY_WITHOUT_BUCKET, KEY_ONLY_WITHOUT_BUCKET).withImage(source);
    assertThat(compilation).hadErrorContaining("@Oss without a bucket reads the workflow's artifact repository, so it takes only key")
        .inFile(source).onLineContaining("@Oss(");
    assertThat(compilation).hadErrorContaining("@S3 without a bucket reads the workflow's artifact repository")
        .inFile(source).onLineContaining("@S3(");
  }

  @Test
  void azureTakesAKeyOrSdkCredentials() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow
        public class Stores {
          @Script public static long read(@Azure(endpoint = "https://a.blob.core.windows.net", container = "c", blob = "b",
                                                 accountKeySecret = "azure/key",
                                                 useSdkCreds = true) Path azure) { return 1; }
        }
        """);
    assertThat(Compile.expecting(AZURE_KEY_WITH_SDK_CREDS).withImage(source))
        .hadErrorContaining("@Azure sets accountKeySecret and useSdkCreds = true, and Argo ignores the account key with SDK credentials")
        .inFile(source).onLineContaining("useSdkCreds = true");
  }

  @Test
  void headersAreNameColonValue() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow
        public class Stores {
          @Script public static long read(@Http(value = "https://example.com/a",
                                                headers = {"Accept: text/csv", "X Day = today"}) Path file) { return 1; }
        }
        """);
    assertThat(Compile.expecting(INVALID_HTTP_HEADER).withImage(source))
        .hadErrorContaining("@Http header \"X Day = today\" is not of the form \"Name: value\"")
        .inFile(source).onLineContaining("X Day = today");
  }

  @Test
  void endpointParamsAreKeyValue() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow
        public class Stores {
          @Script public static long read(@Http(value = "https://example.com/a", oauth2ClientIdSecret = "o/id",
                                                oauth2ClientSecretSecret = "o/secret", oauth2TokenUrlSecret = "o/url",
                                                oauth2EndpointParams = "audience") Path file) { return 1; }
        }
        """);
    assertThat(Compile.expecting(INVALID_ENDPOINT_PARAM).withImage(source))
        .hadErrorContaining("@Http(oauth2EndpointParams) entry \"audience\" is not of the form key=value")
        .inFile(source).onLineContaining("\"audience\"");
  }

  @Test
  void authenticationIsComplete() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow
        public class Stores {
          @Script public static long read(
              @Http(value = "https://example.com/a", clientCertSecret = "cert/cert.pem") Path cert,
              @Http(value = "https://example.com/b", oauth2ClientIdSecret = "o/id", oauth2TokenUrlSecret = "o/url") Path oauth,
              @Http(value = "https://example.com/c", oauth2Scopes = "read") Path scopes) {
            return 1;
          }
        }
        """);
    Compilation compilation = Compile.expecting(INCOMPLETE_HTTP_AUTH, INCOMPLETE_HTTP_AUTH, INCOMPLETE_HTTP_AUTH).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("@Http sets clientCertSecret but not clientKeySecret, so Argo would fetch the file without a client"
            + " certificate; set clientKeySecret too")
        .inFile(source).onLineContaining("cert/cert.pem");
    assertThat(compilation)
        .hadErrorContaining("@Http sets oauth2ClientIdSecret and oauth2TokenUrlSecret but not oauth2ClientSecretSecret")
        .inFile(source).onLineContaining("o/id");
    assertThat(compilation).hadErrorContaining("@Http sets oauth2Scopes but not oauth2ClientIdSecret")
        .inFile(source).onLineContaining("oauth2Scopes");
  }

  @Test
  void oneKindOfAuthentication() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow
        public class Stores {
          @Script public static long read(@Http(value = "https://example.com/a", usernameSecret = "basic/user",
                                                clientCertSecret = "cert/cert.pem", clientKeySecret = "cert/key.pem") Path file) {
            return 1;
          }
        }
        """);
    assertThat(Compile.expecting(TWO_HTTP_AUTHS).withImage(source))
        .hadErrorContaining("@Http sets both basic and client certificate authentication; Argo uses one per request, so keep one")
        .inFile(source).onLineContaining("@Http(");
  }

  @Test
  void tagsInLocationsResolve() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow
        @Param(value = "day", defaultValue = "2024-01-31")
        public class Stores {
          @Script public static long read(
              @Azure(endpoint = "https://a.blob.core.windows.net", container = "c", blob = "in/{{workflow.parameters.dya}}") Path azure,
              @Hdfs(addresses = "{{workflow.parameters.namenode}}", path = "/in/{{workflow.parameters.day}}", user = "root") Path hdfs,
              @Http(value = "https://example.com/a", headers = "X-Day: {{workflow.parameters.dey}}") Path http) {
            return 1;
          }
        }
        """);
    Compilation compilation = Compile.expecting(UNRESOLVED_TAG, UNRESOLVED_TAG, UNRESOLVED_TAG).withImage(source);
    assertThat(compilation).hadErrorContaining("no workflow parameter named 'dya' in Stores; did you mean 'day'?")
        .inFile(source).onLineContaining("parameters.dya");
    assertThat(compilation).hadErrorContaining("no workflow parameter named 'namenode' in Stores")
        .inFile(source).onLineContaining("parameters.namenode");
    assertThat(compilation).hadErrorContaining("no workflow parameter named 'dey' in Stores; did you mean 'day'?")
        .inFile(source).onLineContaining("parameters.dey");
  }

  @Test
  void aTagInALocationUsesItsParameter() {
    JavaFileObject source = java("Stores", """
        import java.nio.file.Path;
        @Workflow
        @Param(value = "day", defaultValue = "2024-01-31")
        @Param(value = "unused", defaultValue = "x")
        public class Stores {
          @Script public static long read(@Raw("{{workflow.parameters.day}}") Path day) { return 1; }
        }
        """);
    assertThat(Compile.expecting(UNUSED_PARAM).withImage(source)).hadWarningContaining("'unused'");
  }
}
