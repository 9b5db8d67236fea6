package org.figlint.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.figlint.value.Kind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules shipped in the jar: they load, and they match the sentences they are meant for. */
class BundledRulesTest {

  private static final RuleSet RULES =
      new RuleLoader(new DefaultCheckCatalog(), FakeGrammar::parse).loadBundled();
  private static final RuleIndex INDEX = RULES.index();

  @Test
  void theBundledRulesLoad() {
    assertEquals(10, RULES.checks().size());
    assertTrue(RULES.entities().size() >= 80, "entities: " + RULES.entities().size());
    assertTrue(RULES.predicates().size() >= 15, "predicates: " + RULES.predicates().size());
    assertTrue(RULES.facts().size() >= 30, "facts: " + RULES.facts().size());
  }

  @Test
  void theRulesFolderAndTheJarHoldTheSameRules() {
    RuleSet fromFolder = new RuleLoader(new DefaultCheckCatalog(), FakeGrammar::parse)
        .load(Path.of("rules"));
    assertEquals(RULES.checks(), fromFolder.checks());
    assertEquals(RULES.entities().stream().map(Entity::name).toList(),
        fromFolder.entities().stream().map(Entity::name).toList());
    assertEquals(RULES.facts().stream().map(Fact::id).toList(),
        fromFolder.facts().stream().map(Fact::id).toList());
  }

  @Test
  void figlintYamlStatesTheCatalogDefaults() {
    for (CheckSpec spec : new DefaultCheckCatalog().checks()) {
      assertEquals(CheckConfig.defaults(spec), RULES.check(spec.id()), spec.id());
    }
  }

  @Test
  void everyFactHasAWebSourceAndAKnownShape() {
    for (Fact fact : RULES.facts()) {
      assertTrue(fact.source().startsWith("https://"), fact.id());
      assertTrue(Set.of("date", "money", "count").contains(fact.parsed()), fact.id());
    }
    Map<Object, Long> kinds = RULES.facts().stream()
        .collect(Collectors.groupingBy(Fact::parsed, Collectors.counting()));
    assertTrue(kinds.get("date") >= 15 && kinds.get("money") >= 10, kinds.toString());
  }

  @Test
  void placesWithACurrencySettleIt() {
    assertEquals("CAD", INDEX.entity("Ottawa").orElseThrow().currency());
    assertEquals("CAD", INDEX.entity("canada").orElseThrow().currency());
    assertEquals("GBP", INDEX.entity("Grande-Bretagne").orElseThrow().currency());
    assertEquals("USD", INDEX.entity("Etats-Unis").orElseThrow().currency());
    assertEquals(List.of("CAD"), List.copyOf(INDEX.placeCurrencies(
        Terms.text("Le fonds d'Ottawa a investi 20 millions de dollars."))));
    for (Entity entity : RULES.entities()) {
      if (entity.currency() != null) {
        assertEquals(EntityKind.PLACE, entity.kind(), entity.name());
      }
    }
  }

  @Test
  void aliasesFindTheirEntity() {
    assertEquals("Mistral AI", INDEX.entity("Mistral IA").orElseThrow().name());
    assertEquals("SoftBank Group", INDEX.entity("Softbank").orElseThrow().name());
    assertEquals("Union européenne", INDEX.entity("UE").orElseThrow().name());
    assertEquals("Isambard-AI", INDEX.entity("ISAMBARD.AI").orElseThrow().name());
    List<String> named = INDEX.entitiesIn(Terms.text(
        "Sam Altman, PDG d’OpenAI, a rejeté l'offre d'Elon Musk avant le sommet de Paris."))
        .stream().map(m -> m.entity().name()).toList();
    assertEquals(List.of("Sam Altman", "OpenAI", "Elon Musk", "Paris"), named);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      g7-hiroshima-summit | Ce document, issu du G7 d’Hiroshima en mai 2021, comprend 11 recommandations.
      ai-safety-summit-bletchley | Le 1er Sommet mondial sur la Sécurité de l’intelligence artificielle, organisé par les autorités britanniques à Bletchley Park.
      ai-action-summit-paris | Les 10 et 11 février 2025, un Sommet pour l’action sur l’intelligence artificielle réunira à Paris des chefs d’État.
      ai-action-summit-paris | Le Sommet pour l'action sur l'intelligence artificielle (IA Action Summit), qui se tient à Paris les 10 et 11 février.
      mistral-ai-series-a | Mistral qui, en décembre, avait déjà levé 385 millions d'euros lors d'un deuxième tour de financement.
      microsoft-mistral-investment | Microsoft a investi 15 millions d'euros dans Mistral.
      ai-act-entry-into-force | L’AI Act européen, entré en vigueur le 1er août, complexifie les règles du jeu.
      isambard-ai-cost | Avec une enveloppe de 225 millions de livres sterling, Isambard-AI promet d’être 10 fois plus rapide.
      chatgpt-launch | Onze mois après l’émergence de ChatGPT, les pays du G7 ont signé un code de conduite.
      current-ai-endowment | Current AI, un partenariat doté de 400 millions de dollars.
      musk-openai-offer | Il a proposé 97,4 milliards de dollars pour prendre le contrôle d'OpenAI, a dit Musk.
      brookfield-france-investment | Le fonds canadien Brookfield injectera 20 milliards d'euros, dont 15 milliards pour de nouveaux data centers.
      arm-ipo | Arm, champion britannique des microprocesseurs, a été introduit avec succès à la Bourse de New York en septembre dernier.
      france-ai-commission-yearly-investment | Selon le rapport du comité IA, le pays doit débloquer cinq milliards d'euros par an sur cinq ans.
      openai-paris-office-opening | OpenAI a inauguré son antenne parisienne ce 14 novembre, à Paris.
      """)
  void aFactAppliesToTheSentenceItIsAbout(String id, String sentence) {
    List<String> ids = INDEX.factsFor(sentence).stream().map(Fact::id).toList();
    assertTrue(ids.contains(id), () -> id + " not in " + ids);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      g7-hiroshima-summit | Le G7 se réunira en 2026 à Évian.
      g7-hiroshima-summit | Hiroshima a été détruite le 6 août 1945.
      mistral-ai-series-a | Mistral AI a levé 600 millions d'euros en juin 2024, lors d'un tour mené par General Catalyst.
      ai-act-entry-into-force | L'AI Act a été publié au Journal officiel.
      mistral-ai-series-c-valuation | SoftBank envisage une levée qui devrait valoriser Mistral AI plus de 2 milliards de dollars.
      """)
  void aFactDoesNotApplyElsewhere(String id, String sentence) {
    List<String> ids = INDEX.factsFor(sentence).stream().map(Fact::id).toList();
    assertFalse(ids.contains(id), () -> id + " in " + ids);
  }

