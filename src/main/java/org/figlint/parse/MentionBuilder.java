package org.figlint.parse;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.figlint.parse.generated.FrenchLexer;
import org.figlint.parse.generated.FrenchParser;
import org.figlint.parse.generated.FrenchParserBaseVisitor;
import org.figlint.value.Count;
import org.figlint.value.DateInterval;
import org.figlint.value.Grain;
import org.figlint.value.Money;
import org.figlint.value.Percent;
import org.figlint.value.Period;
import org.figlint.value.Qualifier;
import org.figlint.value.Value;

/**
 * Builds the value of one parsed mention. Returns null when the parse is not a figure after all
 * (a time of day, a noun that is not counted, an impossible date).
 */
final class MentionBuilder extends FrenchParserBaseVisitor<Value> {
  private static final BigDecimal HALF = new BigDecimal("0.5");

  /** Words after a number that are not counted things. */
  private static final Set<String> NOT_COUNTED =
      Set.of(
          "heures", "heure", "minutes", "minute", "secondes", "seconde", "décennies", "fois",
          "km", "m", "cm", "mm", "kg", "g", "mg", "t", "l", "ml", "cl", "kw", "kwh", "mw", "mwh",
          "gw", "gwh", "tw", "twh", "w", "go", "mo", "ko", "to", "gb", "mb", "tb", "ha", "hectares",
          "mètres", "metres", "kilomètres", "kilometres", "kilos", "kilogrammes", "grammes",
          "litres", "degrés", "degres", "tonnes", "points", "sur", "pour", "dans", "avec", "sans",
          "sous", "chez", "vers", "contre", "selon", "ses", "leurs", "nos", "vos", "mes", "ces",
          "tes", "son", "sa", "leur", "notre", "votre", "ils", "elles", "on", "qui", "que", "se",
          "ne", "est", "sont", "ont", "rue", "rues", "avenue", "boulevard", "bd", "allée",
          "chemin", "route", "quai", "impasse", "plus", "moins", "fr", "mn", "ms", "etc", "cette",
          "après", "avant", "depuis", "pendant", "puis", "alors", "aussi", "très", "trop", "bis",
          "ter", "pas", "km/h", "nuits", "jours", "ans", "années", "mois", "semaines", "siècles",
          "h", "min", "s", "sec", "décès");

  /** Adjectives that, after "dont N", stand for the noun of the whole ("dont 20 françaises"). */
  private final DateResolver dates;

  MentionBuilder(LocalDate reference) {
    this.dates = new DateResolver(reference);
  }

  // ---- Mentions ---------------------------------------------------------------------------

  @Override
  public Value visitMoneyMention(FrenchParser.MoneyMentionContext ctx) {
    return visit(ctx.money());
  }

  @Override
  public Value visitPercentMention(FrenchParser.PercentMentionContext ctx) {
    return visit(ctx.percent());
  }

  @Override
  public Value visitCountMention(FrenchParser.CountMentionContext ctx) {
    return visit(ctx.count());
  }

  @Override
  public Value visitDateMention(FrenchParser.DateMentionContext ctx) {
    return visit(ctx.date());
  }

  /** A bare scaled amount: money whose currency the extractor takes from the context. */
  @Override
  public Value visitBareAmountMention(FrenchParser.BareAmountMentionContext ctx) {
    FrenchParser.BareAmountContext b = ctx.bareAmount();
    BigDecimal v = number(b.number());
    if (v == null) {
      return null;
    }
    if (b.DEMI() != null) {
      v = v.add(HALF);
    }
    for (int i = 0; i < b.getChildCount(); i++) {
      if (b.getChild(i) instanceof TerminalNode t) {
        switch (t.getSymbol().getType()) {
          case FrenchLexer.MILLION -> v = v.multiply(BigDecimal.valueOf(1_000_000L));
          case FrenchLexer.MILLIARD -> v = v.multiply(BigDecimal.valueOf(1_000_000_000L));
          case FrenchLexer.BILLION -> v = v.multiply(BigDecimal.valueOf(1_000_000_000_000L));
          default -> { }
        }
      }
    }
    BigDecimal base = number(b.number());
    BigDecimal unit = v.divide(base.signum() == 0 ? BigDecimal.ONE : base,
        java.math.MathContext.DECIMAL64).scaleByPowerOfTen(-Math.max(0, base.scale()));
    return new Money(v, UNKNOWN_CURRENCY, qualifier(b.qualifier()), null, null, null, List.of(),
        b.DEMI() != null ? null : unit);
  }

  /** A bare number: a count whose noun the extractor takes from its whole, if any. */
  @Override
  public Value visitBareNumberMention(FrenchParser.BareNumberMentionContext ctx) {
    FrenchParser.BareNumberContext b = ctx.bareNumber();
    if (b.sign() == null && Numbers.isPlainYear(b.NUMBER().getText())) {
      return dates.year(Integer.parseInt(b.NUMBER().getText()));
    }
    BigDecimal v = Numbers.digits(b.NUMBER().getText());
    if (v != null && b.sign() != null) {
      v = v.negate();
    }
    if (v == null || v.signum() <= 0 || v.stripTrailingZeros().scale() > 0) {
      return null;
    }
    return new Count(v, UNKNOWN_UNIT, Qualifier.EXACT);
  }

  /** The noun of a bare number until the extractor resolves it. */
  static final String UNKNOWN_UNIT = "";

