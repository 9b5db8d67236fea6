/*
 * French figures: amounts of money, percentages, counts and dates. The extractor invokes
 * `mention` at each token that can start a figure and keeps the longest parse; there is no
 * rule for the text in between, so the parser only ever works where figures are.
 */
parser grammar FrenchParser;

options { tokenVocab = FrenchLexer; }

mention
    : money      # moneyMention
    | percent    # percentMention
    | count      # countMention
    | date       # dateMention
    | ignored    # ignoredMention
    | bareAmount # bareAmountMention
    | bareNumber # bareNumberMention
    ;

// A number alone: a year when written as one ("en 2024"), else a count when a whole of the
// sentence names its noun ("12 400 salariés, dont 7 100 en France").
bareNumber
    : sign? NUMBER
    ;

// "7 milliards" with no currency: money when an earlier amount of the sentence gives one.
bareAmount
    : qualifier? number (MILLION | MILLIARD | BILLION)+ (ET DEMI)?
    ;

// ---- Numbers ------------------------------------------------------------------------------

number
    : sign? NUMBER        # digitNumber
    | sign? spelled       # wordNumber
    ;

sign
    : HYPHEN
    | MOINS
    ;

spelled
    : spelledAtom (HYPHEN? spelledAtom)*
    ;

spelledAtom
    : tens ET (UN | UNE | ONZE)    # tensAndOne
    | numWord                      # plainNumWord
    ;

tens
    : VINGT | TRENTE | QUARANTE | CINQUANTE | SOIXANTE | SEPTANTE | HUITANTE | NONANTE
    ;

numWord
    : UN | UNE | DEUX | TROIS | QUATRE | CINQ | SIX | SEPT | HUIT | NEUF | DIX | ONZE | DOUZE
    | TREIZE | QUATORZE | QUINZE | SEIZE | VINGT | TRENTE | QUARANTE | CINQUANTE | SOIXANTE
    | SEPTANTE | HUITANTE | NONANTE | CENT | MILLE
    ;

scale
    : MILLE | MILLION | MILLIARD | BILLION | SCALE_K | SCALE_M | SCALE_MD
    ;

// A number with its scale words: "15 millions", "2 milliards et demi", "un demi-milliard".
magnitude
    : number scale* (ET DEMI)?     # scaledNumber
    | (UN | UNE)? DEMI HYPHEN? scale # halfScale
    ;

qualifier
    : ENVIRON                                  # about
    | PRES (DE | D_APOS)                       # about
    | PLUS (DE | D_APOS)                       # moreThan
    | AU HYPHEN? DELA (DE | D_APOS | DU | DES)  # moreThan
    | AU MOINS                                 # atLeast
    | PAS MOINS (DE | D_APOS)                  # atLeast
    | MOINS (DE | D_APOS)                      # lessThan
    | JUSQU (A_GRAVE | A | AU)                 # atMost
    ;

// ---- Money --------------------------------------------------------------------------------

money
    : qualifier? moneyCore (NET_GROSS? rate)?    // "1 600 euros net par mois"
    ;

moneyCore
    : (ENTRE | DE | D_APOS) magnitude currency? (ET | A_GRAVE | AU) magnitude currency   # moneyRange
    | magnitude currency? (A_GRAVE | OU) magnitude currency                               # moneyRange
    | magnitude currency                                                                  # moneyPlain
    | currencySymbol magnitude                                                            # moneyPrefixed
    ;

currency
    : (DE | D_APOS)? currencyName
    | currencySymbol CURRENCY_ADJ?
    | (DE | D_APOS)? ISO_CURRENCY
    ;

currencyName
    : EUROS
    | DOLLARS CURRENCY_ADJ?
    | LIVRES (STERLING | CURRENCY_ADJ)?
    | YENS
    | FRANCS CURRENCY_ADJ?
    | YUANS
    | ROUPIES CURRENCY_ADJ?
    | COURONNES CURRENCY_ADJ?
    | OTHER_CURRENCY CURRENCY_ADJ?
    ;

currencySymbol
    : EURO_SIGN | DOLLAR_SIGN | POUND_SIGN | YEN_SIGN | ISO_CURRENCY
    ;

rate
    : PAR (AN | ANNEE | MOIS | SEMAINE | JOUR)
    | CHAQUE (ANNEE | AN | MOIS | SEMAINE | JOUR)
    | L_APOS AN
    | ANNUEL
    | MENSUEL
    ;

// ---- Percentages --------------------------------------------------------------------------

percent
    : qualifier? number percentUnit                  # percentValue
    | qualifier? number POINT (DE POURCENTAGE)?      # percentPoints
    | qualifier? fraction (DE | D_APOS | DES | DU)   # percentFraction
    ;

// "un quart des salariés", "les deux tiers du budget": a share of a whole.
fraction
    : (UN | LES)? (numWord | FIRST)? (QUART | TIERS)
    | (UNE | LA) MOITIE
    ;

