package io.validium.deploy.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * What one service reads from its environment, from its {@code application.properties} and its
 * {@code @ConfigMapping}: the variables it accepts, the topics it names, its HTTP port.
 */
final class ServiceConfig {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
  private static final Set<String> KAFKA_CLIENT_SETTINGS = kafkaClientSettings();

  private final String module;
  private final Map<String, String> properties;
  private final Map<String, String> mapping;

  private ServiceConfig(
      String module, Map<String, String> properties, Map<String, String> mapping) {
    this.module = module;
    this.properties = properties;
    this.mapping = mapping;
  }

  /** The service in {@code repo/module}: its main application.properties and @ConfigMapping. */
  static ServiceConfig read(Path repo, String module) throws IOException {
    Path props = repo.resolve(module).resolve("src/main/resources/application.properties");
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(props)) {
      p.load(r);
    }
    return of(repo, module, p);
  }

  /** The service in {@code repo/module} with the given application.properties. */
  static ServiceConfig of(Path repo, String module, Properties p) throws IOException {
    Map<String, String> own = new TreeMap<>();
    p.stringPropertyNames().stream()
        .filter(k -> !k.startsWith("%"))
        .forEach(k -> own.put(k, p.getProperty(k)));
    Map<String, String> mapping = new TreeMap<>();
    Path src = repo.resolve(module).resolve("src/main/java");
    if (Files.isDirectory(src)) {
      try (Stream<Path> files = Files.walk(src)) {
        for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          if (Files.readString(f).contains("@ConfigMapping(")) {
            mapping.putAll(ConfigMappingSource.properties(f));
          }
        }
      }
    }
    return new ServiceConfig(module, own, mapping);
  }

  String module() {
    return module;
  }

  /** The ${VAR} placeholders of application.properties. */
  Set<String> placeholders() {
    Set<String> out = new TreeSet<>();
    for (String v : properties.values()) {
      Matcher m = PLACEHOLDER.matcher(v);
      while (m.find()) {
        if (m.group(1).matches("[A-Z][A-Z0-9_]*")) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  /** Why {@code variable} is not a setting of this service, or empty when it is one. */
  Optional<String> rejects(String variable) {
    if (placeholders().contains(variable)) {
      return Optional.empty();
    }
    for (String key :
        Stream.concat(properties.keySet().stream(), mapping.keySet().stream()).toList()) {
      if (ConfigMappingSource.envName(key).equals(variable)) {
        return Optional.empty();
      }
    }
    if (variable.startsWith("KAFKA_")) {
      // Quarkus hands every KAFKA_* variable to its Kafka clients as the dotted lower-case name.
      String setting =
          variable
              .substring("KAFKA_".length())
              .toLowerCase(java.util.Locale.ROOT)
              .replace('_', '.');
      if (KAFKA_CLIENT_SETTINGS.contains(setting)) {
        return Optional.empty();
      }
      return Optional.of(variable + " is no Kafka client setting (" + setting + ")");
    }
    return Optional.of(
        variable
            + " is neither a placeholder of "
            + module
            + "/src/main/resources/application.properties nor the variable of one of its properties");
  }

  /** The topics the service names, resolved against {@code env} (what the pod is given). */
  Set<String> topics(Map<String, String> env) {
    Set<String> out = new LinkedHashSet<>();
    properties.forEach(
        (k, v) -> {
          if (k.endsWith(".topic")) {
            out.add(value(k, env));
          }
        });
    mapping.forEach(
        (k, v) -> {
          if (k.endsWith("-topic") || k.endsWith(".topic")) {
            out.add(value(k, env));
          }
        });
    return out;
  }

  /** The port Quarkus listens on with {@code env}. */
  int httpPort(Map<String, String> env) {
    String v = value("quarkus.http.port", env);
    return Integer.parseInt(v.isEmpty() ? "8080" : v);
  }

  /** A property's effective value: the environment first, then the file with placeholders. */
  String value(String key, Map<String, String> env) {
    String fromEnv = env.get(ConfigMappingSource.envName(key));
    if (fromEnv != null) {
      return fromEnv;
    }
    String raw = properties.containsKey(key) ? properties.get(key) : mapping.getOrDefault(key, "");
    return resolve(raw, env, 0);
  }

  private String resolve(String raw, Map<String, String> env, int depth) {
    if (depth > 10) {
      throw new IllegalStateException("placeholder cycle in " + module + ": " + raw);
    }
    Matcher m = PLACEHOLDER.matcher(raw);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String v;
      if (env.containsKey(name)) {
        v = env.get(name);
      } else if (properties.containsKey(name) || mapping.containsKey(name)) {
        v = resolve(value(name, env), env, depth + 1);
      } else {
        v = m.group(2) == null ? "" : m.group(2);
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(v));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static Set<String> kafkaClientSettings() {
    Set<String> s = new TreeSet<>(ConsumerConfig.configNames());
    s.addAll(ProducerConfig.configNames());
    return s;
  }
}