  /** The currency of a bare amount until the extractor resolves it. */
  static final String UNKNOWN_CURRENCY = "";

  @Override
  public Value visitIgnoredMention(FrenchParser.IgnoredMentionContext ctx) {
    return null;
  }

  // ---- Numbers ----------------------------------------------------------------------------

  BigDecimal number(FrenchParser.NumberContext ctx) {
    BigDecimal value;
    FrenchParser.SignContext sign;
    if (ctx instanceof FrenchParser.DigitNumberContext d) {
      value = Numbers.digits(d.NUMBER().getText());
      sign = d.sign();
    } else {
      FrenchParser.WordNumberContext w = (FrenchParser.WordNumberContext) ctx;
      value = spelled(w.spelled());
      sign = w.sign();
    }
    if (value == null) {
      return null;
    }
    return sign != null ? value.negate() : value;
  }

  private static BigDecimal countNumber(FrenchParser.CountNumberContext ctx) {
    if (ctx.NUMBER() != null) {
      return Numbers.digits(ctx.NUMBER().getText());
    }
    List<String> words = new ArrayList<>();
    if (ctx.countWord() != null) {
      words.add(ctx.countWord().getText());
    } else {
      words.add(ctx.tens().getText());
      words.add(ctx.getChild(2).getText());
    }
    addAtoms(words, ctx.spelledAtom());
    return wordsValue(words);
  }

  private static void addAtoms(List<String> words, List<FrenchParser.SpelledAtomContext> atoms) {
    for (FrenchParser.SpelledAtomContext atom : atoms) {
      if (atom instanceof FrenchParser.TensAndOneContext t) {
        words.add(t.tens().getText());
        words.add(t.getChild(2).getText());
      } else {
        words.add(atom.getText());
      }
    }
  }

  private static BigDecimal spelled(FrenchParser.SpelledContext ctx) {
    List<String> words = new ArrayList<>();
    addAtoms(words, ctx.spelledAtom());
    return wordsValue(words);
  }

  private static BigDecimal wordsValue(List<String> words) {
    if (words.size() == 1) {
      String w = words.get(0).toLowerCase(Locale.ROOT);
      if (w.equals("cent") || w.equals("mille")) {
        return null;
      }
    }
    return Numbers.words(words);
  }

  private static BigDecimal scaleValue(FrenchParser.ScaleContext ctx) {
    Token t = ctx.getStart();
    return switch (t.getType()) {
      case FrenchLexer.MILLE, FrenchLexer.SCALE_K -> BigDecimal.valueOf(1_000L);
      case FrenchLexer.MILLION, FrenchLexer.SCALE_M -> BigDecimal.valueOf(1_000_000L);
      case FrenchLexer.MILLIARD, FrenchLexer.SCALE_MD -> BigDecimal.valueOf(1_000_000_000L);
      default -> BigDecimal.valueOf(1_000_000_000_000L);
    };
  }

  /** A magnitude's base number, its scale product (1 when none) and the value. */
  private record Magnitude(BigDecimal base, BigDecimal scale, boolean scaled) {
    BigDecimal value() {
      return base.multiply(scale);
    }

    /** The unit of the last written digit, when a scale word was written. */
    BigDecimal unit() {
      if (!scaled) {
        return null;
      }
      return scale.scaleByPowerOfTen(-Math.max(0, base.scale()));
    }
  }

  private Magnitude magnitude(FrenchParser.MagnitudeContext ctx) {
    if (ctx instanceof FrenchParser.HalfScaleContext h) {
      return new Magnitude(HALF, scaleValue(h.scale()), true);
    }
    FrenchParser.ScaledNumberContext s = (FrenchParser.ScaledNumberContext) ctx;
    BigDecimal base = number(s.number());
    if (base == null) {
      return null;
    }
    BigDecimal scale = BigDecimal.ONE;
    for (FrenchParser.ScaleContext sc : s.scale()) {
      scale = scale.multiply(scaleValue(sc));
    }
    if (s.DEMI() != null) {
      if (s.scale().isEmpty()) {
        return null;
      }
      base = base.add(HALF);
    }
    return new Magnitude(base, scale, !s.scale().isEmpty());
  }

  private static Qualifier qualifier(FrenchParser.QualifierContext ctx) {
    if (ctx == null) {
      return Qualifier.EXACT;
    }
    if (ctx instanceof FrenchParser.AboutContext) {
      return Qualifier.ABOUT;
    }
    if (ctx instanceof FrenchParser.MoreThanContext) {
      return Qualifier.MORE_THAN;
    }
    if (ctx instanceof FrenchParser.AtLeastContext) {
      return Qualifier.AT_LEAST;
    }
    if (ctx instanceof FrenchParser.LessThanContext) {
      return Qualifier.LESS_THAN;
    }
    return Qualifier.AT_MOST;
  }

  // ---- Money ------------------------------------------------------------------------------

