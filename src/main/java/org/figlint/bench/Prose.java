package org.figlint.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.figlint.bench.CorpusGenerator.Inconsistency;

/**
 * The vocabulary and sentence templates of the generated news: business and technology news
 * about real organizations, with invented figures. A sentence that names a known entity next to
 * a predicate ("investit", "chiffre d'affaires") takes its figure from the {@link World}, so
 * that documents agree with each other; sentences with free random figures name no entity.
 */
final class Prose {
  private Prose() {}

  /** An invented person, for quotes and attributions. */
  record Person(String name, boolean woman) {}

  /**
   * One kind of sentence; {@code plants} is the inconsistency it can plant, or null, and
   * {@code weight} how often it is chosen compared with the others (1 by default).
   */
  record Template(String id, Inconsistency plants, double weight, Function<Draft, String> body) {}

  // ---- Vocabulary ----------------------------------------------------------------------------

  /** Companies that figlint's lexicon knows, so that claims about them are compared. */
  static final List<String> COMPANIES = List.of(
      "Mistral AI", "OpenAI", "Microsoft", "Google", "Nvidia", "Amazon", "Meta", "Apple", "IBM",
      "Samsung", "ASML", "Intel", "Hugging Face", "Scaleway", "Iliad", "Anthropic", "Perplexity",
      "Salesforce", "Oracle", "Airbus", "Stellantis", "Veolia", "CMA CGM", "La Poste",
      "BNP Paribas", "Data4", "Opcore", "Proton", "Spotify", "Tesla", "Huawei", "Baidu", "Adobe",
      "Dell", "SoftBank", "Kyutai", "DeepSeek");

  static final List<String> INVESTORS = List.of(
      "Bpifrance", "General Catalyst", "Lightspeed", "Andreessen Horowitz", "Balderton Capital",
      "KKR", "InfraVia", "MGX", "Silver Lake", "Cinven", "SoftBank", "Nvidia", "Microsoft",
      "Google", "Amazon", "Salesforce", "Samsung");

  static final List<String> TARGETS = List.of(
      "Hugging Face", "Perplexity", "Anthropic", "Scaleway", "Opcore", "Data4", "Proton",
      "QoWatt", "Weborama", "Kyutai", "xAI");

  private static final List<String> DOLLAR_TARGETS = List.of("Hugging Face", "Perplexity",
      "Anthropic", "xAI");

  static final List<String> PRODUCTS = List.of("ChatGPT", "Le Chat", "Gemini", "Copilot", "Llama");

  static final List<Person> PEOPLE = List.of(
      new Person("Claire Dumas", true), new Person("Julien Ferrand", false),
      new Person("Sophie Marchand", true), new Person("Karim Haddad", false),
      new Person("Élodie Perrin", true), new Person("Thomas Brunet", false),
      new Person("Nadia Benali", true), new Person("Marc Olivier", false),
      new Person("Hélène Vasseur", true), new Person("Antoine Roux", false),
      new Person("Camille Fabre", true), new Person("Yann Le Goff", false),
      new Person("Inès Morel", true), new Person("Lucas Girard", false),
      new Person("Aurélie Chevalier", true), new Person("Mehdi Saïdi", false),
      new Person("Pauline Garnier", true), new Person("Olivier Lacombe", false));

  private static final String[][] ROLES = {
    {"directeur général", "directrice générale"}, {"directeur financier", "directrice financière"},
    {"président", "présidente"}, {"cofondateur", "cofondatrice"},
    {"responsable de la stratégie", "responsable de la stratégie"},
    {"économiste en chef", "économiste en chef"}, {"porte-parole", "porte-parole"},
    {"directeur de la recherche", "directrice de la recherche"}
  };

  /** French cities that the lexicon does not know: free figures may stand next to them. */
  static final List<String> CITIES = List.of(
      "Lyon", "Toulouse", "Bordeaux", "Lille", "Nantes", "Grenoble", "Rennes", "Strasbourg",
      "Montpellier", "Nice", "Clermont-Ferrand", "Dijon", "Angers", "Brest");

  /** Known capitals, for world events such as the G7 summit. */
  static final List<String> CAPITALS = List.of(
      "Berlin", "Londres", "Rome", "Tokyo", "Ottawa", "Washington", "Bruxelles", "Dublin");

  static final List<String> MEDIA = List.of(
      "Les Echos", "La Tribune", "Le Monde", "Reuters", "Bloomberg", "l'AFP",
      "le Financial Times", "le Wall Street Journal");

  /** Sectors with their article: "la cybersécurité"; see {@link #of}. */
  static final List<String> SECTORS = List.of(
      "l'intelligence artificielle", "l'IA générative", "l'informatique en nuage",
      "les centres de données", "les semi-conducteurs", "la cybersécurité",
      "la robotique industrielle", "le calcul quantique", "les batteries",
      "l'hydrogène vert", "la santé numérique", "la mobilité électrique");

