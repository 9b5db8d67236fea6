package org.figlint.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.figlint.report.Severity;
import org.figlint.value.Kind;

/**
 * Reads and validates a rules folder: {@code figlint.yaml} (checks), {@code entities.yaml},
 * {@code predicates.yaml} and {@code facts/*.yaml}, plus any extra fact files. The bundled
 * defaults are read from the classpath ({@value #RESOURCE_DIR}); a {@code --rules DIR} folder
 * replaces them as a whole, and a file missing from it counts as empty.
 *
 * <p>Every problem is a {@link RuleException} naming the file, line and column, raised before any
 * document is read. Fact values are read by the value parser given to the constructor.
 */
public final class RuleLoader {

  /** The classpath folder of the bundled rules. */
  public static final String RESOURCE_DIR = "figlint/rules";

  public static final String CHECKS_FILE = "figlint.yaml";
  public static final String ENTITIES_FILE = "entities.yaml";
  public static final String PREDICATES_FILE = "predicates.yaml";
  public static final String FACTS_DIR = "facts";

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final List<String> SEVERITIES = List.of("error", "warning", "info");

  private final CheckCatalog catalog;
  private final Function<String, Optional<Object>> valueParser;
  private final ClassLoader classLoader;

  /**
   * @param catalog the checks {@code figlint.yaml} may configure
   * @param valueParser reads a fact value written in French; empty when it cannot
   */
  public RuleLoader(CheckCatalog catalog, Function<String, Optional<Object>> valueParser) {
    this(catalog, valueParser, RuleLoader.class.getClassLoader());
  }