  @Override
  public Value visitMoney(FrenchParser.MoneyContext ctx) {
    if (isBook(ctx)) {
      return null;
    }
    Qualifier q = qualifier(ctx.qualifier());
    Period period = period(ctx.rate());
    FrenchParser.MoneyCoreContext core = ctx.moneyCore();
    if (core instanceof FrenchParser.MoneyPlainContext p) {
      Magnitude m = magnitude(p.magnitude());
      CurrencyNames.Resolved c = currency(p.currency());
      if (m == null || c == null) {
        return null;
      }
      return new Money(m.value(), c.code(), q, null, null, period, c.alternatives(), m.unit());
    }
    if (core instanceof FrenchParser.MoneyPrefixedContext p) {
      Magnitude m = magnitude(p.magnitude());
      CurrencyNames.Resolved c = CurrencyNames.resolve(p.currencySymbol().getText(), null);
      if (m == null || c == null) {
        return null;
      }
      return new Money(m.value(), c.code(), q, null, null, period, c.alternatives(), m.unit());
    }
    FrenchParser.MoneyRangeContext r = (FrenchParser.MoneyRangeContext) core;
    Magnitude low = magnitude(r.magnitude(0));
    Magnitude high = magnitude(r.magnitude(1));
    CurrencyNames.Resolved c = currency(r.currency(r.currency().size() - 1));
    if (low == null || high == null || c == null) {
      return null;
    }
    BigDecimal lowValue = low.value();
    if (!low.scaled() && high.scaled() && low.base().compareTo(high.base()) < 0) {
      lowValue = low.base().multiply(high.scale());
    }
    BigDecimal highValue = high.value();
    if (lowValue.compareTo(highValue) > 0) {
      return null;
    }
    return new Money(null, c.code(), q, lowValue, highValue, period, c.alternatives(),
        high.unit());
  }

  /**
   * "un livre", "deux livres": books, not pounds. The pound is feminine ("une livre") and, with
   * a spelled-out number, needs a scale word or "sterling".
   */
  private static boolean isBook(FrenchParser.MoneyContext ctx) {
    if (!(ctx.moneyCore() instanceof FrenchParser.MoneyPlainContext p)) {
      return false;
    }
    FrenchParser.CurrencyNameContext name = p.currency().currencyName();
    if (name == null || name.LIVRES() == null || name.STERLING() != null
        || name.CURRENCY_ADJ() != null) {
      return false;
    }
    if (!(p.magnitude() instanceof FrenchParser.ScaledNumberContext s) || !s.scale().isEmpty()
        || p.currency().DE() != null || p.currency().D_APOS() != null) {
      return false;
    }
    return s.number() instanceof FrenchParser.WordNumberContext w
        && !w.spelled().getText().equalsIgnoreCase("une");
  }

  private static CurrencyNames.Resolved currency(FrenchParser.CurrencyContext ctx) {
    if (ctx.ISO_CURRENCY() != null) {
      return CurrencyNames.resolve(ctx.ISO_CURRENCY().getText(), null);
    }
    if (ctx.currencySymbol() != null) {
      TerminalNode adj = ctx.CURRENCY_ADJ();
      return CurrencyNames.resolve(
          ctx.currencySymbol().getText(), adj == null ? null : adj.getText());
    }
    FrenchParser.CurrencyNameContext name = ctx.currencyName();
    String adjective = null;
    if (name.getChildCount() > 1) {
      adjective = name.getChild(1).getText();
    }
    return CurrencyNames.resolve(name.getChild(0).getText(), adjective);
  }

  private static Period period(FrenchParser.RateContext ctx) {
    if (ctx == null) {
      return null;
    }
    if (ctx.ANNUEL() != null) {
      return Period.YEAR;
    }
    if (ctx.MENSUEL() != null) {
      return Period.MONTH;
    }
    Token unit = ctx.getStop();
    return switch (unit.getType()) {
      case FrenchLexer.MOIS -> Period.MONTH;
      case FrenchLexer.SEMAINE -> Period.WEEK;
      case FrenchLexer.JOUR -> Period.DAY;
      default -> Period.YEAR;
    };
  }

  // ---- Percent ----------------------------------------------------------------------------

  @Override
  public Value visitPercentValue(FrenchParser.PercentValueContext ctx) {
    BigDecimal v = number(ctx.number());
    return v == null ? null : new Percent(v, qualifier(ctx.qualifier()), false);
  }

  /** The type of the token just before the mention, set by the extractor. */
  int previousTokenType = -1;

  /** The text of that token. */
  String previousTokenText = "";

  /** Verbs after which "N points" are percentage points when N is written in digits. */
  private static final Set<String> POINT_VERBS = Set.of(
      "gagné", "gagne", "gagnent", "perdu", "perd", "perdent", "cédé", "cède", "cèdent",
      "reculé", "recule", "reculent", "progressé", "progresse", "progressent", "grimpé",
      "grimpe", "chuté", "chute", "augmenté", "augmente", "baissé", "baisse", "pris", "prend",
      "abandonné", "abandonne", "bondi", "bondit", "glissé", "glisse");

  /**
   * "de 2 points", "0,3 point", "2 points de pourcentage": percentage points, not the points
   * of a score or a driving licence.
   */
  @Override
  public Value visitPercentPoints(FrenchParser.PercentPointsContext ctx) {
    BigDecimal v = number(ctx.number());
    if (v == null) {
      return null;
    }
    boolean clear = ctx.POURCENTAGE() != null || v.scale() > 0
        || previousTokenType == FrenchLexer.DE || previousTokenType == FrenchLexer.D_APOS
        || (ctx.number() instanceof FrenchParser.DigitNumberContext
            && POINT_VERBS.contains(previousTokenText.toLowerCase(Locale.ROOT)));
    return clear ? new Percent(v, qualifier(ctx.qualifier()), true) : null;
  }