  private static final List<String> FIRMS = List.of(
      "IDC", "Gartner", "Canalys", "Counterpoint", "Forrester", "Xerfi");

  private static final List<String> USES = List.of(
      "la recherche", "l'industrie", "la formation", "les start-up", "les infrastructures",
      "la transition énergétique", "les hôpitaux", "la cybersécurité", "les universités",
      "le logement", "les transports", "l'agriculture");

  private static final List<String> EVENTS = List.of(
      "le salon de la robotique", "le forum de l'innovation", "le salon de la cybersécurité",
      "le congrès des maires", "la conférence sur le climat", "le salon de l'agriculture",
      "le festival des start-up", "la foire internationale", "le carrefour des métiers");

  // ---- Helpers -------------------------------------------------------------------------------

  static String role(Draft d, Person p) {
    String[] pair = ROLES[d.r.nextInt(ROLES.length)];
    return p.woman() ? pair[1] : pair[0];
  }

  private static String attribution(Draft d) {
    return d.person.name() + ", " + d.role + " de " + d.org;
  }

  private static String currencyOf(String target) {
    return DOLLAR_TARGETS.contains(target) ? "USD" : "EUR";
  }

  private static String qualifier(Draft d) {
    return d.pick("", "", "", "environ ", "près de ", "plus de ", "quelque ", "au moins ",
        "moins de ", "jusqu'à ", "pas moins de ");
  }

  /** "hier", "ce jeudi", "la semaine dernière"...: when the news broke. */
  private static String recently(Draft d) {
    return d.pick("hier", "ce " + Figures.WEEKDAYS[d.date.getDayOfWeek().getValue() - 1],
        "la semaine dernière", "dans un communiqué", "ce matin", "lundi soir",
        "en fin de séance");
  }

  /** "de" before a noun phrase with its article: "de la cybersécurité", "du calcul". */
  static String of(String withArticle) {
    if (withArticle.startsWith("le ")) {
      return "du " + withArticle.substring(3);
    }
    if (withArticle.startsWith("les ")) {
      return "des " + withArticle.substring(4);
    }
    return "de " + withArticle;
  }

  private static final java.util.regex.Pattern ELISION =
      java.util.regex.Pattern.compile("(?<=\\s|^)([dD]|[qQ]u)e (?=[aeiouéèêâîôAEIOUÉÈÊÂÎÔ])");

  /** Makes "de le", "à le", "de Intel" and "de élus" read as French. */
  private static String elide(String s) {
    String out = s.replace(" de le ", " du ").replace(" à le ", " au ").replace(" de les ", " des ")
        .replace(" à les ", " aux ");
    return ELISION.matcher(out).replaceAll("$1'");
  }

  /** A day the document reports on: soon after its date, or just before it. */
  private static LocalDate upcoming(Draft d) {
    return d.around(2, 80);
  }

  private static LocalDate past(Draft d) {
    return d.around(-60, -1);
  }