percentUnit
    : PERCENT_SIGN
    | POUR CENT
    ;

// ---- Counts -------------------------------------------------------------------------------

count
    : qualifier? countNumber ADJ? countNoun                          # plainCount
    | qualifier? number scale+ (DE | D_APOS) ADJ? countNoun          # scaledCount
    | (UN | UNE | DES)? APPROX_NOUN (DE | D_APOS) ADJ? countNoun # approxCount
    ;

// A count starts with digits or number words, never with "un"/"une" alone ("un rapport").
countNumber
    : NUMBER
    | (tens ET (UN | UNE | ONZE) | countWord) (HYPHEN? spelledAtom)*
    ;

countWord
    : DEUX | TROIS | QUATRE | CINQ | SIX | SEPT | HUIT | NEUF | DIX | ONZE | DOUZE | TREIZE
    | QUATORZE | QUINZE | SEIZE | tens | CENT | MILLE
    ;

countNoun
    : WORD (HYPHEN WORD)*
    | CURRENCY_ADJ
    ;

// ---- Dates --------------------------------------------------------------------------------

date
    : dayRange
    | dayDate
    | monthRange
    | monthDate
    | yearRange
    | partOfYear
    | seasonDate
    | decade
    | century
    | relativeDate
    | numericDate
    | englishDate
    | thisWeekday
    ;

day
    : NUMBER
    | ORDINAL
    | FIRST
    ;

monthName
    : MONTH
    | MONTH_ABBR
    ;

year
    : NUMBER
    ;

dayDate
    : CE? WEEKDAY? COMMA? day monthName year?    # dayMonth
    | CE? WEEKDAY day                            # weekdayDayOnly
    ;

dayRange
    : DU WEEKDAY? day monthName? year? (AU | A_GRAVE) WEEKDAY? day monthName year?
    | DE WEEKDAY day monthName? year? (AU | A_GRAVE) WEEKDAY? day monthName year?
    | (WEEKDAY COMMA?)? day (COMMA (WEEKDAY COMMA?)? day)* COMMA? (ET | OU) LE? (WEEKDAY COMMA?)? day monthName year?
    | WEEKDAY ET WEEKDAY day ET day monthName year?
    | ENTRE LE? WEEKDAY? day monthName? year? ET LE? WEEKDAY? day monthName year?
    ;

monthRange
    : ENTRE monthName year? ET monthName year?
    | DE monthName year? A_GRAVE monthName year?
    ;

monthDate
    : monthPart? monthName year?
    ;

monthPart
    : DEBUT | FIN | MI HYPHEN
    ;

yearRange
    : (ENTRE | DE) year (ET | A_GRAVE) year
    ;

partOfYear
    : ordinal SEMESTRE year?     # semester
    | ordinal TRIMESTRE year?    # quarter
    | QUARTER_CODE year?         # quarterCode
    | HALF_CODE year?            # halfCode
    | COURANT year               # wholeYear
    | monthPart year             # yearPart
    ;

ordinal
    : ORDINAL_WORD
    | ORDINAL
    | FIRST
    ;

seasonDate
    : L_APOS SEASON year?
    | (CE | AU | EN) SEASON year?
    | SEASON year
    ;

decade
    : LES ANNEES (NUMBER | spelled)
    ;

century
    : ROMAN_ORD SIECLE
    ;

relativeDate
    : HIER                                              # yesterday
    | AVANT HYPHEN HIER                                 # dayBeforeYesterday
    | AUJOURDHUI                                        # today
    | DEMAIN                                            # tomorrow
    | APRES HYPHEN DEMAIN                               # dayAfterTomorrow
    | (LA | CE) SEMAINE (DERNIER | PROCHAIN)?           # relativeWeek
    | (LE | CE) MOIS (DERNIER | PROCHAIN)?              # relativeMonth
    | L_APOS (AN | ANNEE) (DERNIER | PROCHAIN)          # relativeYear
    | CE ANNEE                                          # relativeYear
    | IL Y A number unit                                # ago
    | DANS number unit                                  # inDuration
    | D_APOS ICI (A_GRAVE | AU)? deadline               # byDeadline
    ;

deadline
    : year                                   # byYear
    | number unit                            # byDuration
    | LA FIN (DE L_APOS ANNEE year? | DU MOIS | DE LA SEMAINE) # byEndOf
    | FIN monthName? year?                   # byEndOf
    | monthName year?                        # byMonth
    ;

unit
    : AN | ANNEE | ANNEES | MOIS | SEMAINE | JOUR
    ;

numericDate
    : ISO_DATE
    | NUM_DATE
    ;

englishDate
    : ENGLISH_MONTH day COMMA? year?
    | day ENGLISH_MONTH year?
    ;

thisWeekday
    : CE WEEKDAY
    ;


// ---- Figures that are not amounts or dates, consumed so that their digits are not reused --

ignored
    : NUMBER H NUMBER?
    | CLOCK
    ;