  /** "un quart des salariés" is 25 %, "les deux tiers" about 66.7 %, "la moitié" 50 %. */
  @Override
  public Value visitPercentFraction(FrenchParser.PercentFractionContext ctx) {
    FrenchParser.FractionContext f = ctx.fraction();
    Qualifier q = qualifier(ctx.qualifier());
    if (f.MOITIE() != null) {
      return new Percent(BigDecimal.valueOf(50), q, false);
    }
    long count = 1;
    if (f.numWord() != null) {
      BigDecimal n = Numbers.words(List.of(f.numWord().getText()));
      if (n == null || n.compareTo(BigDecimal.valueOf(3)) > 0) {
        return null;
      }
      count = n.longValue();
    } else if (f.FIRST() != null) {
      return null;
    } else if (f.UN() == null && f.LES() == null) {
      return null;
    }
    if (f.QUART() != null) {
      return new Percent(BigDecimal.valueOf(25 * count), q, false);
    }
    if (count > 2) {
      return null;
    }
    BigDecimal third = new BigDecimal(count * 100).divide(BigDecimal.valueOf(3), 1,
        java.math.RoundingMode.HALF_EVEN);
    return new Percent(third, q == Qualifier.EXACT ? Qualifier.ABOUT : q, false);
  }

  // ---- Counts -----------------------------------------------------------------------------

  @Override
  public Value visitPlainCount(FrenchParser.PlainCountContext ctx) {
    BigDecimal v = countNumber(ctx.countNumber());
    String noun = ctx.countNoun().getText();
    if (v == null || v.signum() <= 0 || !countable(noun, v)) {
      return null;
    }
    if (v.compareTo(BigDecimal.ONE) == 0) {
      return null;
    }
    if (v.stripTrailingZeros().scale() > 0) {
      return null;
    }
    return new Count(v, noun, qualifier(ctx.qualifier()));
  }

  @Override
  public Value visitScaledCount(FrenchParser.ScaledCountContext ctx) {
    BigDecimal v = number(ctx.number());
    String noun = ctx.countNoun().getText();
    if (v == null || v.signum() <= 0 || !countable(noun, BigDecimal.TEN)) {
      return null;
    }
    for (FrenchParser.ScaleContext sc : ctx.scale()) {
      if (sc.SCALE_K() != null || sc.SCALE_M() != null || sc.SCALE_MD() != null) {
        return null;
      }
      v = v.multiply(scaleValue(sc));
    }
    return new Count(v, noun, qualifier(ctx.qualifier()));
  }

  /**
   * Nouns of sums of money: "40 milliards de baisses de dépenses" after an amount in euros of the
   * same sentence is an amount in euros too. Not the ambiguous ones ("amendes", "ventes").
   */
  private static final Set<String> MONEY_NOUNS = Set.of(
      "économies", "économie", "dépenses", "dépense", "recettes", "bénéfices", "bénéfice",
      "dividendes", "dettes", "pertes", "investissements", "subventions", "aides", "crédits",
      "prêts", "emprunts", "financements", "baisses", "hausses", "coupes", "réductions",
      "allègements", "exonérations", "cotisations", "revenus", "impôts", "taxes", "exportations",
      "importations", "dégâts", "impayés", "profits", "gains", "déficits", "excédents", "sommes",
      "surcoûts", "ressources", "charges", "provisions");

  /**
   * The amount that a scaled count of a money noun stands for ("40 milliards de baisses"), its
   * currency unknown as a bare amount's, or null for another count. Its text ends at the scale.
   */
  Money scaledAmount(FrenchParser.ScaledCountContext ctx) {
    if (!MONEY_NOUNS.contains(ctx.countNoun().getText().toLowerCase(Locale.ROOT))) {
      return null;
    }
    BigDecimal base = number(ctx.number());
    if (base == null || base.signum() <= 0) {
      return null;
    }
    BigDecimal v = base;
    for (FrenchParser.ScaleContext sc : ctx.scale()) {
      v = v.multiply(scaleValue(sc));
    }
    BigDecimal unit = v.divide(base, java.math.MathContext.DECIMAL64)
        .scaleByPowerOfTen(-Math.max(0, base.scale()));
    return new Money(v, UNKNOWN_CURRENCY, qualifier(ctx.qualifier()), null, null, null, List.of(),
        unit);
  }

  @Override
  public Value visitApproxCount(FrenchParser.ApproxCountContext ctx) {
    String noun = ctx.countNoun().getText();
    if (!countable(noun, BigDecimal.TEN)) {
      return null;
    }
    String word = ctx.APPROX_NOUN().getText().toLowerCase(Locale.ROOT);
    boolean plural = word.endsWith("s");
    String stem = plural ? word.substring(0, word.length() - 1) : word;
    long value =
        switch (stem) {
          case "dizaine" -> 10;
          case "douzaine" -> 12;
          case "quinzaine" -> 15;
          case "vingtaine" -> 20;
          case "trentaine" -> 30;
          case "quarantaine" -> 40;
          case "cinquantaine" -> 50;
          case "soixantaine" -> 60;
          case "centaine" -> 100;
          default -> 1000;
        };
    Qualifier q = plural || ctx.DES() != null ? Qualifier.AT_LEAST : Qualifier.ABOUT;
    return new Count(BigDecimal.valueOf(value), noun, q);
  }

