/*
 * Tokens of French figures: numbers, number words, scale words, currencies, months, weekdays,
 * relative-date words and qualifiers. Everything else is a WORD or PUNCT token so that the
 * parser only ever sees whole words. Spaces are skipped and line breaks go to a hidden channel; thousands separators
 * (space, U+00A0, U+202F, dot) are part of NUMBER tokens and never cross a line break.
 */
lexer grammar FrenchLexer;

options { caseInsensitive = true; }

channels { SPACE }

// ---- Tokens that the parser never uses but that must swallow digits -----------------------

// A transcript timestamp at the start of a line: "00:17", "1:02:03", "[00:17]".
TIMESTAMP
    : '['? D D? ':' D D (':' D D)? ']'? { _tokenStartCharPositionInLine == 0 }?
    ;

ISO_DATE    : D D D D '-' D D '-' D D ;
NUM_DATE    : D D? '/' D D? '/' D D D D | D D? '.' D D? '.' D D D D ;
CLOCK       : D D? ':' D D | D D? 'h' D D ;
PHONE       : '+'? D D (PHONE_SEP D D) (PHONE_SEP D D) (PHONE_SEP D D) (PHONE_SEP D D) ;
// Law and decree numbers, scores and other digit codes: "2023-973", "3-1".
CODE        : D+ ('-' D+)+ ;
QUARTER_CODE options { caseInsensitive = false; } : 'T' [1-4] ;
HALF_CODE options { caseInsensitive = false; } : 'S' [12] ;
// Product and model names: "GPT-4o", "H100", "A380", "SARS-CoV-2". At most four words joined
// by hyphens before the digit: with any number, the lexer read "a-a-a-…" to its end from each
// word, in time that grew with the square of its length, to find no digit.
IDENT       : LETTER+ ('-' LETTER+)? ('-' LETTER+)? ('-' LETTER+)? '-'? D (LETTER | D)*
              ('-' (LETTER | D)+)* ;

ROMAN_ORD options { caseInsensitive = false; } : [IVX]+ ('e' | 'ème' | 'eme' | 'ᵉ') ;

ORDINAL     : D+ ('er' | 're' | 'ère' | 'e' | 'ème' | 'eme' | 'ième' | 'è' | 'nd' | 'nde' | 'ᵉ' | 'ᵉʳ') ;

NUMBER
    : D+ (',' D+)?
    | D D? D? (GROUP_SEP D D D)+ (',' D+)?
    | D D? D? ('.' D D D)+ (',' D+)?
    | D+ '.' D+
    ;

// ---- Number words -------------------------------------------------------------------------
UN          : 'un' ;
UNE         : 'une' ;
DEUX        : 'deux' ;
TROIS       : 'trois' ;
QUATRE      : 'quatre' ;
CINQ        : 'cinq' ;
SIX         : 'six' ;
SEPT        : 'sept' ;
HUIT        : 'huit' ;
NEUF        : 'neuf' ;
DIX         : 'dix' ;
ONZE        : 'onze' ;
DOUZE       : 'douze' ;
TREIZE      : 'treize' ;
QUATORZE    : 'quatorze' ;
QUINZE      : 'quinze' ;
SEIZE       : 'seize' ;
VINGT       : 'vingt' | 'vingts' ;
TRENTE      : 'trente' ;
QUARANTE    : 'quarante' ;
CINQUANTE   : 'cinquante' ;
SOIXANTE    : 'soixante' ;
SEPTANTE    : 'septante' ;
HUITANTE    : 'huitante' ;
NONANTE     : 'nonante' ;
CENT        : 'cent' | 'cents' ;
MILLE       : 'mille' ;
MILLION     : 'million' | 'millions' ;
MILLIARD    : 'milliard' | 'milliards' ;
BILLION     : 'billion' | 'billions' ;
DEMI        : 'demi' | 'demie' ;
QUART       : 'quart' | 'quarts' ;
TIERS       : 'tiers' ;
MOITIE      : 'moitié' | 'moitie' ;
APPROX_NOUN
    : 'dizaine' 's'? | 'douzaine' 's'? | 'quinzaine' 's'? | 'vingtaine' 's'? | 'trentaine' 's'?
    | 'quarantaine' 's'? | 'cinquantaine' 's'? | 'soixantaine' 's'? | 'centaine' 's'?
    | 'millier' 's'?
    ;