  @Test
  void aSentenceWithoutAnyFactTermGetsNoFactUnlessOneAppliesEverywhere() {
    String sentence = "La météo sera clémente demain sur la côte.";
    assertEquals(List.of(), INDEX.factsFor(sentence));
    Fact everywhere = new Fact("everywhere", List.of(), List.of(), "3 sites", "count",
        "https://example.org", null, new Origin("essai.yaml", 1, 1));
    List<Fact> facts = new java.util.ArrayList<>(RULES.facts());
    facts.add(everywhere);
    RuleIndex index = new RuleSet(RULES.checks(), RULES.entities(), RULES.predicates(), facts)
        .index();
    assertEquals(List.of(everywhere), index.factsFor(sentence));
  }

  @Test
  void factsAreFoundByTheirTermsAsByTestingEveryNameOfEveryFact() {
    // A fact of 64 about terms makes an index test every name of every fact: the reference.
    List<String> many = new java.util.ArrayList<>();
    for (int i = 0; i < 64; i++) {
      many.add("zzterme" + (char) ('a' + i % 26) + (char) ('a' + i / 26));
    }
    List<Fact> facts = new java.util.ArrayList<>(RULES.facts());
    facts.add(new Fact("wide", many, List.of(), "3 sites", "count", "https://example.org", null,
        new Origin("essai.yaml", 1, 1)));
    RuleIndex reference = new RuleSet(RULES.checks(), RULES.entities(), RULES.predicates(), facts)
        .index();
    List<String> words = new java.util.ArrayList<>(List.of("le", "sommet", "de", "a", "levé",
        "millions", "en", "juin", "2024", "investit", "la", "France", "Paris"));
    for (Fact fact : RULES.facts()) {
      words.addAll(fact.about());
      words.addAll(fact.keywords());
    }
    java.util.Random random = new java.util.Random(11);
    int applied = 0;
    for (int t = 0; t < 3000; t++) {
      StringBuilder sentence = new StringBuilder();
      for (int i = 1 + random.nextInt(12); i > 0; i--) {
        sentence.append(words.get(random.nextInt(words.size()))).append(' ');
      }
      List<Fact> found = INDEX.factsFor(sentence.toString());
      assertEquals(reference.factsFor(sentence.toString()), found, sentence.toString());
      applied += found.isEmpty() ? 0 : 1;
    }
    assertTrue(applied > 100, "sentences with a fact: " + applied);
  }

  @TestFactory
  Stream<DynamicTest> predicatesRecognizeTheirWords() {
    Map<String, String> examples = Map.of(
        "fundraising", "la start-up a levé 385 millions d'euros",
        "investment", "Microsoft investit dans Mistral",
        "valuation", "une valorisation de 2 milliards",
        "revenue", "un chiffre d’affaires de 70 millions d’euros",
        "headcount", "Harvest compte 420 collaborateurs",
        "event-date", "le sommet se tient à Paris",
        "entry-into-force", "entré en vigueur le 1er août",
        "founding-date", "QoWatt, fondée en 2021",
        "launch-date", "le lancement de son chatbot",
        "fine", "une amende de 10 millions");
    return examples.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      List<String> ids = INDEX.predicatesIn(Terms.text(e.getValue())).stream()
          .map(Predicate::id).toList();
      assertTrue(ids.contains(e.getKey()), () -> e.getKey() + " not in " + ids);
    }));
  }

  @Test
  void predicateKindsAreKnown() {
    assertEquals(List.of(Kind.COUNT), RULES.predicate("headcount").orElseThrow().kinds());
    assertEquals(List.of(Kind.DATE), RULES.predicate("event-date").orElseThrow().kinds());
    assertTrue(RULES.predicate("market-share").orElseThrow().kinds().contains(Kind.PERCENT));
  }
}