  private static boolean countable(String noun, BigDecimal value) {
    if (noun.isEmpty() || Character.isUpperCase(noun.charAt(0)) || noun.length() < 2) {
      return false;
    }
    String lower = noun.toLowerCase(Locale.ROOT);
    if (NOT_COUNTED.contains(lower)) {
      return false;
    }
    if (value.compareTo(BigDecimal.ONE) > 0 && lower.indexOf('-') < 0) {
      char last = lower.charAt(lower.length() - 1);
      return last == 's' || last == 'x' || last == 'z';
    }
    return true;
  }

  // ---- Dates ------------------------------------------------------------------------------

  @Override
  public Value visitDate(FrenchParser.DateContext ctx) {
    return visit(ctx.getChild(0));
  }

  private static int month(FrenchParser.MonthNameContext ctx) {
    String m = ctx.getText().toLowerCase(Locale.ROOT);
    if (m.startsWith("jan")) return 1;
    if (m.startsWith("f")) return 2;
    if (m.startsWith("mar")) return 3;
    if (m.startsWith("av")) return 4;
    if (m.startsWith("mai")) return 5;
    if (m.startsWith("juin")) return 6;
    if (m.startsWith("juil")) return 7;
    if (m.startsWith("ao")) return 8;
    if (m.startsWith("sep")) return 9;
    if (m.startsWith("oct")) return 10;
    if (m.startsWith("nov")) return 11;
    return 12;
  }

  private static Integer year(FrenchParser.YearContext ctx) {
    if (ctx == null) {
      return null;
    }
    String t = ctx.getText();
    return Numbers.isPlainYear(t) ? Integer.parseInt(t) : -1;
  }

  private static int day(FrenchParser.DayContext ctx) {
    if (ctx.FIRST() != null) {
      return 1;
    }
    String t = ctx.getText();
    int i = 0;
    while (i < t.length() && Character.isDigit(t.charAt(i))) {
      i++;
    }
    if (i == 0 || i > 2) {
      return -1;
    }
    if (ctx.ORDINAL() != null && !t.substring(0, i).equals("1")) {
      return -1;
    }
    if (ctx.NUMBER() != null && i != t.length()) {
      return -1;
    }
    return Integer.parseInt(t.substring(0, i));
  }

  private static DayOfWeek weekday(TerminalNode node) {
    if (node == null) {
      return null;
    }
    return weekday(node.getText());
  }

  static DayOfWeek weekday(String text) {
    String w = text.toLowerCase(Locale.ROOT);
    return switch (w) {
      case "lundi" -> DayOfWeek.MONDAY;
      case "mardi" -> DayOfWeek.TUESDAY;
      case "mercredi" -> DayOfWeek.WEDNESDAY;
      case "jeudi" -> DayOfWeek.THURSDAY;
      case "vendredi" -> DayOfWeek.FRIDAY;
      case "samedi" -> DayOfWeek.SATURDAY;
      default -> DayOfWeek.SUNDAY;
    };
  }

  @Override
  public Value visitDayMonth(FrenchParser.DayMonthContext ctx) {
    int d = day(ctx.day());
    Integer y = year(ctx.year());
    if (d < 0 || (y != null && y < 0)) {
      return null;
    }
    return dates.day(d, month(ctx.monthName()), y, weekday(ctx.WEEKDAY()), null);
  }

  @Override
  public Value visitWeekdayDayOnly(FrenchParser.WeekdayDayOnlyContext ctx) {
    int d = day(ctx.day());
    if (d < 0) {
      return null;
    }
    return dates.dayOnly(d, weekday(ctx.WEEKDAY()));
  }

  @Override
  public Value visitDayRange(FrenchParser.DayRangeContext ctx) {
    List<FrenchParser.DayContext> days = ctx.day();
    List<FrenchParser.MonthNameContext> months = ctx.monthName();
    List<FrenchParser.YearContext> years = ctx.year();
    List<TerminalNode> weekdays = ctx.WEEKDAY();
    int firstDay = day(days.get(0));
    int lastDay = day(days.get(days.size() - 1));
    if (firstDay < 0 || lastDay < 0) {
      return null;
    }
    // The last month and year apply to every day that lacks its own.
    FrenchParser.MonthNameContext lastMonthCtx = months.get(months.size() - 1);
    int lastMonth = month(lastMonthCtx);
    int firstMonth = lastMonth;
    Integer lastYear = null;
    Integer firstYear = null;
    for (FrenchParser.YearContext yc : years) {
      Integer y = year(yc);
      if (y == null || y < 0) {
        return null;
      }
      if (yc.getStart().getTokenIndex() > lastMonthCtx.getStart().getTokenIndex()) {
        lastYear = y;
      } else {
        firstYear = y;
      }
    }
    if (months.size() > 1) {
      firstMonth = month(months.get(0));
    }
    DayOfWeek firstWeekday = null;
    DayOfWeek lastWeekday = null;
    if (!weekdays.isEmpty()) {
      TerminalNode first = weekdays.get(0);
      TerminalNode last = weekdays.get(weekdays.size() - 1);
      int firstDayIndex = days.get(0).getStart().getTokenIndex();
      int lastDayIndex = days.get(days.size() - 1).getStart().getTokenIndex();
      if (weekdays.size() >= 2 && ctx.getStart().getType() == FrenchLexer.WEEKDAY
          && ctx.getChild(1).getText().equalsIgnoreCase("et")) {
        // "samedi et dimanche 6 et 7 juin"
        firstWeekday = weekday(first);
        lastWeekday = weekday(last);
      } else {
        if (first.getSymbol().getTokenIndex() < firstDayIndex) {
          firstWeekday = weekday(first);
        }
        if (last.getSymbol().getTokenIndex() < lastDayIndex
            && last.getSymbol().getTokenIndex() > firstDayIndex) {
          lastWeekday = weekday(last);
        }
      }
    }
    DateInterval end = dates.day(lastDay, lastMonth, lastYear, lastWeekday, null);
    if (end == null) {
      return null;
    }
    Integer startYear = firstYear != null ? firstYear : lastYear;
    DateInterval start;
    if (end.resolved()) {
      int sy = startYear != null ? startYear : end.start().getYear();
      LocalDate s = DateResolver.safeDate(sy, firstMonth, firstDay);
      if (s != null && s.isAfter(end.start()) && firstYear == null) {
        s = months.size() > 1
            ? DateResolver.safeDate(sy - 1, firstMonth, firstDay)
            : DateResolver.safeDate(sy, firstMonth, firstDay) == null ? null
                : s.minusMonths(1);
      }
      if (s == null || s.isAfter(end.start())) {
        return null;
      }
      return new DateInterval(s, end.end(), Grain.DAY, lastYear, lastMonth, null, firstWeekday,
          lastWeekday, false);
    }
    start = null;
    return new DateInterval(null, null, Grain.DAY, lastYear, lastMonth, null, firstWeekday,
        lastWeekday, false);
  }

