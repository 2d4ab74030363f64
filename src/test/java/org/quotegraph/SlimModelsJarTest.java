package org.quotegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slim models jar ({@code quotegraph-VERSION-corenlp-models.jar}, built by {@code package})
 * holds every model file the library loads: the command line's {@code predict} writes the same
 * bytes with it as with CoreNLP's full models jar. Each side runs in a JVM of its own with the
 * library's runtime class path, as a consumer's would be. Runs in {@code mvn verify}, after the
 * jar is built.
 */
@Tag("slow")
class SlimModelsJarTest {

  private static final long MAX_SLIM_BYTES = 100L * 1024 * 1024;

  private static Path slimJar;
  private static Path fullJar;
  private static List<String> baseClasspath;

  @BeforeAll
  static void findJars() throws IOException {
    slimJar = Path.of(property("quotegraph.slimModelsJar"));
    assertThat(slimJar)
        .as("the slim models jar, built by `mvn package`: run `mvn verify`, or `mvn package"
            + " -DskipTests` before `mvn test -Dtest=SlimModelsJarTest`")
        .exists();
    baseClasspath = new ArrayList<>(List.of(property("quotegraph.classes")));
    for (String entry : Files.readString(Path.of(property("quotegraph.runtimeClasspath")))
        .strip().split(File.pathSeparator)) {
      if (entry.matches(".*stanford-corenlp-[^/\\\\]*-models\\.jar")) {
        fullJar = Path.of(entry);
      } else {
        baseClasspath.add(entry);
      }
    }
    assertThat(fullJar).as("CoreNLP's models jar on the runtime class path").isNotNull();
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property %s, set by the pom's surefire configuration", name)
        .isNotBlank();
    return value;
  }

  @Test
  void slimJar_modelFilesOnly_isUnder100MegabytesAndAFractionOfTheFullJar() throws IOException {
    List<String> files = new ArrayList<>();
    try (JarFile jar = new JarFile(slimJar.toFile())) {
      jar.stream().filter(entry -> !entry.isDirectory()).map(JarEntry::getName)
          .forEach(files::add);
    }

    assertThat(files).isNotEmpty().allSatisfy(name -> assertThat(name)
        .matches("edu/stanford/nlp/models/.+|META-INF/MANIFEST\\.MF|META-INF/maven/.+"));
    assertThat(Files.size(slimJar)).isLessThan(MAX_SLIM_BYTES)
        .isLessThan(Files.size(fullJar) / 4);
  }

  @Test
  void predict_slimJarInsteadOfFullModelsJar_writesTheSameBytes(@TempDir Path dir)
      throws Exception {
    Path articles = regressionCorpus();

    Path withFull = predict(fullJar, articles, dir.resolve("full.jsonl"), dir.resolve("full.err"));
    Path withSlim = predict(slimJar, articles, dir.resolve("slim.jsonl"), dir.resolve("slim.err"));

    List<String> lines = Files.readAllLines(withFull, StandardCharsets.UTF_8);
    assertThat(lines).hasSameSizeAs(Files.readAllLines(articles, StandardCharsets.UTF_8));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"speaker\""));
    assertThat(Files.mismatch(withFull, withSlim)).as("first differing byte").isEqualTo(-1L);
  }

  private static Path regressionCorpus() throws URISyntaxException {
    return Path.of(SlimModelsJarTest.class.getResource("/corpus/articles.jsonl").toURI());
  }

  /** Runs {@code predict} in a fresh JVM with {@code modelsJar} as the only models jar. */
  private static Path predict(Path modelsJar, Path in, Path out, Path err) throws Exception {
    List<String> classpath = new ArrayList<>(baseClasspath);
    classpath.add(modelsJar.toString());
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        "-cp", String.join(File.pathSeparator, classpath),
        "org.quotegraph.cli.Main", "predict", in.toString(), out.toString(), "--threads", "2")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile())
        .start();
    boolean ended = process.waitFor(10, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    assertThat(ended).as("predict with %s ended within 10 minutes", modelsJar).isTrue();
    assertThat(process.exitValue())
        .as("predict with %s; its stderr:%n%s", modelsJar, Files.readString(err))
        .isZero();
    return out;
  }
}