  /** Yearly deadline of an entity, the same in every document: "présentera ses résultats". */
  private static LocalDate resultsDay(Draft d, String entity, int year) {
    int offset = d.world.value(entity, "results-day", year, 1, 55, 2).intValue();
    LocalDate day = LocalDate.of(year, 2, 1).plusDays(offset);
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    }
    return day;
  }

  /** A company's revenue: a base of its own, about 8 % growth a year, and some noise. */
  private static BigDecimal revenue(Draft d, String entity, int year) {
    BigDecimal base = d.world.value(entity, "revenue", 0, 2e7, 9e10, 3);
    BigDecimal noise = d.world.value(entity, "revenue-noise", year, 0.85, 1.15, 3);
    double trend = Math.exp(0.08 * (year - 2015));
    return Figures.significant(base.multiply(noise).multiply(BigDecimal.valueOf(trend)), 2);
  }

  // ---- Titles --------------------------------------------------------------------------------

  static String title(Draft d) {
    return elide(switch (d.r.nextInt(12)) {
      case 0 -> d.org + " : les coulisses d'une année décisive";
      case 1 -> d.org + " accélère en Europe";
      case 2 -> "Intelligence artificielle : la course aux financements continue";
      case 3 -> d.org + " face à la concurrence américaine";
      case 4 -> "Budget : ce que prévoit le nouveau plan d'investissement";
      case 5 -> "Les start-up françaises en quête de capitaux";
      case 6 -> d.org + " : « Nous voulons doubler de taille »";
      case 7 -> "Semi-conducteurs : l'Europe veut rattraper son retard";
      case 8 -> "Emploi : les géants de la tech ralentissent leurs embauches";
      case 9 -> "À " + d.pick(CITIES) + ", un nouveau campus dédié au numérique";
      case 10 -> "Régulation : Bruxelles durcit le ton face aux plateformes";
      default -> d.org + " mise sur " + d.pick(SECTORS);
    });
  }

  // ---- Sentences with figures ----------------------------------------------------------------

  static final List<Template> TEMPLATES = new ArrayList<>();

  private static void add(String id, Function<Draft, String> body) {
    TEMPLATES.add(new Template(id, null, 1, body));
  }

  private static void add(String id, Inconsistency plants, Function<Draft, String> body) {
    TEMPLATES.add(new Template(id, plants, 1, body));
  }

  /**
   * A sentence about one institution's recurring events (ECB decisions, CNIL sanctions, G7
   * summits): rarer than the others, so that, as in real news, no entity gathers more than about
   * half a percent of the claims of a corpus.
   */
  private static void addRare(String id, Inconsistency plants, Function<Draft, String> body) {
    TEMPLATES.add(new Template(id, plants, 0.2, body));
  }

  private static Template pickTemplate(Draft d, List<Template> templates) {
    double total = 0;
    for (Template t : templates) {
      total += t.weight();
    }
    double x = d.r.nextDouble() * total;
    for (Template t : templates) {
      x -= t.weight();
      if (x < 0) {
        return t;
      }
    }
    return templates.get(templates.size() - 1);
  }

  static {
    // ---- Deals: each pair of parties has one amount, quoted again in later documents ----
    add("round", d -> {
      String target = d.pick(TARGETS);
      String investor = d.pick(INVESTORS);
      World.Deal deal = deal(d, investor, target, true);
      return target + " a levé " + d.fig.money(deal.amount(), deal.currency()) + " auprès de "
          + deal.investor() + ", a annoncé la société " + recently(d) + ".";
    });
    add("investment", d -> {
      String target = d.pick(TARGETS);
      String investor = d.pick(INVESTORS);
      World.Deal deal = deal(d, investor, target, false);
      return d.pick(investor + " va investir ", investor + " injecte ", investor + " investit ")
          + d.fig.money(deal.amount(), deal.currency()) + " dans " + target + ", "
          + d.pick("selon nos informations", "a-t-on appris", "confirme un porte-parole",
              "d'après un communiqué") + ".";
    });
    add("deal-recalled", Inconsistency.CROSS_DOCUMENT, d -> {
      World.Deal deal = d.world.recentDeal(d.r, d.date);
      if (deal == null) {
        return null;
      }
      BigDecimal amount = deal.amount();
      boolean wrong = d.asked(Inconsistency.CROSS_DOCUMENT) && d.world.mayMisquote(deal);
      d.world.countQuote(deal, !wrong);
      if (wrong) {
        // Far enough that even "1 milliard" (0.5 to 1.5 billion as written) cannot cover it.
        BigDecimal factor = d.pick(List.of(new BigDecimal("1.8"), new BigDecimal("2.5"),
            new BigDecimal("0.4"), new BigDecimal("3")));
        amount = Figures.significant(amount.multiply(factor), 2);
        d.planted(Inconsistency.CROSS_DOCUMENT);
      }
      String money = d.fig.money(amount, deal.currency());
      String when = Figures.month(deal.date(), true);
      if (deal.round()) {
        return d.pick("Pour rappel, " + deal.target() + " avait levé " + money + " auprès de "
                + deal.investor() + " en " + when + ".",
            "En " + when + ", " + deal.target() + " avait bouclé une levée de fonds de " + money
                + " auprès de " + deal.investor() + ".");
      }
      return d.pick(deal.investor() + " avait annoncé en " + when + " investir " + money
              + " dans " + deal.target() + ".",
          "L'investissement de " + money + " consenti par " + deal.investor() + " dans "
              + deal.target() + " remonte à " + when + ".");
    });

    // ---- Company figures, the same in every document for a given year ----
    add("revenue", d -> {
      int year = d.year() - 1;
      BigDecimal now = revenue(d, d.org, year);
      BigDecimal before = revenue(d, d.org, year - 1);
      BigDecimal growth = now.subtract(before).multiply(BigDecimal.valueOf(100))
          .divide(before, 1, RoundingMode.HALF_EVEN);
      String trend = growth.signum() >= 0 ? "en hausse de " + d.fig.percent(growth)
          : "en baisse de " + d.fig.percent(growth.negate());
      return d.org + " a réalisé un chiffre d'affaires de " + d.fig.money(now, "EUR") + " en "
          + year + ", " + trend + " sur un an.";
    });
    add("revenue-fiscal", d -> {
      int year = d.year() - 1;
      return "Sur l'exercice " + year + ", le chiffre d'affaires de " + d.org + " a atteint "
          + d.fig.money(revenue(d, d.org, year), "EUR") + ".";
    });
    add("loss", d -> {
      int year = d.year() - 1;
      BigDecimal loss = d.world.value(d.org, "loss", year, 5e6, 5e9, 2);
      return d.org + " a " + d.pick("enregistré une perte nette de ", "accusé une perte de ")
          + d.fig.money(loss, "EUR") + " en " + year + ".";
    });
    add("headcount", d -> {
      int year = d.year() - 1;
      long staff = Figures.significant(d.world.value(d.org, "staff", 0, 40, 90000, 3)
          .multiply(d.world.value(d.org, "staff-noise", year, 0.85, 1.2, 3)), 2).longValue();
      return "Fin " + year + ", " + d.org + " " + d.pick("employait ", "comptait ")
          + d.fig.number(staff) + " " + d.pick("salariés", "collaborateurs") + " dans le monde.";
    });
    add("users", d -> {
      String product = d.pick(PRODUCTS);
      LocalDate month = d.date.minusMonths(1).withDayOfMonth(1);
      BigDecimal users = d.world.value(product, "users", month.getYear() * 12
          + month.getMonthValue(), 2, 400, 2);
      return product + " revendique " + d.fig.number(users) + " millions d'utilisateurs "
          + "actifs, selon des chiffres publiés en " + Figures.month(month, true) + ".";
    });
    add("market-share", d -> {
      int year = d.year() - 1;
      BigDecimal share = d.world.value(d.org, "share", year, 2, 45, 2);
      return d.pick("En " + year + ", la part de marché de " + d.org + " atteignait ",
          "En " + year + ", " + d.org + " détient une part de marché de ")
          + d.fig.percent(share) + " dans " + d.pick(SECTORS)
          + ", selon le cabinet " + d.pick(FIRMS) + ".";
    });
    add("hiring", d -> {
      int year = d.year() + d.between(1, 4);
      long hires = d.world.value(d.org, "hires", 0, 50, 5000, 2).longValue();
      return "« Nous allons recruter " + d.fig.number(hires) + " ingénieurs d'ici " + year
          + " », a " + d.pick("déclaré ", "assuré ", "affirmé ") + attribution(d) + ".";
    });
    add("datacenter", d -> {
      int year = d.year() + d.between(2, 5);
      BigDecimal megawatts = d.world.value(d.org, "megawatts", 0, 20, 1500, 2);
      BigDecimal cost = d.world.value(d.org, "datacenter", 0, 2e8, 2e10, 2);
      return d.org + " va construire d'ici " + year + " un centre de données de "
          + d.fig.number(megawatts) + " mégawatts, pour un investissement de "
          + d.fig.money(cost, "EUR") + ".";
    });
    add("founded", d -> {
      int year = d.world.value(d.org, "founded", 0, 1975, 2015, 4).intValue();
      String sites = d.fig.count(d.world.value(d.org, "sites", 0, 3, 120, 2).longValue(), "sites",
          false);
      return d.pick("Créé en " + year + ", le groupe " + d.org + " compte aujourd'hui " + sites,
          "Le groupe " + d.org + ", fondé en " + year + ", revendique " + sites) + ".";
    });
    add("results-day", Inconsistency.WEEKDAY, d -> {
      LocalDate day = resultsDay(d, d.org, d.year());
      if (day.isAfter(d.date)) {
        return "Le groupe présentera ses résultats annuels le "
            + d.weekdayDate(day, d.chance(0.5)) + ".";
      }
      return "Le groupe a publié ses résultats annuels le " + d.weekdayDate(day, true) + ".";
    });
    addRare("g7", null, d -> {
      int year = d.date.getMonthValue() <= 7 ? d.year() : d.year() + 1;
      String city = CAPITALS.get(d.world.value("G7", "city", year, 1, 8.99, 3).intValue() - 1);
      int first = d.world.value("G7", "day", year, 3, 24, 2).intValue();
      LocalDate start = LocalDate.of(year, 6, first);
      LocalDate end = start.plusDays(2);
      String span = "du " + start.getDayOfMonth() + " au " + end.getDayOfMonth() + " juin " + year;
      return start.isAfter(d.date)
          ? "Le sommet du G7 se tiendra " + span + " à " + city + "."
          : "Le sommet du G7 s'est tenu " + span + " à " + city + ".";
    });
    addRare("rate-decision", Inconsistency.WEEKDAY, d -> {
      LocalDate day = d.world.lastEvent("BCE", 8, d.date);
      int key = (int) day.toEpochDay();
      BigDecimal rate = d.world.value("BCE", "rate", key, 0.5, 4.5, 2);
      BigDecimal step = BigDecimal.valueOf(d.world.value("BCE", "step", key, 1, 3.99, 3)
          .intValue()).multiply(new BigDecimal("0.25"));
      String move = d.world.value("BCE", "move", key, 1, 2.99, 3).intValue() == 1
          ? "relevé" : "abaissé";
      return "Le " + d.weekdayDate(day, true) + ", la BCE a " + move + " ses taux directeurs de "
          + d.fig.points(step) + ", portant le taux de dépôt à " + d.fig.percent(rate) + ".";
    });
    addRare("fine", Inconsistency.WEEKDAY, d -> {
      LocalDate day = d.world.lastEvent("CNIL", 24, d.date.minusDays(d.between(0, 60)));
      int key = (int) day.toEpochDay();
      BigDecimal fine = d.world.value("CNIL", "fine", key, 5e4, 5e8, 2);
      String fined = List.of("un opérateur de télécommunications", "une plateforme de livraison",
          "un éditeur de logiciels", "une chaîne d'hôtels").get(
              d.world.value("CNIL", "fined", key, 1, 4.99, 3).intValue() - 1);
      return "Le " + d.weekdayDate(day, true) + ", la CNIL a infligé une amende de "
          + d.fig.money(fine, "EUR") + " à " + fined + ".";
    });

    // ---- Free figures, with no known entity next to them ----
    add("meeting", Inconsistency.WEEKDAY, d -> {
      LocalDate day = upcoming(d);
      return d.pick("La réunion des ministres est prévue le ", "Le prochain conseil aura lieu le ",
          "Les syndicats seront reçus le ", "Le vote doit intervenir le ")
          + d.weekdayDate(day, d.chance(0.6)) + " à " + d.pick(CITIES) + ".";
    });
    add("event", Inconsistency.WEEKDAY, d -> capitalized(d.pick(EVENTS))
        + " ouvrira ses portes le " + d.weekdayDate(upcoming(d), d.chance(0.5)) + " à "
        + d.pick(CITIES) + " et accueillera " + d.fig.count(d.between(40, 900), "exposants", false)
        + ".");
    add("strike", Inconsistency.WEEKDAY, d -> {
      LocalDate day = past(d);
      return "Le " + d.weekdayDate(day, d.chance(0.4)) + ", " + qualifier(d)
          + d.fig.number(d.amount(500, 60000)) + " personnes ont manifesté à " + d.pick(CITIES)
          + ", selon la préfecture.";
    });
    add("days-range", d -> {
      LocalDate start = upcoming(d);
      LocalDate end = start.plusDays(d.between(1, 3));
      String when = start.getMonth() == end.getMonth()
          ? "du " + Figures.WEEKDAYS[start.getDayOfWeek().getValue() - 1] + " "
              + Figures.day(start) + " au " + Figures.date(end, end.getDayOfWeek(), d.chance(0.5))
          : "du " + Figures.dayMonth(start) + " au " + Figures.dayMonth(end);
      return capitalized(when) + ", " + d.fig.count(d.between(300, 20000), "visiteurs", false)
          + " sont attendus à " + d.pick(CITIES) + ".";
    });
    add("two-days", d -> {
      LocalDate a = upcoming(d);
      LocalDate b = a.plusDays(1);
      if (a.getMonth() != b.getMonth()) {
        return null;
      }
      return "Les partenaires sociaux se retrouveront les " + Figures.WEEKDAYS[a.getDayOfWeek()
          .getValue() - 1] + " " + Figures.day(a) + " et " + Figures.date(b,
          b.getDayOfWeek(), false) + " pour une nouvelle séance de négociations.";
    });
    add("law", d -> {
      int year = d.year() + d.between(1, 2);
      return "Le texte entrera en vigueur le 1er " + d.pick("janvier", "juillet", "septembre")
          + " " + year + ", après " + d.pick("un vote", "son adoption", "sa publication")
          + " au Parlement.";
    });
    add("livret", d -> "Le taux du livret A " + d.pick("passera à ", "sera ramené à ")
        + d.fig.percent(d.percent(0.5, 4)) + " le 1er " + Figures.MONTHS[
            d.date.plusMonths(1).getMonthValue() - 1] + ", a annoncé le ministère.");
    add("inflation", d -> {
      LocalDate month = d.date.minusMonths(1);
      return "L'inflation a atteint " + d.fig.percent(d.world.value("Insee", "inflation",
          month.getYear() * 12 + month.getMonthValue(), 0.3, 6.5, 2)) + " sur un an en "
          + Figures.month(month, true) + ", selon l'Insee.";
    });
    add("unemployment", d -> {
      int quarter = d.between(1, 4);
      return "Le taux de chômage s'établit à " + d.fig.percent(d.percent(6.8, 10.5)) + " au "
          + d.pick(Figures.ordinal(quarter) + " trimestre ", "T" + quarter + " ")
          + (d.year() - 1) + ", selon l'Insee.";
    });
    add("gdp", d -> "Le PIB de la zone euro a progressé de " + d.fig.percent(d.percent(0.1, 0.9))
        + " au " + Figures.ordinal(d.between(1, 4)) + " trimestre " + (d.year() - 1)
        + ", après " + d.fig.percent(d.percent(0.1, 0.9)) + " le trimestre précédent.");
    add("sales-growth", d -> "Les ventes du groupe ont " + d.pick("progressé", "bondi", "reculé")
        + " de " + d.fig.percent(d.percent(0.5, 25)) + " au " + d.pick("premier semestre ",
            "second semestre ", "printemps ") + (d.year() - 1) + ", à "
        + d.fig.money(d.amount(1e7, 5e9), "EUR") + ".");
    add("market-decline", d -> "Le marché européen des " + d.pick("smartphones", "ordinateurs",
        "voitures électriques", "serveurs", "tablettes") + " a reculé de "
        + d.fig.percent(d.percent(1, 18)) + " en " + (d.year() - 1) + ", à "
        + d.fig.count(d.amount(1e5, 9e7).longValue(), "unités", true) + ".");
    add("stock", d -> "Le titre a " + d.pick("bondi de ", "chuté de ", "gagné ", "perdu ",
        "reculé de ", "progressé de ") + d.fig.percent(d.percent(1, 30)) + " " + recently(d) + ", à "
        + d.fig.money(d.amount(5, 900), "EUR") + " l'action.");
    add("survey", d -> d.chance(0.5)
        ? "Près de " + d.fig.percent(d.percent(10, 80)) + " des Français utilisent déjà un "
            + "assistant conversationnel, selon une étude publiée en "
            + Figures.month(d.date.minusMonths(1), false) + "."
        : capitalized(d.fig.percent(d.percent(10, 80))) + " des salariés interrogés jugent leur "
            + "entreprise mal préparée, selon un sondage réalisé début " + d.year() + ".");
    add("subscription", d -> "L'abonnement " + d.pick("coûte ", "est facturé ", "revient à ")
        + d.fig.money(d.pick(List.of(new BigDecimal("9.99"), new BigDecimal("14.99"),
            new BigDecimal("19"), new BigDecimal("29"), new BigDecimal("4.99"))), "EUR")
        + d.pick(" par mois", " par mois", " par an") + d.pick(" pour les particuliers.",
            ", sans engagement.", " la première année."));
    add("salary", d -> "Le salaire médian d'un " + d.pick("ingénieur en IA",
        "développeur expérimenté", "chef de projet", "data scientist") + " atteint "
        + d.fig.money(d.amount(35000, 120000).setScale(-3, RoundingMode.HALF_EVEN), "EUR")
        + " brut par an à " + d.pick(CITIES) + ".");
    add("cost-range", d -> {
      double low = d.pick(List.of(5e6, 1e7, 2e7, 4e7, 1e8, 2e8, 1e9, 2e9));
      BigDecimal a = BigDecimal.valueOf(low);
      BigDecimal b = a.multiply(BigDecimal.valueOf(d.pick(List.of(1.5, 2.0, 3.0))));
      return "Le coût du " + d.pick("chantier", "projet", "programme", "nouveau site")
          + " est estimé " + d.fig.moneyRange(a, b, "EUR") + ".";
    });
    add("approx-count", d -> capitalized(d.pick("une centaine", "une cinquantaine",
        "une vingtaine", "des dizaines", "un millier", "une trentaine")) + " de "
        + d.pick("chercheurs", "salariés", "bénévoles", "ingénieurs", "élus") + " "
        + d.pick("travaillent sur le projet.", "ont signé la tribune.",
            "ont été mobilisés.", "participent à l'expérimentation."));
    add("ago", d -> capitalized(d.pick("il y a trois ans", "il y a cinq ans", "il y a deux ans",
        "il y a dix ans")) + ", la start-up ne comptait que "
        + d.fig.count(d.between(2, 12), "salariés", false) + ".");
    add("deadline", d -> "D'ici " + (d.year() + d.between(2, 8)) + ", le groupe prévoit d'ouvrir "
        + d.fig.count(d.between(2, 40), "nouveaux sites", false) + " en Europe.");
    add("decade", d -> "Depuis les années " + d.pick("1990", "2000", "2010") + ", le secteur "
        + d.pick("a profondément changé", "s'est concentré", "a doublé de taille") + ".");
    add("century", d -> "Au XXIe siècle, " + d.pick("l'énergie", "la donnée", "le calcul")
        + " est devenu un enjeu de souveraineté, " + d.pick("martèle", "répète", "rappelle")
        + " " + d.person.name() + ".");
    add("season", d -> capitalized(d.pick("au printemps", "à l'automne", "cet été",
        "l'hiver")) + d.pick(" " + (d.year() + 1), "") + (d.chance(0.5) ? "," : "")
        + " le groupe " + d.pick("lancera une nouvelle offre", "ouvrira un bureau à "
            + d.pick(CITIES), "présentera sa stratégie") + ".");
    add("month-part", d -> capitalized(d.pick("fin ", "début ", "mi-"))
        + Figures.month(d.date.plusMonths(d.between(1, 4)), d.chance(0.4))
        + ", " + d.pick("le conseil d'administration se prononcera sur l'opération",
            "les premières livraisons sont attendues", "le chantier doit démarrer") + ".");

    // ---- Conversions in parentheses ----
    add("conversion", Inconsistency.CONVERSION, d -> {
      String currency = d.pick("USD", "USD", "GBP", "CHF", "JPY", "CAD");
      double scale = currency.equals("JPY") ? 150 : 1;
      // "3 milliards" may be 2.5 to 3.5 and "environ" allows 10 %: a planted error is written
      // with three digits and no qualifier, so that it shows.
      boolean planting = d.asked(Inconsistency.CONVERSION);
      BigDecimal amount = d.amount(2e6 * scale, 8e9 * scale);
      while (planting && amount.precision() < 3) {
        amount = d.amount(2e6 * scale, 8e9 * scale, 3);
      }
      Optional<BigDecimal> euros = d.inEuros(amount, currency);
      if (euros.isEmpty()) {
        return null;
      }
      String converted = d.fig.money(amount, currency) + " ("
          + (planting ? d.pick("", "soit ") : d.pick("", "", "environ ", "soit ", "près de "))
          + d.fig.money(euros.get(), "EUR") + ")";
      return d.pick(
          "Le groupe a déboursé " + converted + " pour racheter un concurrent "
              + d.pick("américain", "britannique", "canadien", "japonais", "suisse") + ".",
          "Le contrat, d'un montant de " + converted + ", a été signé " + recently(d) + ".",
          "Le programme est doté de " + converted + " sur cinq ans.",
          "La facture atteint " + converted + ", un record pour le secteur.");
    });

    // ---- A whole and its parts ----
    add("budget-parts", Inconsistency.PARTS, d -> {
      BigDecimal whole = d.pick(List.of(new BigDecimal("12e9"), new BigDecimal("30e9"),
          new BigDecimal("4e9"), new BigDecimal("800e6"), new BigDecimal("150e6"),
          new BigDecimal("2.5e9")));
      BigDecimal first = whole.multiply(BigDecimal.valueOf(d.between(35, 55)))
          .divide(BigDecimal.valueOf(100));
      BigDecimal second = whole.multiply(BigDecimal.valueOf(d.between(20, 40)))
          .divide(BigDecimal.valueOf(100));
      if (d.asked(Inconsistency.PARTS)) {
        second = whole.subtract(first).multiply(new BigDecimal("1.5"));
        d.planted(Inconsistency.PARTS);
      }
      boolean billions = whole.compareTo(new BigDecimal("1e9")) >= 0;
      BigDecimal unit = billions ? new BigDecimal("1e9") : new BigDecimal("1e6");
      String word = billions ? " milliards" : " millions";
      first = Figures.significant(first.divide(unit), 2);
      second = Figures.significant(second.divide(unit), 2);
      return d.pick("Le plan de relance", "Le programme régional", "Le fonds", "L'enveloppe")
          + " " + d.pick("atteint ", "représente ", "totalise ") + d.fig.money(whole, "EUR")
          + ", dont " + d.fig.number(first) + word + " pour " + d.pick(USES) + " et "
          + d.fig.number(second) + word + " pour " + d.pick(USES) + ".";
    });
    add("count-parts", Inconsistency.PARTS, d -> {
      int whole = d.between(20, 600);
      int part = d.between(whole / 5, whole * 3 / 4);
      if (d.asked(Inconsistency.PARTS)) {
        part = whole + d.between(3, whole / 2 + 3);
        d.planted(Inconsistency.PARTS);
      }
      return capitalized(d.pick(EVENTS)) + " " + d.pick("réunit ", "accueille ", "rassemble ")
          + d.fig.number(whole) + " entreprises, dont " + d.fig.number(part) + " "
          + d.pick("françaises", "américaines", "japonaises", "italiennes", "britanniques") + ".";
    });
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  /**
   * The deal between two parties at this date: the one in the news, or a new one. A funding
   * round is the target's round in the news, whoever the investor named.
   */
  private static World.Deal deal(Draft d, String investor, String target, boolean round) {
    World.Deal known = round ? d.world.roundOf(target, d.date)
        : d.world.dealBetween(investor, target, d.date);
    if (known != null) {
      return known;
    }
    BigDecimal amount = d.amount(5e6, 2e9);
    World.Deal deal = new World.Deal(investor, target, amount, currencyOf(target), d.date, round);
    d.world.announce(deal);
    return deal;
  }

  // ---- Sentences without figures -------------------------------------------------------------

  private static final String[] SUBJECTS = {
    "Les analystes", "Plusieurs investisseurs", "Les syndicats", "Les dirigeants du secteur",
    "Les observateurs", "Les élus locaux", "Les économistes", "Les concurrents européens",
    "Les clients", "Les chercheurs", "Les associations de consommateurs", "Les marchés"
  };
  private static final String[] SUBJECTS_SINGULAR = {
    "Le gouvernement", "Bercy", "La Commission", "Le patronat", "L'opposition",
    "Le rapporteur du texte", "La direction"
  };
  /** Verbs in the plural and the singular, all followed by the indicative. */
  private static final String[][] VERBS = {
    {"estiment", "estime"}, {"jugent", "juge"}, {"soulignent", "souligne"},
    {"rappellent", "rappelle"}, {"constatent", "constate"}, {"notent", "note"},
    {"assurent", "assure"}, {"font valoir", "fait valoir"}, {"reconnaissent", "reconnaît"},
    {"affirment", "affirme"}
  };
  private static final String[] CLAIMS = {
    "que la concurrence reste vive dans le secteur",
    "que la régulation européenne doit rester lisible",
    "que les besoins en puissance de calcul explosent",
    "que la souveraineté numérique a un coût",
    "que le ralentissement économique pèse sur les commandes",
    "que les talents restent difficiles à recruter",
    "que les tarifs de l'électricité freinent les projets industriels",
    "que la dépendance aux fournisseurs américains inquiète",
    "que les start-up peinent à lever des fonds en phase de croissance",
    "que la transparence des algorithmes progresse trop lentement",
    "que le modèle économique de l'IA générative reste à démontrer",
    "que la consolidation du marché est inévitable"
  };
  private static final String[] STANDALONE = {
    "Les discussions se poursuivent.",
    "La décision est attendue avec impatience par les acteurs du secteur.",
    "Rien n'est encore tranché.",
    "L'opération doit encore recevoir le feu vert des autorités de la concurrence.",
    "Le calendrier reste toutefois incertain.",
    "Cette annonce intervient dans un contexte tendu.",
    "La société n'a pas souhaité commenter ces informations.",
    "Le projet suscite déjà des critiques.",
    "Le dossier est suivi de près à Bercy.",
    "Un accord pourrait être trouvé rapidement.",
    "La question de la gouvernance n'est pas réglée.",
    "Les premiers résultats sont jugés encourageants.",
    "Le ministère de l'Économie se dit attentif à la situation.",
    "Les modalités précises de l'accord n'ont pas été rendues publiques.",
    "Cette stratégie ne fait pas l'unanimité en interne.",
    "Le sujet sera au menu du prochain conseil des ministres.",
    "L'entreprise mise sur ses partenariats avec les universités.",
    "La concurrence chinoise se fait de plus en plus pressante.",
    "Le groupe assure disposer de la trésorerie nécessaire.",
    "Les détails du montage financier restent confidentiels.",
    "« C'est une étape importante pour nous », se félicite la direction.",
    "« Nous restons prudents », tempère un cadre du groupe.",
    "Reste à savoir si le marché suivra.",
    "Le secteur retient son souffle."
  };

  static String filler(Draft d) {
    return switch (d.r.nextInt(6)) {
      case 0 -> d.pick(SUBJECTS) + " " + VERBS[d.r.nextInt(VERBS.length)][0] + " "
          + d.pick(CLAIMS) + ".";
      case 1 -> d.pick(SUBJECTS_SINGULAR) + " " + VERBS[d.r.nextInt(VERBS.length)][1] + " "
          + d.pick(CLAIMS) + ".";
      case 2 -> "Selon " + d.pick(MEDIA) + ", " + d.org + " " + d.pick(
          "prépare une réorganisation de ses activités européennes.",
          "étudie plusieurs options stratégiques.",
          "pourrait annoncer un partenariat industriel.",
          "négocie avec plusieurs fonds souverains.",
          "souhaite renforcer sa présence en Asie.");
      case 3 -> "« " + capitalized(d.pick(CLAIMS).replaceFirst("^que ", "")) + " », "
          + d.pick("estime ", "résume ", "observe ") + attribution(d) + ".";
      case 4 -> d.org + " " + d.pick("n'a pas souhaité réagir.",
          "se dit confiant pour la suite.", "promet davantage de transparence.",
          "veut accélérer dans " + d.pick(SECTORS) + ".",
          "affiche de grandes ambitions sur le marché européen.");
      default -> d.pick(STANDALONE);
    };
  }

  /**
   * A sentence with figures. When {@code d.request} is set, a template that can plant it is
   * tried first, then templates planting the other kinds (a deal can only be misquoted once
   * one is in the news).
   */
  static String figures(Draft d) {
    if (d.request != null) {
      List<Inconsistency> kinds = new ArrayList<>(List.of(Inconsistency.values()));
      kinds.remove(d.request);
      kinds.add(0, d.request);
      for (Inconsistency kind : kinds) {
        List<Template> candidates = new ArrayList<>(TEMPLATES.stream()
            .filter(t -> t.plants() == kind).toList());
        while (!candidates.isEmpty()) {
          Template t = pickTemplate(d, candidates);
          candidates.remove(t);
          d.request = kind;
          String s = t.body().apply(d);
          if (s != null) {
            d.request = null;
            return elide(s);
          }
        }
      }
      d.request = null;
    }
    for (int attempt = 0; attempt < 20; attempt++) {
      String s = pickTemplate(d, TEMPLATES).body().apply(d);
      if (s != null) {
        return elide(s);
      }
    }
    return filler(d);
  }
}