  @Override
  public Value visitMonthRange(FrenchParser.MonthRangeContext ctx) {
    int m1 = month(ctx.monthName(0));
    int m2 = month(ctx.monthName(1));
    Integer y1 = null;
    Integer y2 = null;
    for (FrenchParser.YearContext yc : ctx.year()) {
      Integer y = year(yc);
      if (y == null || y < 0) {
        return null;
      }
      if (yc.getStart().getTokenIndex() > ctx.monthName(1).getStart().getTokenIndex()) {
        y2 = y;
      } else {
        y1 = y;
      }
    }
    DateInterval end = dates.month(m2, y2, 1, 31);
    if (!end.resolved()) {
      return new DateInterval(null, null, Grain.MONTH, y2, null, null, null, null, false);
    }
    int sy = y1 != null ? y1 : (m1 <= m2 ? end.start().getYear() : end.start().getYear() - 1);
    LocalDate s = LocalDate.of(sy, m1, 1);
    if (s.isAfter(end.end())) {
      return null;
    }
    return dates.span(s, end.end(), Grain.MONTH, y2);
  }

  @Override
  public Value visitMonthDate(FrenchParser.MonthDateContext ctx) {
    Integer y = year(ctx.year());
    if (y != null && y < 0) {
      return null;
    }
    int m = month(ctx.monthName());
    FrenchParser.MonthPartContext part = ctx.monthPart();
    if (part == null) {
      return dates.month(m, y, 1, 31);
    }
    return switch (part.getStart().getType()) {
      case FrenchLexer.DEBUT -> dates.month(m, y, 1, 10);
      case FrenchLexer.MI -> dates.month(m, y, 11, 20);
      default -> dates.month(m, y, 21, 31);
    };
  }

  @Override
  public Value visitYearRange(FrenchParser.YearRangeContext ctx) {
    Integer y1 = year(ctx.year(0));
    Integer y2 = year(ctx.year(1));
    if (y1 < 0 || y2 < 0 || y2 < y1) {
      return null;
    }
    return dates.span(LocalDate.of(y1, 1, 1), LocalDate.of(y2, 12, 31), Grain.YEAR, y2);
  }

  private static int ordinal(FrenchParser.OrdinalContext ctx) {
    if (ctx.FIRST() != null) {
      return 1;
    }
    String t = ctx.getText().toLowerCase(Locale.ROOT);
    if (ctx.ORDINAL() != null) {
      int i = 0;
      while (i < t.length() && Character.isDigit(t.charAt(i))) {
        i++;
      }
      return i > 0 && i < 3 ? Integer.parseInt(t.substring(0, i)) : -1;
    }
    if (t.startsWith("deux") || t.startsWith("second")) return 2;
    if (t.startsWith("trois")) return 3;
    return 4;
  }

  @Override
  public Value visitSemester(FrenchParser.SemesterContext ctx) {
    return half(ordinal(ctx.ordinal()), year(ctx.year()));
  }

  @Override
  public Value visitHalfCode(FrenchParser.HalfCodeContext ctx) {
    return half(ctx.HALF_CODE().getText().charAt(1) - '0', year(ctx.year()));
  }

  private Value half(int n, Integer y) {
    if (n < 1 || n > 2 || (y != null && y < 0)) {
      return null;
    }
    return n == 1
        ? dates.within(y, 1, 1, 6, 30, Grain.HALF)
        : dates.within(y, 7, 1, 12, 31, Grain.HALF);
  }

  @Override
  public Value visitQuarter(FrenchParser.QuarterContext ctx) {
    return quarter(ordinal(ctx.ordinal()), year(ctx.year()));
  }

  @Override
  public Value visitQuarterCode(FrenchParser.QuarterCodeContext ctx) {
    return quarter(ctx.QUARTER_CODE().getText().charAt(1) - '0', year(ctx.year()));
  }