// Abbreviated scales are case-sensitive: "M" is a million, "m" a metre.
SCALE_K options { caseInsensitive = false; } : 'k' | 'K' ;
SCALE_M options { caseInsensitive = false; } : 'M' | 'Mio' ;
SCALE_MD options { caseInsensitive = false; } : 'Md' | 'Mds' | 'Mrd' | 'Mrds' ;

// ---- Currencies ---------------------------------------------------------------------------
EURO_SIGN   : '€' ;
DOLLAR_SIGN : '$' ;
POUND_SIGN  : '£' ;
YEN_SIGN    : '¥' ;
ISO_CURRENCY options { caseInsensitive = false; }
    : 'EUR' | 'USD' | 'GBP' | 'JPY' | 'CHF' | 'CNY' | 'CAD' | 'AUD' | 'HKD' | 'SGD' | 'NZD'
    | 'SEK' | 'NOK' | 'DKK' | 'PLN' | 'CZK' | 'HUF' | 'INR' | 'BRL' | 'MXN' | 'ZAR' | 'TRY'
    | 'KRW' | 'RUB' | 'ILS' | 'RMB'
    ;
EUROS       : 'euro' | 'euros' ;
DOLLARS     : 'dollar' | 'dollars' ;
LIVRES      : 'livre' | 'livres' ;
STERLING    : 'sterling' | 'sterlings' ;
YENS        : 'yen' | 'yens' ;
FRANCS      : 'franc' | 'francs' ;
YUANS       : 'yuan' | 'yuans' | 'renminbi' | 'renminbis' ;
ROUPIES     : 'roupie' | 'roupies' ;
COURONNES   : 'couronne' | 'couronnes' ;
OTHER_CURRENCY
    : 'won' 's'? | 'rouble' 's'? | 'zloty' 's'? | 'forint' 's'? | 'real' | 'reals' | 'réal' | 'réaux'
    | 'peso' 's'? | 'rand' 's'? | 'shekel' 's'? | 'shekels' | 'ringgit' 's'? | 'baht' 's'?
    | 'dinar' 's'? | 'dirham' 's'? | 'naira' 's'? | 'lires' | 'leu' | 'lei' | 'hryvnia' 's'?
    | 'bitcoin' 's'?
    ;
CURRENCY_ADJ
    : 'américain' 's'? | 'americain' 's'? | 'canadien' 's'? | 'australien' 's'? | 'néo-zélandais'
    | 'hongkongais' | 'singapourien' 's'? | 'suisse' 's'? | 'égyptienne' 's'? | 'egyptienne' 's'?
    | 'libanaise' 's'? | 'syrienne' 's'? | 'turque' 's'? | 'indienne' 's'? | 'pakistanaise' 's'?
    | 'indonésienne' 's'? | 'suédoise' 's'? | 'norvégienne' 's'? | 'danoise' 's'? | 'tchèque' 's'?
    | 'islandaise' 's'? | 'cfa' | 'sud-africain' 's'? | 'mexicain' 's'? | 'brésilien' 's'?
    | 'chinois' | 'japonais' | 'britannique' 's'? | 'us'
    ;

// ---- Percent ------------------------------------------------------------------------------
PERCENT_SIGN : '%' ;
POUR        : 'pour' ;
POINT       : 'point' | 'points' ;
POURCENTAGE : 'pourcentage' | 'pourcentages' ;

// ---- Dates --------------------------------------------------------------------------------
WEEKDAY     : 'lundi' | 'mardi' | 'mercredi' | 'jeudi' | 'vendredi' | 'samedi' | 'dimanche' ;
MONTH
    : 'janvier' | 'février' | 'fevrier' | 'mars' | 'avril' | 'mai' | 'juin' | 'juillet'
    | 'août' | 'aout' | 'septembre' | 'octobre' | 'novembre' | 'décembre' | 'decembre'
    ;
MONTH_ABBR  : ('janv' | 'févr' | 'fevr' | 'avr' | 'juil' | 'sept' | 'oct' | 'nov' | 'déc' | 'dec') '.' ;
ENGLISH_MONTH options { caseInsensitive = false; }
    : 'January' | 'February' | 'March' | 'April' | 'May' | 'June' | 'July' | 'August'
    | 'September' | 'October' | 'November' | 'December'
    ;