  /** Like {@link #RuleLoader(CheckCatalog, Function)}, reading bundled rules from {@code loader}. */
  public RuleLoader(CheckCatalog catalog, Function<String, Optional<Object>> valueParser,
      ClassLoader classLoader) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.valueParser = Objects.requireNonNull(valueParser, "valueParser");
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
  }

  /** True for ids such as {@code g7-hiroshima-summit}. */
  public static boolean isKebabCase(String id) {
    return id != null && KEBAB.matcher(id).matches();
  }

  /** Reads the bundled rules, then {@code extraFactFiles}. */
  public RuleSet loadBundled(List<Path> extraFactFiles) {
    return loadBundled(extraFactFiles, true);
  }

  /** Reads the bundled rules, without their fact files unless {@code defaultFacts}. */
  public RuleSet loadBundled(List<Path> extraFactFiles, boolean defaultFacts) {
    String dir = RESOURCE_DIR + "/";
    List<RuleFile> facts = new ArrayList<>();
    if (defaultFacts) {
      for (String name : listFactResources(classLoader)) {
        facts.add(RuleFile.resource(dir + FACTS_DIR + "/" + name, classLoader));
      }
    }
    for (Path extra : extraFactFiles) {
      facts.add(RuleFile.path(extra, true));
    }
    return read(RuleFile.resource(dir + CHECKS_FILE, classLoader),
        RuleFile.resource(dir + ENTITIES_FILE, classLoader),
        RuleFile.resource(dir + PREDICATES_FILE, classLoader), facts);
  }

  public RuleSet loadBundled() {
    return loadBundled(List.of());
  }

  /** Reads the rules folder {@code dir} (given with {@code --rules}), then {@code extraFactFiles}. */
  public RuleSet load(Path dir, List<Path> extraFactFiles) {
    return load(dir, extraFactFiles, true);
  }

  /** Reads a rules folder, without its fact files unless {@code defaultFacts}. */
  public RuleSet load(Path dir, List<Path> extraFactFiles, boolean defaultFacts) {
    if (!Files.isDirectory(dir)) {
      throw new RuleException(display(dir), 1, 1, "not a rules folder");
    }
    List<RuleFile> facts = new ArrayList<>();
    Path factsDir = dir.resolve(FACTS_DIR);
    if (defaultFacts && Files.isDirectory(factsDir)) {
      try (Stream<Path> files = Files.list(factsDir)) {
        files.filter(RuleLoader::isYaml).sorted().forEach(p -> facts.add(RuleFile.path(p, true)));
      } catch (IOException e) {
        throw new RuleException(display(factsDir), 1, 1, "cannot list: " + e.getMessage(), e);
      }
    }
    for (Path extra : extraFactFiles) {
      facts.add(RuleFile.path(extra, true));
    }
    return read(RuleFile.path(dir.resolve(CHECKS_FILE), false),
        RuleFile.path(dir.resolve(ENTITIES_FILE), false),
        RuleFile.path(dir.resolve(PREDICATES_FILE), false), facts);
  }

  public RuleSet load(Path dir) {
    return load(dir, List.of());
  }

  private RuleSet read(RuleFile checks, RuleFile entities, RuleFile predicates,
      List<RuleFile> factFiles) {
    Map<String, CheckConfig> configs = readChecks(checks);
    List<Entity> entityList = readEntities(entities);
    List<Predicate> predicateList = readPredicates(predicates);
    List<Fact> facts = new ArrayList<>();
    Map<String, Origin> factIds = new HashMap<>();
    for (RuleFile file : factFiles) {
      facts.addAll(readFacts(file, factIds));
    }
    return new RuleSet(configs, entityList, predicateList, facts);
  }

  // ---------------------------------------------------------------- figlint.yaml

  private Map<String, CheckConfig> readChecks(RuleFile file) {
    Map<String, CheckConfig> configs = new LinkedHashMap<>();
    for (CheckSpec spec : catalog.checks()) {
      configs.put(spec.id(), CheckConfig.defaults(spec));
    }
    YamlNode.MapNode root = root(file, "checks");
    if (root == null) {
      return configs;
    }
    YamlNode checks = root.map().get("checks").value();
    if (isNull(checks)) {
      return configs;
    }
    readOverrides(catalog, checks).forEach((id, o) -> configs.put(id, o.applyTo(configs.get(id))));
    return configs;
  }

  /**
   * Reads a {@code checks:} mapping (of {@code figlint.yaml} or a project's {@code .figlint.yaml})
   * into what each entry sets, validated against {@code catalog}.
   */
  static Map<String, CheckOverride> readOverrides(CheckCatalog catalog, YamlNode checks) {
    Map<String, CheckOverride> overrides = new LinkedHashMap<>();
    for (YamlNode.Entry entry : mapping(checks, "checks").map().values()) {
      Optional<CheckSpec> found = catalog.find(entry.key());
      if (found.isEmpty()) {
        throw new RuleException(checks.file(), entry.line(), entry.column(),
            "unknown check '" + entry.key() + "'; known checks: " + String.join(", ",
                catalog.ids()));
      }
      overrides.put(entry.key(), readOverride(found.get(), entry.value()));
    }
    return overrides;
  }

  private static CheckOverride readOverride(CheckSpec spec, YamlNode node) {
    Boolean enabled = null;
    Severity severity = null;
    Map<String, Object> params = new LinkedHashMap<>();
    if (isNull(node)) {
      return new CheckOverride(spec.id(), null, null, params);
    }
    for (YamlNode.Entry entry : mapping(node, "check '" + spec.id() + "'").map().values()) {
      String key = entry.key();
      YamlNode value = entry.value();
      switch (key) {
        case "enabled" -> enabled = bool(value, "'enabled' of check '" + spec.id() + "'");
        case "severity" -> {
          String text = string(value, "'severity' of check '" + spec.id() + "'");
          if (!SEVERITIES.contains(text.strip().toLowerCase(Locale.ROOT))) {
            throw at(value, "bad severity '" + text + "' for check '" + spec.id()
                + "'; use error, warning or info");
          }
          severity = Severity.parse(text);
        }
        default -> {
          ParamSpec param = spec.param(key).orElseThrow(() -> new RuleException(node.file(),
              entry.line(), entry.column(), "unknown parameter '" + key + "' for check '"
                  + spec.id() + "'" + known(spec)));
          params.put(key, paramValue(spec, param, value));
        }
      }
    }
    return new CheckOverride(spec.id(), enabled, severity, params);
  }

  private static String known(CheckSpec spec) {
    List<String> names = new ArrayList<>(List.of("enabled", "severity"));
    spec.params().forEach(p -> names.add(p.name()));
    return "; known: " + String.join(", ", names);
  }

  private static Object paramValue(CheckSpec spec, ParamSpec param, YamlNode node) {
    String what = "parameter '" + param.name() + "' of check '" + spec.id() + "'";
    switch (param.type()) {
      case BOOLEAN -> {
        return bool(node, what);
      }
      case STRING -> {
        return string(node, what);
      }
      case INT -> {
        if (!(node instanceof YamlNode.Scalar s) || s.type() != YamlNode.Scalar.Type.INT) {
          throw at(node, what + " must be a whole number, not " + node.describe());
        }
        BigDecimal value;
        try {
          value = new BigDecimal(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
          throw at(node, what + " must be a whole number written in digits, not '" + s.text()
              + "'");
        }
        checkRange(node, what, param, value);
        try {
          return value.intValueExact();
        } catch (ArithmeticException e) {
          throw at(node, what + " is too large");
        }
      }
      case DECIMAL -> {
        if (!(node instanceof YamlNode.Scalar s) || (s.type() != YamlNode.Scalar.Type.INT
            && s.type() != YamlNode.Scalar.Type.DECIMAL)) {
          throw at(node, what + " must be a number, not " + node.describe());
        }
        BigDecimal value;
        try {
          value = new BigDecimal(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
          throw at(node, what + " must be a decimal number, not '" + s.text() + "'");
        }
        checkRange(node, what, param, value);
        return value;
      }
      default -> throw new IllegalStateException(param.type().toString());
    }
  }

  private static void checkRange(YamlNode node, String what, ParamSpec param, BigDecimal value) {
    if (!param.inRange(value)) {
      throw at(node, what + " must be " + param.rangeText() + ", not " + value.toPlainString());
    }
  }

  // ---------------------------------------------------------------- entities.yaml

  private static List<Entity> readEntities(RuleFile file) {
    List<Entity> entities = new ArrayList<>();
    YamlNode.MapNode root = root(file, "entities");
    if (root == null || isNull(root.map().get("entities").value())) {
      return entities;
    }
    Map<String, Entity> byKey = new HashMap<>();
    Set<String> keys = Set.of("name", "kind", "aliases", "currency");
    for (YamlNode item : list(root.map().get("entities").value(), "entities").items()) {
      YamlNode.MapNode map = mapping(item, "an entity");
      refuseUnknownKeys(map, keys, "entity");
      YamlNode nameNode = required(map, "name", "entity");
      String name = nonBlank(nameNode, "'name' of an entity");
      YamlNode kindNode = required(map, "kind", "entity '" + name + "'");
      String kindText = string(kindNode, "'kind' of entity '" + name + "'");
      EntityKind kind = EntityKind.parse(kindText.strip().toLowerCase(Locale.ROOT))
          .orElseThrow(() -> at(kindNode, "bad kind '" + kindText + "' for entity '" + name
              + "'; use organization, person, place, event, product or plan"));
      List<YamlNode.Scalar> aliasNodes = optionalStrings(map, "aliases", "entity '" + name + "'");
      String currency = null;
      YamlNode.Entry currencyEntry = map.map().get("currency");
      if (currencyEntry != null && !isNull(currencyEntry.value())) {
        YamlNode node = currencyEntry.value();
        if (kind != EntityKind.PLACE) {
          throw new RuleException(node.file(), currencyEntry.line(), currencyEntry.column(),
              "only places have a currency, and '" + name + "' is " + kindText);
        }
        currency = string(node, "'currency' of entity '" + name + "'");
        if (!CURRENCY.matcher(currency).matches() || !isIsoCurrency(currency)) {
          throw at(node, "'" + currency + "' is not an ISO 4217 currency code (such as CAD)");
        }
      }
      Entity entity = new Entity(name, kind, aliasNodes.stream().map(YamlNode.Scalar::text)
          .toList(), currency, origin(item));
      List<YamlNode> nameNodes = new ArrayList<>();
      nameNodes.add(nameNode);
      nameNodes.addAll(aliasNodes);
      for (YamlNode node : nameNodes) {
        String text = ((YamlNode.Scalar) node).text();
        if (text.isBlank() || Terms.key(text).isEmpty()) {
          throw at(node, "a name or alias must hold at least one letter or digit");
        }
        String key = Terms.key(text);
        Entity other = byKey.get(key);
        if (other != null && other != entity) {
          throw at(node, "duplicate entity name '" + text + "': already a name of '"
              + other.name() + "' (" + other.origin() + ")");
        }
        byKey.put(key, entity);
      }
      entities.add(entity);
    }
    return entities;
  }

  private static boolean isIsoCurrency(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- predicates.yaml

  private static List<Predicate> readPredicates(RuleFile file) {
    List<Predicate> predicates = new ArrayList<>();
    YamlNode.MapNode root = root(file, "predicates");
    if (root == null || isNull(root.map().get("predicates").value())) {
      return predicates;
    }
    Map<String, Origin> ids = new HashMap<>();
    Set<String> keys = Set.of("id", "kinds", "terms", "timing");
    for (YamlNode item : list(root.map().get("predicates").value(), "predicates").items()) {
      YamlNode.MapNode map = mapping(item, "a predicate");
      refuseUnknownKeys(map, keys, "predicate");
      String id = id(map, "predicate", ids);
      List<YamlNode.Scalar> kindNodes = requiredStrings(map, "kinds", "predicate '" + id + "'");
      List<Kind> kinds = new ArrayList<>();
      for (YamlNode.Scalar node : kindNodes) {
        Kind kind = kind(node.text().strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> at(node,
            "bad kind '" + node.text()
            + "' in predicate '" + id + "'; use money, date, percent or count"));
        kinds.add(kind);
      }
      List<YamlNode.Scalar> termNodes = requiredStrings(map, "terms", "predicate '" + id + "'");
      checkTerms(termNodes);
      boolean periodic = false;
      YamlNode.Entry timing = map.map().get("timing");
      if (timing != null && !isNull(timing.value())) {
        String value = string(timing.value(), "'timing' of predicate '" + id + "'").strip();
        if (!value.equals("event") && !value.equals("periodic")) {
          throw new RuleException(timing.value().file(), timing.line(), timing.column(),
              "bad timing '" + value + "' in predicate '" + id + "'; use event or periodic");
        }
        periodic = value.equals("periodic");
      }
      predicates.add(new Predicate(id, kinds, termNodes.stream().map(YamlNode.Scalar::text)
          .toList(), periodic, origin(item)));
    }
    return predicates;
  }

  private static Optional<Kind> kind(String id) {
    for (Kind kind : Kind.values()) {
      if (kind.id().equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- facts/*.yaml

  private List<Fact> readFacts(RuleFile file, Map<String, Origin> ids) {
    List<Fact> facts = new ArrayList<>();
    YamlNode.MapNode root = root(file, "facts");
    if (root == null || isNull(root.map().get("facts").value())) {
      return facts;
    }
    Set<String> keys = Set.of("id", "about", "keywords", "value", "source", "note");
    for (YamlNode item : list(root.map().get("facts").value(), "facts").items()) {
      YamlNode.MapNode map = mapping(item, "a fact");
      refuseUnknownKeys(map, keys, "fact");
      String id = id(map, "fact", ids);
      String what = "fact '" + id + "'";
      List<YamlNode.Scalar> about = requiredStrings(map, "about", what);
      checkTerms(about);
      List<YamlNode.Scalar> keywords = optionalStrings(map, "keywords", what);
      checkTerms(keywords);
      YamlNode valueNode = required(map, "value", what);
      String value = scalarText(valueNode, "'value' of " + what);
      YamlNode sourceNode = map.map().containsKey("source") ? map.map().get("source").value()
          : null;
      if (sourceNode == null || isNull(sourceNode)) {
        throw at(sourceNode == null ? map : sourceNode, what + " has no 'source': every fact"
            + " needs a checkable source");
      }
      String source = nonBlank(sourceNode, "'source' of " + what);
      if (!source.startsWith("https://") && !source.startsWith("http://")) {
        throw at(sourceNode, "'source' of " + what + " must be a web address (https://...)");
      }
      String note = null;
      if (map.map().containsKey("note") && !isNull(map.map().get("note").value())) {
        note = string(map.map().get("note").value(), "'note' of " + what);
      }
      Object parsed = parseValue(valueNode, value, what);
      facts.add(new Fact(id, texts(about), texts(keywords), value, parsed, source, note,
          origin(item)));
    }
    return facts;
  }

  private Object parseValue(YamlNode node, String value, String what) {
    Optional<Object> parsed;
    try {
      parsed = valueParser.apply(value);
    } catch (RuntimeException e) {
      throw at(node, "cannot read the value \"" + value + "\" of " + what + ": "
          + e.getMessage());
    }
    if (parsed == null || parsed.isEmpty()) {
      throw at(node, "cannot read the value \"" + value + "\" of " + what
          + " as a French figure (date, amount, percentage or count)");
    }
    return parsed.get();
  }

  // ---------------------------------------------------------------- helpers

  /** The root mapping of a rule file, which must have exactly {@code key}; null when empty. */
  private static YamlNode.MapNode root(RuleFile file, String key) {
    byte[] content = file.read();
    if (content == null) {
      return null;
    }
    YamlNode root = YamlReader.read(file.name(), content);
    if (root == null || isNull(root)) {
      return null;
    }
    YamlNode.MapNode map = mapping(root, "the file");
    for (YamlNode.Entry entry : map.map().values()) {
      if (!entry.key().equals(key)) {
        throw new RuleException(file.name(), entry.line(), entry.column(),
            "unknown key '" + entry.key() + "'; this file has only '" + key + "'");
      }
    }
    if (map.map().isEmpty()) {
      return null;
    }
    return map;
  }

  private static String id(YamlNode.MapNode map, String what, Map<String, Origin> ids) {
    YamlNode node = required(map, "id", what);
    String id = string(node, "'id' of a " + what);
    if (!isKebabCase(id)) {
      throw at(node, "the " + what + " id '" + id + "' must be kebab-case (lower-case words"
          + " joined by '-', such as g7-hiroshima-summit)");
    }
    Origin previous = ids.putIfAbsent(id, origin(node));
    if (previous != null) {
      throw at(node, "duplicate " + what + " id '" + id + "', first defined at " + previous);
    }
    return id;
  }

  private static void checkTerms(List<YamlNode.Scalar> terms) {
    for (YamlNode.Scalar term : terms) {
      String problem = Terms.check(term.text());
      if (problem != null) {
        throw at(term, problem);
      }
    }
  }

  private static void refuseUnknownKeys(YamlNode.MapNode map, Set<String> keys, String what) {
    for (YamlNode.Entry entry : map.map().values()) {
      if (!keys.contains(entry.key())) {
        throw new RuleException(map.file(), entry.line(), entry.column(),
            "unknown key '" + entry.key() + "' in " + what + "; known keys: "
                + String.join(", ", keys.stream().sorted().toList()));
      }
    }
  }

  private static YamlNode required(YamlNode.MapNode map, String key, String what) {
    YamlNode.Entry entry = map.map().get(key);
    if (entry == null) {
      throw at(map, what + " has no '" + key + "'");
    }
    if (isNull(entry.value())) {
      throw at(entry.value(), "'" + key + "' of " + what + " is empty");
    }
    return entry.value();
  }

  private static List<YamlNode.Scalar> requiredStrings(YamlNode.MapNode map, String key,
      String what) {
    YamlNode node = required(map, key, what);
    List<YamlNode.Scalar> items = strings(node, "'" + key + "' of " + what);
    if (items.isEmpty()) {
      throw at(node, "'" + key + "' of " + what + " is empty");
    }
    return items;
  }

  private static List<YamlNode.Scalar> optionalStrings(YamlNode.MapNode map, String key,
      String what) {
    YamlNode.Entry entry = map.map().get(key);
    if (entry == null || isNull(entry.value())) {
      return List.of();
    }
    return strings(entry.value(), "'" + key + "' of " + what);
  }

  static List<YamlNode.Scalar> strings(YamlNode node, String what) {
    List<YamlNode.Scalar> items = new ArrayList<>();
    for (YamlNode item : list(node, what).items()) {
      if (!(item instanceof YamlNode.Scalar s) || s.type() != YamlNode.Scalar.Type.STRING) {
        throw at(item, what + " must list texts, not " + item.describe());
      }
      if (s.text().isBlank()) {
        throw at(item, what + " has an empty text");
      }
      items.add(s);
    }
    return items;
  }

  private static List<String> texts(List<YamlNode.Scalar> nodes) {
    return nodes.stream().map(YamlNode.Scalar::text).toList();
  }

  static YamlNode.MapNode mapping(YamlNode node, String what) {
    if (node instanceof YamlNode.MapNode map) {
      return map;
    }
    throw at(node, what + " must be a mapping (key: value), not " + node.describe());
  }

  private static YamlNode.ListNode list(YamlNode node, String what) {
    if (node instanceof YamlNode.ListNode list) {
      return list;
    }
    throw at(node, what + " must be a list, not " + node.describe());
  }

  static String string(YamlNode node, String what) {
    if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING) {
      return s.text();
    }
    throw at(node, what + " must be a text, not " + node.describe());
  }

  static String nonBlank(YamlNode node, String what) {
    String text = string(node, what);
    if (text.isBlank()) {
      throw at(node, what + " is empty");
    }
    return text.strip();
  }

  /** The text of any non-null scalar (a value may look like a number to YAML). */
  private static String scalarText(YamlNode node, String what) {
    if (node instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
      return s.text().strip();
    }
    throw at(node, what + " must be a text, not " + node.describe());
  }

  private static boolean bool(YamlNode node, String what) {
    if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.BOOLEAN) {
      return Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT));
    }
    throw at(node, what + " must be true or false, not " + node.describe());
  }

  static boolean isNull(YamlNode node) {
    return node instanceof YamlNode.Scalar s && s.isNull();
  }

  private static Origin origin(YamlNode node) {
    return new Origin(node.file(), node.line(), node.column());
  }

  static RuleException at(YamlNode node, String message) {
    return new RuleException(node.file(), node.line(), node.column(), message);
  }

  private static boolean isYaml(Path path) {
    String name = path.getFileName().toString();
    return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"));
  }

  private static String display(Path path) {
    return path.toString().replace('\\', '/');
  }

  /** The names of the bundled fact files, sorted, whether the classpath is a folder or a jar. */
  private static List<String> listFactResources(ClassLoader classLoader) {
    String dir = RESOURCE_DIR + "/" + FACTS_DIR;
    // Found through a file that is always bundled: jars need not hold folder entries.
    URL url = classLoader.getResource(RESOURCE_DIR + "/" + CHECKS_FILE);
    if (url == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    try {
      if ("file".equals(url.getProtocol())) {
        Path facts = Path.of(url.toURI()).resolveSibling(FACTS_DIR);
        if (Files.isDirectory(facts)) {
          try (Stream<Path> files = Files.list(facts)) {
            files.filter(RuleLoader::isYaml).forEach(p -> names.add(p.getFileName().toString()));
          }
        }
      } else if ("jar".equals(url.getProtocol())) {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          String prefix = dir + "/";
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0
                && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
              names.add(name.substring(prefix.length()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    names.sort(null);
    return names;
  }

  /** A rule file to read: from the classpath or a path, optional or required. */
  private record RuleFile(String name, Path path, boolean required, ClassLoader classLoader) {
    static RuleFile resource(String name, ClassLoader classLoader) {
      return new RuleFile(name, null, true, classLoader);
    }

    static RuleFile path(Path path, boolean required) {
      return new RuleFile(display(path), path, required, null);
    }

    /** The bytes of the file, or null when an optional file does not exist. */
    byte[] read() {
      try {
        if (path == null) {
          try (InputStream in = classLoader.getResourceAsStream(name)) {
            if (in == null) {
              throw new RuleException(name, 1, 1, "missing bundled rule file");
            }
            return readLimited(in);
          }
        }
        if (!required && !Files.exists(path)) {
          return null;
        }
        try (InputStream in = Files.newInputStream(path)) {
          return readLimited(in);
        }
      } catch (NoSuchFileException e) {
        throw new RuleException(name, 1, 1, "no such file");
      } catch (IOException e) {
        throw new RuleException(name, 1, 1, "cannot read: " + e.getMessage(), e);
      }
    }

    private byte[] readLimited(InputStream in) throws IOException {
      byte[] bytes = in.readNBytes(YamlReader.MAX_FILE_SIZE + 1);
      if (bytes.length > YamlReader.MAX_FILE_SIZE) {
        throw new RuleException(name, 1, 1,
            "file is larger than " + YamlReader.MAX_FILE_SIZE + " bytes");
      }
      return bytes;
    }
  }
}