  private Value quarter(int n, Integer y) {
    if (n < 1 || n > 4 || (y != null && y < 0)) {
      return null;
    }
    int startMonth = (n - 1) * 3 + 1;
    return dates.within(y, startMonth, 1, startMonth + 2, 31, Grain.QUARTER);
  }

  @Override
  public Value visitWholeYear(FrenchParser.WholeYearContext ctx) {
    Integer y = year(ctx.year());
    return y < 0 ? null : dates.year(y);
  }

  @Override
  public Value visitYearPart(FrenchParser.YearPartContext ctx) {
    Integer y = year(ctx.year());
    if (y < 0) {
      return null;
    }
    return switch (ctx.monthPart().getStart().getType()) {
      case FrenchLexer.DEBUT -> dates.within(y, 1, 1, 4, 30, Grain.YEAR);
      case FrenchLexer.MI -> dates.within(y, 5, 1, 8, 31, Grain.YEAR);
      default -> dates.within(y, 9, 1, 12, 31, Grain.YEAR);
    };
  }

  @Override
  public Value visitSeasonDate(FrenchParser.SeasonDateContext ctx) {
    Integer y = year(ctx.year());
    if (y != null && y < 0) {
      return null;
    }
    String season = ctx.SEASON().getText().toLowerCase(Locale.ROOT);

    return switch (season) {
      case "printemps" -> dates.within(y, 3, 20, 6, 20, Grain.SEASON);
      case "été" -> dates.within(y, 6, 21, 9, 22, Grain.SEASON);
      case "automne" -> dates.within(y, 9, 23, 12, 20, Grain.SEASON);
      default -> dates.within(y, 12, 21, 3, 19, Grain.SEASON);
    };
  }

  @Override
  public Value visitDecade(FrenchParser.DecadeContext ctx) {
    BigDecimal v;
    if (ctx.NUMBER() != null) {
      v = Numbers.digits(ctx.NUMBER().getText());
    } else {
      v = spelled(ctx.spelled());
    }
    if (v == null || v.scale() > 0 || v.signum() < 0
        || v.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
      return null;
    }
    int n = v.intValue();
    if (n < 100 && n % 10 == 0) {
      n += n >= 20 ? 1900 : 2000;
    }
    if (n < 1000 || n > 2190 || n % 10 != 0) {
      return null;
    }
    return dates.span(LocalDate.of(n, 1, 1), LocalDate.of(n + 9, 12, 31), Grain.DECADE, null);
  }

  @Override
  public Value visitCentury(FrenchParser.CenturyContext ctx) {
    String roman = ctx.ROMAN_ORD().getText();
    int n = 0;
    int prev = 0;
    for (int i = roman.length() - 1; i >= 0; i--) {
      int v =
          switch (roman.charAt(i)) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            default -> 0;
          };
      if (v == 0) {
        continue;
      }
      n += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    if (n < 1 || n > 22) {
      return null;
    }
    return dates.span(LocalDate.of((n - 1) * 100 + 1, 1, 1), LocalDate.of(n * 100, 12, 31),
        Grain.CENTURY, null);
  }

  // ---- Relative dates ---------------------------------------------------------------------

  @Override
  public Value visitYesterday(FrenchParser.YesterdayContext ctx) {
    return dates.relative(Grain.DAY, -1);
  }

  @Override
  public Value visitDayBeforeYesterday(FrenchParser.DayBeforeYesterdayContext ctx) {
    return dates.relative(Grain.DAY, -2);
  }

  @Override
  public Value visitToday(FrenchParser.TodayContext ctx) {
    return dates.relative(Grain.DAY, 0);
  }

  @Override
  public Value visitTomorrow(FrenchParser.TomorrowContext ctx) {
    return dates.relative(Grain.DAY, 1);
  }

  @Override
  public Value visitDayAfterTomorrow(FrenchParser.DayAfterTomorrowContext ctx) {
    return dates.relative(Grain.DAY, 2);
  }

  private static int direction(TerminalNode last, TerminalNode next) {
    return last != null ? -1 : next != null ? 1 : 0;
  }

  @Override
  public Value visitRelativeWeek(FrenchParser.RelativeWeekContext ctx) {
    if (ctx.LA() != null && ctx.DERNIER() == null && ctx.PROCHAIN() == null) {
      return null;
    }
    return dates.relative(Grain.WEEK, direction(ctx.DERNIER(), ctx.PROCHAIN()));
  }

  @Override
  public Value visitRelativeMonth(FrenchParser.RelativeMonthContext ctx) {
    if (ctx.LE() != null && ctx.DERNIER() == null && ctx.PROCHAIN() == null) {
      return null;
    }
    return dates.relative(Grain.MONTH, direction(ctx.DERNIER(), ctx.PROCHAIN()));
  }

  @Override
  public Value visitRelativeYear(FrenchParser.RelativeYearContext ctx) {
    return dates.relative(Grain.YEAR, direction(ctx.DERNIER(), ctx.PROCHAIN()));
  }

  private static Grain unitGrain(FrenchParser.UnitContext ctx) {
    return switch (ctx.getStart().getType()) {
      case FrenchLexer.MOIS -> Grain.MONTH;
      case FrenchLexer.SEMAINE -> Grain.WEEK;
      case FrenchLexer.JOUR -> Grain.DAY;
      default -> Grain.YEAR;
    };
  }