SEASON      : 'printemps' | 'été' | 'automne' | 'hiver' ;
SEMESTRE    : 'semestre' ;
TRIMESTRE   : 'trimestre' ;
SIECLE      : 'siècle' | 'siecle' ;
ANNEES      : 'années' | 'annees' ;
ANNEE       : 'année' | 'annee' ;
AN          : 'an' | 'ans' ;
MOIS        : 'mois' ;
SEMAINE     : 'semaine' | 'semaines' ;
JOUR        : 'jour' | 'jours' ;
HIER        : 'hier' ;
AUJOURDHUI  : 'aujourd' APOS 'hui' ;
DEMAIN      : 'demain' ;
AVANT       : 'avant' ;
APRES       : 'après' | 'apres' ;
DERNIER     : 'dernier' | 'dernière' | 'derniere' | 'passé' | 'passée' ;
PROCHAIN    : 'prochain' | 'prochaine' ;
SUIVANT     : 'suivant' | 'suivante' ;
FIN         : 'fin' ;
DEBUT       : 'début' | 'debut' ;
MI          : 'mi' ;
COURANT     : 'courant' ;
FIRST       : 'premier' | 'première' | 'premiere' ;
ORDINAL_WORD
    : 'deuxième' | 'deuxieme' | 'second' | 'seconde'
    | 'troisième' | 'troisieme' | 'quatrième' | 'quatrieme'
    ;
IL          : 'il' ;
Y           : 'y' ;
DANS        : 'dans' ;
ICI         : 'ici' ;
CE          : 'ce' | 'cet' | 'cette' ;
LES         : 'les' ;
LE          : 'le' ;
LA          : 'la' ;
DU          : 'du' ;
DES         : 'des' ;
AU          : 'au' | 'aux' ;
EN          : 'en' ;
DEPUIS      : 'depuis' ;
DES_PREP    : 'dès' ;

// ---- Qualifiers, rates and connectors -----------------------------------------------------
ENVIRON     : 'environ' | 'approximativement' | 'quelque' | 'quasiment' | 'presque' | 'pratiquement' ;
PRES        : 'près' | 'pres' ;
PLUS        : 'plus' ;
MOINS       : 'moins' ;
PAS         : 'pas' ;
JUSQU       : 'jusqu' APOS ;
DELA        : 'delà' | 'dela' ;
PAR         : 'par' ;
NET_GROSS   : 'net' | 'nets' | 'nette' | 'nettes' | 'brut' | 'bruts' | 'brute' | 'brutes' ;
CHAQUE      : 'chaque' ;
ANNUEL      : 'annuel' | 'annuels' | 'annuelle' | 'annuelles' ;
MENSUEL     : 'mensuel' | 'mensuels' | 'mensuelle' | 'mensuelles' ;
ENTRE       : 'entre' ;
ET          : 'et' ;
OU          : 'ou' ;
A_GRAVE     : 'à' ;
A           : 'a' ;
DE          : 'de' ;
D_APOS      : 'd' APOS ;
L_APOS      : 'l' APOS ;
QU_APOS     : 'qu' APOS ;
DONT        : 'dont' ;
ADJ
    : 'nouveau' 'x'? | 'nouvel' | 'nouvelle' 's'? | 'autre' 's'? | 'grand' 's'? | 'grande' 's'?
    | 'petit' 's'? | 'petite' 's'? | 'jeune' 's'? | 'principaux' | 'principales'
    | 'premiers' | 'premières' | 'derniers' | 'dernières' | 'gros' | 'grosse' 's'?
    | 'seul' 's'? | 'seule' 's'? | 'vrai' 's'? | 'vraie' 's'? | 'ancien' 's'? | 'ancienne' 's'?
    ;

H           : 'h' ;
HYPHEN      : '-' | '‐' | '‑' | '–' ;
COMMA       : ',' ;
LPAREN      : '(' ;
RPAREN      : ')' ;
PUNCT       : [.;:!?…] ;
QUOTE       : '«' | '»' | '"' | '“' | '”' ;
APOSTROPHE  : APOS ;

WORD        : LETTER+ ;

NEWLINE     : ('\r'? '\n' | '\r' | '\u2028' | '\u2029')+ -> channel(SPACE) ;
WS          : [ \t\f\u000B\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF]+ -> skip ;
ZERO_WIDTH  : [\u200B-\u200D\u2060]+ -> skip ;

// Anything else (symbols, emoji, other scripts' punctuation) is one token the parser ignores.
OTHER       : . ;

fragment D          : [0-9] ;
fragment APOS       : '\'' | '’' | 'ʼ' | '‘' | '`' | '´' ;
fragment GROUP_SEP  : ' ' | '\u00A0' | '\u202F' | '\u2009' ;
fragment PHONE_SEP  : ' ' | '\u00A0' | '.' | '-' ;
fragment LETTER     : [\p{L}\p{M}] ;