  private DateInterval shifted(FrenchParser.NumberContext n, FrenchParser.UnitContext unit,
      int sign) {
    BigDecimal v = number(n);
    if (v == null || v.signum() < 0 || v.scale() > 0 || v.compareTo(BigDecimal.valueOf(1000)) > 0) {
      return null;
    }
    return dates.relative(unitGrain(unit), sign * v.longValue());
  }

  @Override
  public Value visitAgo(FrenchParser.AgoContext ctx) {
    return shifted(ctx.number(), ctx.unit(), -1);
  }

  @Override
  public Value visitInDuration(FrenchParser.InDurationContext ctx) {
    return shifted(ctx.number(), ctx.unit(), 1);
  }

  @Override
  public Value visitByDeadline(FrenchParser.ByDeadlineContext ctx) {
    DateInterval target = (DateInterval) visit(ctx.deadline());
    if (target == null) {
      return null;
    }
    LocalDate ref = dates.reference();
    if (ref == null || !target.resolved()) {
      return new DateInterval(null, null, target.grain(), target.year(), target.month(),
          target.day(), null, null, true);
    }
    if (target.end().isBefore(ref)) {
      return target;
    }
    return new DateInterval(ref, target.end(), target.grain(), target.year(), target.month(),
        target.day(), null, null, true);
  }

  @Override
  public Value visitByYear(FrenchParser.ByYearContext ctx) {
    Integer y = year(ctx.year());
    return y < 0 ? null : dates.year(y);
  }

  @Override
  public Value visitByDuration(FrenchParser.ByDurationContext ctx) {
    BigDecimal v = number(ctx.number());
    LocalDate ref = dates.reference();
    // Compared as a decimal: the int of a number beyond 2^31 is its low bits, and may be small.
    if (v == null || v.signum() <= 0 || v.scale() > 0
        || v.compareTo(BigDecimal.valueOf(1000)) > 0) {
      return null;
    }
    Grain g = unitGrain(ctx.unit());
    if (ref == null) {
      return new DateInterval(null, null, g, null, null, null, null, null, true);
    }
    LocalDate end =
        switch (g) {
          case DAY -> ref.plusDays(v.longValue());
          case WEEK -> ref.plusWeeks(v.longValue());
          case MONTH -> ref.plusMonths(v.longValue());
          default -> ref.plusYears(v.longValue());
        };
    return new DateInterval(ref, end, g, null, null, null, null, null, true);
  }

  @Override
  public Value visitByEndOf(FrenchParser.ByEndOfContext ctx) {
    LocalDate ref = dates.reference();
    if (ctx.monthName() != null || ctx.year() != null) {
      Integer y = year(ctx.year());
      if (y != null && y < 0) {
        return null;
      }
      if (ctx.monthName() != null) {
        return dates.month(month(ctx.monthName()), y, 21, 31);
      }
      return dates.within(y, 9, 1, 12, 31, Grain.YEAR);
    }
    if (ref == null) {
      return new DateInterval(null, null, Grain.YEAR, null, null, null, null, null, true);
    }
    if (ctx.MOIS() != null) {
      return new DateInterval(ref, ref.withDayOfMonth(ref.lengthOfMonth()), Grain.MONTH, null,
          null, null, null, null, true);
    }
    if (ctx.SEMAINE() != null) {
      return new DateInterval(ref, ref.with(java.time.temporal.TemporalAdjusters.nextOrSame(
          DayOfWeek.SUNDAY)), Grain.WEEK, null, null, null, null, null, true);
    }
    return new DateInterval(ref, LocalDate.of(ref.getYear(), 12, 31), Grain.YEAR, null, null,
        null, null, null, true);
  }

  @Override
  public Value visitByMonth(FrenchParser.ByMonthContext ctx) {
    Integer y = year(ctx.year());
    if (y != null && y < 0) {
      return null;
    }
    return dates.month(month(ctx.monthName()), y, 1, 31);
  }

  // ---- Other date forms -------------------------------------------------------------------

  @Override
  public Value visitNumericDate(FrenchParser.NumericDateContext ctx) {
    String t = ctx.getText();
    LocalDate d;
    if (ctx.ISO_DATE() != null) {
      d = DateResolver.safeDate(Integer.parseInt(t.substring(0, 4)),
          Integer.parseInt(t.substring(5, 7)), Integer.parseInt(t.substring(8, 10)));
    } else {
      String[] parts = t.split("[./]");
      d = DateResolver.safeDate(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]),
          Integer.parseInt(parts[0]));
    }
    return d == null ? null : DateInterval.day(d);
  }

  @Override
  public Value visitEnglishDate(FrenchParser.EnglishDateContext ctx) {
    int d = day(ctx.day());
    Integer y = year(ctx.year());
    if (d < 0 || (y != null && y < 0)) {
      return null;
    }
    int m =
        switch (ctx.ENGLISH_MONTH().getText()) {
          case "January" -> 1;
          case "February" -> 2;
          case "March" -> 3;
          case "April" -> 4;
          case "May" -> 5;
          case "June" -> 6;
          case "July" -> 7;
          case "August" -> 8;
          case "September" -> 9;
          case "October" -> 10;
          case "November" -> 11;
          default -> 12;
        };
    return dates.day(d, m, y, null, null);
  }

  @Override
  public Value visitThisWeekday(FrenchParser.ThisWeekdayContext ctx) {
    return dates.thisWeekday(weekday(ctx.WEEKDAY()));
  }

}
