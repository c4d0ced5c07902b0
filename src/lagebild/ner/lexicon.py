"""Hand-written German word lists for the recogniser (written for lagebild, not copied).

These are general classes of words, not lists of people: country adjectives (mostly *not*
entities in the 4-class scheme, "deutsche" is LOCderiv and scored O), role nouns that precede or
follow a person's name, honorifics, organisation heads ("-partei", "GmbH") and large cities
(pycountry has countries and regions but no cities).
"""

from __future__ import annotations

import re

# Stems of country/region adjectives; inflected forms add -e, -er, -en, -em, -es.
ADJECTIVE_STEMS: frozenset[str] = frozenset(
    [
        "deutsch",
        "österreichisch",
        "schweizerisch",
        "schweizer",
        "französisch",
        "britisch",
        "englisch",
        "schottisch",
        "irisch",
        "walisisch",
        "amerikanisch",
        "us-amerikanisch",
        "nordamerikanisch",
        "südamerikanisch",
        "lateinamerikanisch",
        "kanadisch",
        "mexikanisch",
        "brasilianisch",
        "argentinisch",
        "chilenisch",
        "kolumbianisch",
        "venezolanisch",
        "peruanisch",
        "kubanisch",
        "russisch",
        "ukrainisch",
        "weißrussisch",
        "belarussisch",
        "polnisch",
        "tschechisch",
        "slowakisch",
        "ungarisch",
        "rumänisch",
        "bulgarisch",
        "serbisch",
        "kroatisch",
        "bosnisch",
        "slowenisch",
        "albanisch",
        "griechisch",
        "türkisch",
        "italienisch",
        "spanisch",
        "katalanisch",
        "portugiesisch",
        "niederländisch",
        "holländisch",
        "belgisch",
        "flämisch",
        "luxemburgisch",
        "dänisch",
        "schwedisch",
        "norwegisch",
        "finnisch",
        "isländisch",
        "estnisch",
        "lettisch",
        "litauisch",
        "georgisch",
        "armenisch",
        "aserbaidschanisch",
        "kasachisch",
        "usbekisch",
        "iranisch",
        "irakisch",
        "syrisch",
        "libanesisch",
        "israelisch",
        "palästinensisch",
        "jordanisch",
        "saudisch",
        "saudi-arabisch",
        "ägyptisch",
        "libysch",
        "tunesisch",
        "algerisch",
        "marokkanisch",
        "sudanesisch",
        "äthiopisch",
        "kenianisch",
        "nigerianisch",
        "südafrikanisch",
        "afrikanisch",
        "afghanisch",
        "pakistanisch",
        "indisch",
        "chinesisch",
        "japanisch",
        "koreanisch",
        "nordkoreanisch",
        "südkoreanisch",
        "vietnamesisch",
        "thailändisch",
        "indonesisch",
        "philippinisch",
        "malaysisch",
        "australisch",
        "neuseeländisch",
        "europäisch",
        "asiatisch",
        "arabisch",
        "jüdisch",
        "muslimisch",
        "christlich",
        "katholisch",
        "evangelisch",
        "protestantisch",
        "islamisch",
        "kurdisch",
        "tibetisch",
        "taiwanisch",
        "bayerisch",
        "bayrisch",
        "sächsisch",
        "hessisch",
        "schwäbisch",
        "fränkisch",
        "thüringisch",
        "brandenburgisch",
        "westfälisch",
        "rheinisch",
        "niedersächsisch",
        "friesisch",
        "badisch",
        "pfälzisch",
        "saarländisch",
        "tirolerisch",
        "steirisch",
        "kärntnerisch",
        "wienerisch",
        "berlinerisch",
        "hamburgisch",
        "münchnerisch",
        "kölnisch",
        "ostdeutsch",
        "westdeutsch",
        "süddeutsch",
        "norddeutsch",
        "gesamtdeutsch",
        "transatlantisch",
        "sowjetisch",
        "osteuropäisch",
        "westeuropäisch",
        "mitteleuropäisch",
        "südeuropäisch",
        "nordeuropäisch",
    ]
)

_ADJ_ENDING = re.compile(r"(?:e|er|en|em|es)$")


def adjective_stem(word: str) -> str | None:
    """Return the country-adjective stem of ``word`` ("französischen" -> "französisch")."""
    low = word.lower()
    if low in ADJECTIVE_STEMS:
        return low
    stem = _ADJ_ENDING.sub("", low)
    return stem if stem in ADJECTIVE_STEMS else None


# Heads of role nouns. A token whose lower-cased form ends with one of these (optionally with a
# feminine "-in"/"-innen" and case endings) names a role: "Bundesinnenministerin",
# "GDL-Chef", "Regierungssprecher", "Ex-Präsident", "Parteivorsitzende".
ROLE_HEADS: tuple[str, ...] = (
    "minister",
    "kanzler",
    "präsident",
    "vorsitzende",
    "chef",
    "sprecher",
    "bürgermeister",
    "beauftragte",
    "sekretär",
    "botschafter",
    "gouverneur",
    "senator",
    "abgeordnete",
    "direktor",
    "leiter",
    "führer",
    "geschäftsführer",
    "vorstand",
    "gründer",
    "kommissar",
    "premier",
    "regent",
    "könig",
    "kaiser",
    "prinz",
    "fürst",
    "papst",
    "bischof",
    "kardinal",
    "pfarrer",
    "richter",
    "anwalt",
    "staatsanwalt",
    "trainer",
    "kapitän",
    "stürmer",
    "torhüter",
    "spieler",
    "general",
    "oberst",
    "kommandeur",
    "offizier",
    "diplomat",
    "politiker",
    "experte",
    "ökonom",
    "forscher",
    "wissenschaftler",
    "autor",
    "schriftsteller",
    "regisseur",
    "schauspieler",
    "sänger",
    "musiker",
    "künstler",
    "journalist",
    "korrespondent",
    "reporter",
    "manager",
    "unternehmer",
    "investor",
    "aktivist",
    "oppositionsführer",
    "kandidat",
    "landrat",
    "stadtrat",
    "rektor",
    "dekan",
    "professor",
    "intendant",
    "dirigent",
    "moderator",
    "ermittler",
    "polizeisprecher",
)

# prefix + head + ending; "Sprecherziehung" or "Chefsache" do not end in a head
_ROLE_RE = re.compile(
    r"^(?P<prefix>[\w-]*?)(?P<head>"
    + "|".join(sorted(ROLE_HEADS, key=len, reverse=True))
    + r")(?P<ending>in|innen|en|n|s|es|e|r)?$"
)

# Role nouns that are too general to stand as a role on their own.
_NOT_ROLES: frozenset[str] = frozenset(
    {"leiter", "leitern", "führer", "spieler", "experte", "experten", "autor", "autoren", "general"}
)


def is_role_word(word: str) -> bool:
    """True for a capitalised role noun such as "Außenministerin" or "GDL-Chef"."""
    if not word[:1].isupper() or len(word) < 4:
        return False
    low = word.lower()
    return low not in _NOT_ROLES and _ROLE_RE.match(low) is not None


def normalise_role(word: str) -> str | None:
    """Role noun without case endings: "Außenministers" -> "Außenminister", "Vorsitzenden" ->
    "Vorsitzende", "Ministerinnen" -> "Ministerin"; None when ``word`` is no role noun."""
    if not is_role_word(word):
        return None
    m = _ROLE_RE.match(word.lower())
    if m is None:  # pragma: no cover - is_role_word matched the same pattern
        return None
    cut = len(m.group("prefix")) + len(m.group("head"))
    ending = m.group("ending") or ""
    base = word[:cut] + ("in" if ending.startswith("in") else "")
    if ending == "r" and base.endswith("e"):
        return base  # "Vorsitzender" -> "Vorsitzende"
    return base


# Honorifics and academic titles before a name.
TITLES: frozenset[str] = frozenset(
    [
        "Herr",
        "Herrn",
        "Frau",
        "Dr.",
        "Dr",
        "Prof.",
        "Prof",
        "Professor",
        "Professorin",
        "Sir",
        "Lady",
        "Lord",
        "Graf",
        "Gräfin",
        "Baron",
        "Freiherr",
        "Freifrau",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Monsieur",
        "Madame",
        "Dipl.-Ing.",
        "Ing.",
        "Mag.",
        "Pater",
        "Bruder",
        "Schwester",
        "Kardinal",
        "Bischof",
        "Papst",
        "Präsident",
        "Präsidentin",
        "Kanzler",
        "Kanzlerin",
        "Minister",
        "Ministerin",
        "Senator",
        "Senatorin",
        "König",
        "Königin",
        "Prinz",
        "Prinzessin",
        "Fürst",
        "Fürstin",
        "Kaiser",
        "Kaiserin",
        "Scheich",
    ]
)

# Name particles inside a person's name ("Ursula von der Leyen", "Ludwig van Beethoven").
NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "von",
        "van",
        "der",
        "de",
        "den",
        "zu",
        "vom",
        "di",
        "da",
        "del",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
    }
)

# Last parts of organisation names.
ORG_HEADS: tuple[str, ...] = (
    "partei",
    "bank",
    "verband",
    "verein",
    "ministerium",
    "universität",
    "hochschule",
    "institut",
    "gruppe",
    "konzern",
    "stiftung",
    "zeitung",
    "agentur",
    "gewerkschaft",
    "gesellschaft",
    "kommission",
    "behörde",
    "amt",
    "gericht",
    "werke",
    "bahn",
    "airlines",
    "fraktion",
    "rat",
    "bund",
    "union",
    "klinik",
    "versicherung",
    "rundfunk",
)
ORG_SUFFIX_TOKENS: frozenset[str] = frozenset(
    [
        "GmbH",
        "AG",
        "SE",
        "KG",
        "KGaA",
        "OHG",
        "e.V.",
        "eV",
        "Inc.",
        "Inc",
        "Ltd.",
        "Ltd",
        "Corp.",
        "Corp",
        "LLC",
        "plc",
        "PLC",
        "S.A.",
        "SA",
        "N.V.",
        "NV",
        "Co.",
        "Holding",
        "Group",
        "Gruppe",
        "Konzern",
        "Stiftung",
        "Verlag",
        "Bank",
        "Partei",
        "Verband",
        "Institut",
        "Universität",
    ]
)

# Large cities and capitals (German and world), for a gazetteer feature; countries and regions
# come from pycountry.
CITIES: frozenset[str] = frozenset(
    [
        "Berlin",
        "Hamburg",
        "München",
        "Köln",
        "Frankfurt",
        "Stuttgart",
        "Düsseldorf",
        "Leipzig",
        "Dortmund",
        "Essen",
        "Bremen",
        "Dresden",
        "Hannover",
        "Nürnberg",
        "Duisburg",
        "Bochum",
        "Wuppertal",
        "Bielefeld",
        "Bonn",
        "Münster",
        "Mannheim",
        "Karlsruhe",
        "Augsburg",
        "Wiesbaden",
        "Mönchengladbach",
        "Gelsenkirchen",
        "Aachen",
        "Braunschweig",
        "Kiel",
        "Chemnitz",
        "Halle",
        "Magdeburg",
        "Freiburg",
        "Krefeld",
        "Mainz",
        "Lübeck",
        "Erfurt",
        "Oberhausen",
        "Rostock",
        "Kassel",
        "Hagen",
        "Potsdam",
        "Saarbrücken",
        "Hamm",
        "Ludwigshafen",
        "Oldenburg",
        "Mülheim",
        "Osnabrück",
        "Leverkusen",
        "Darmstadt",
        "Heidelberg",
        "Solingen",
        "Regensburg",
        "Herne",
        "Paderborn",
        "Neuss",
        "Ingolstadt",
        "Offenbach",
        "Würzburg",
        "Fürth",
        "Ulm",
        "Heilbronn",
        "Pforzheim",
        "Wolfsburg",
        "Göttingen",
        "Bottrop",
        "Reutlingen",
        "Koblenz",
        "Bremerhaven",
        "Recklinghausen",
        "Erlangen",
        "Trier",
        "Jena",
        "Cottbus",
        "Schwerin",
        "Gera",
        "Zwickau",
        "Weimar",
        "Görlitz",
        "Passau",
        "Bamberg",
        "Bayreuth",
        "Konstanz",
        "Flensburg",
        "Stralsund",
        "Greifswald",
        "Wismar",
        "Lüneburg",
        "Celle",
        "Hildesheim",
        "Marburg",
        "Gießen",
        "Fulda",
        "Wien",
        "Graz",
        "Linz",
        "Salzburg",
        "Innsbruck",
        "Klagenfurt",
        "Villach",
        "Bregenz",
        "Zürich",
        "Genf",
        "Basel",
        "Bern",
        "Lausanne",
        "Luzern",
        "Paris",
        "London",
        "Rom",
        "Madrid",
        "Barcelona",
        "Lissabon",
        "Amsterdam",
        "Rotterdam",
        "Brüssel",
        "Antwerpen",
        "Luxemburg",
        "Kopenhagen",
        "Stockholm",
        "Oslo",
        "Helsinki",
        "Reykjavik",
        "Dublin",
        "Edinburgh",
        "Manchester",
        "Liverpool",
        "Birmingham",
        "Glasgow",
        "Warschau",
        "Krakau",
        "Danzig",
        "Breslau",
        "Prag",
        "Brünn",
        "Bratislava",
        "Budapest",
        "Bukarest",
        "Sofia",
        "Belgrad",
        "Zagreb",
        "Ljubljana",
        "Sarajevo",
        "Tirana",
        "Skopje",
        "Athen",
        "Thessaloniki",
        "Istanbul",
        "Ankara",
        "Izmir",
        "Moskau",
        "Petersburg",
        "Kiew",
        "Charkiw",
        "Odessa",
        "Lwiw",
        "Lemberg",
        "Mariupol",
        "Minsk",
        "Vilnius",
        "Riga",
        "Tallinn",
        "Tiflis",
        "Eriwan",
        "Baku",
        "Chisinau",
        "Mailand",
        "Neapel",
        "Turin",
        "Venedig",
        "Florenz",
        "Bologna",
        "Genua",
        "Palermo",
        "Marseille",
        "Lyon",
        "Straßburg",
        "Toulouse",
        "Nizza",
        "Bordeaux",
        "Lille",
        "Nantes",
        "Sevilla",
        "Valencia",
        "Porto",
        "Washington",
        "New",
        "York",
        "Chicago",
        "Boston",
        "Houston",
        "Dallas",
        "Miami",
        "Atlanta",
        "Seattle",
        "Denver",
        "Detroit",
        "Philadelphia",
        "Phoenix",
        "Angeles",
        "Francisco",
        "Vegas",
        "Toronto",
        "Montreal",
        "Vancouver",
        "Ottawa",
        "Mexiko-Stadt",
        "Havanna",
        "Bogotá",
        "Caracas",
        "Lima",
        "Santiago",
        "Buenos",
        "Aires",
        "Rio",
        "Janeiro",
        "Brasília",
        "São",
        "Paulo",
        "Montevideo",
        "Peking",
        "Beijing",
        "Shanghai",
        "Hongkong",
        "Shenzhen",
        "Wuhan",
        "Tokio",
        "Tokyo",
        "Osaka",
        "Seoul",
        "Pjöngjang",
        "Taipeh",
        "Manila",
        "Jakarta",
        "Bangkok",
        "Hanoi",
        "Singapur",
        "Kuala",
        "Lumpur",
        "Neu-Delhi",
        "Delhi",
        "Mumbai",
        "Bombay",
        "Kalkutta",
        "Islamabad",
        "Karachi",
        "Kabul",
        "Teheran",
        "Bagdad",
        "Damaskus",
        "Aleppo",
        "Beirut",
        "Amman",
        "Jerusalem",
        "Tel",
        "Aviv",
        "Gaza",
        "Ramallah",
        "Riad",
        "Dubai",
        "Doha",
        "Abu",
        "Dhabi",
        "Kairo",
        "Alexandria",
        "Tripolis",
        "Tunis",
        "Algier",
        "Rabat",
        "Casablanca",
        "Khartum",
        "Nairobi",
        "Addis",
        "Abeba",
        "Lagos",
        "Abuja",
        "Kinshasa",
        "Johannesburg",
        "Kapstadt",
        "Pretoria",
        "Sydney",
        "Melbourne",
        "Canberra",
        "Auckland",
        "Wellington",
        "Brüssel",
        "Straßburg",
        "Davos",
        "Kreml",
        "Sewastopol",
        "Donezk",
        "Luhansk",
        "Cherson",
        "Saporischschja",
        "Bachmut",
    ]
)


def is_org_head(word: str) -> bool:
    """True when a capitalised word ends in an organisation head noun ("Arbeiterpartei")."""
    if not word[:1].isupper():
        return False
    return word.lower().endswith(ORG_HEADS)


# Continents, seas, rivers, mountains and historic or cultural regions that are not ISO
# subdivisions (used as a place gazetteer next to pycountry and GeoNames).
LANDSCAPES: frozenset[str] = frozenset(
    """
    Europa Asien Afrika Amerika Nordamerika Südamerika Mittelamerika Lateinamerika Australien
    Ozeanien Antarktis Arktis Eurasien Nahost Mittelost Orient Okzident Balkan Kaukasus Sibirien
    Skandinavien Baltikum Benelux Maghreb Sahel Sahara Levante Mesopotamien Anatolien Krim Donbass
    Atlantik Pazifik Mittelmeer Nordsee Ostsee Schwarzmeer Adria Ägäis Karibik Bodensee Chiemsee
    Rhein Donau Elbe Oder Neiße Weser Main Mosel Saar Spree Havel Isar Inn Neckar Ruhr Lahn Saale
    Themse Seine Loire Rhone Po Tiber Wolga Dnipro Dnjepr Nil Jordan Euphrat Tigris Ganges Jangtse
    Mississippi Amazonas Alpen Pyrenäen Karpaten Apennin Anden Himalaya Rocky Harz Eifel Taunus
    Schwarzwald Erzgebirge Allgäu Odenwald Spessart Rhön Hunsrück Westerwald Sauerland Emsland
    Münsterland Rheinland Ruhrgebiet Vogtland Lausitz Uckermark Altmark Prignitz Ostfriesland
    Elsass Lothringen Tirol Südtirol Vorarlberg Burgenland Steiermark Kärnten Friaul Lombardei
    Toskana Sizilien Sardinien Korsika Bretagne Normandie Provence Katalonien Andalusien
    Galicien Baskenland Flandern Wallonie Schlesien Pommern Ostpreußen Masuren Böhmen Mähren
    Siebenbürgen Galizien Bessarabien Transnistrien Tschetschenien Dagestan Kurdistan
    Kaschmir Tibet Xinjiang Patagonien Kalifornien Texas Florida Alaska Hawaii Grönland Sinai
    Gaza Gazastreifen Westjordanland Golanhöhen Ostjerusalem Halbinsel Kosovo
    """.split()
)

# Well-known organisations of German-language news (parties, institutions, agencies, broadcasters,
# large companies, clubs). A gazetteer feature, not a rule: the CRF weighs it against context.
ORGANISATIONS: frozenset[str] = frozenset(
    """
    SPD CDU CSU FDP AfD Grünen Grüne Linke Linken BSW ÖVP SPÖ FPÖ NEOS KPÖ SVP Piratenpartei
    NPD DKP ÖDP Labour Tories Republikaner Demokraten Likud Hamas Hisbollah
    Fatah Taliban Kreml Bundestag Bundesrat Bundesregierung Bundeskanzleramt Bundeswehr
    Bundesverfassungsgericht Bundesgerichtshof Bundesbank Bundesagentur Bundeskartellamt
    Bundesamt Bundeskriminalamt BKA BND Verfassungsschutz Landtag Nationalrat Europaparlament
    EU UN UNO Nato NATO OSZE OECD WHO WTO IWF IMF EZB EZB-Rat Weltbank Unesco UNESCO Unicef UNICEF
    UNHCR IAEA Opec OPEC Interpol Europol Frontex Eurostat Europarat G7 G20 Brics BRICS ASEAN
    Mercosur Vatikan Pentagon FBI CIA NSA
    Repräsentantenhaus Duma Knesset Elysée Élysée Bundesliga
    dpa AFP Reuters AP APA KNA epd SID ots DDP ddp Bloomberg
    ARD ZDF ORF SRF BR WDR NDR MDR SWR HR RBB RTL Sat.1 ProSieben n-tv ntv Arte 3sat
    Deutschlandfunk Deutschlandradio BBC CNN NBC CBS ABC Al-Dschasira Al-Jazeera
    FAZ SZ taz Handelsblatt Tagesspiegel
    NZZ Tagesschau Tagesthemen Guardian Economist Politico
    Siemens Volkswagen VW BMW Daimler Mercedes-Benz Porsche Audi Opel Ford Tesla Bosch Continental
    BASF Bayer Henkel Merck SAP Allianz Telekom DHL Lufthansa Eurowings Condor
    Commerzbank Sparkasse Sparkassen Volksbank ING Unicredit UniCredit HypoVereinsbank
    Raiffeisen Adidas Puma Aldi Lidl Rewe Edeka Ceconomy Zalando Thyssenkrupp
    ThyssenKrupp RWE EnBW EON E.ON Uniper Vonovia Fresenius Beiersdorf
    Infineon Airbus Boeing Rheinmetall Hensoldt DB Apple Google Alphabet Microsoft
    Amazon Meta Facebook Instagram WhatsApp Twitter TikTok YouTube Netflix Spotify OpenAI
    Nvidia Intel AMD IBM Oracle Samsung Huawei Sony Toyota Nissan Honda Hyundai Stellantis
    Renault Peugeot Fiat Ferrari Gazprom Rosneft Shell BP Exxon ExxonMobil Chevron Nestlé
    Novartis Roche UBS Swatch Glencore Ikea IKEA H&M Ryanair Easyjet Uber Airbnb Wirecard
    Munich_Re Heidelberg_Materials Marburger_Bund Freie_Wähler Afrikanische_Union Arabische_Liga
    Deutsche_Bahn Deutsche_Bank Deutsche_Telekom Deutsche_Post Deutsche_Börse Axel_Springer
    Europäische_Union Europäische_Kommission EU-Kommission Europäische_Zentralbank Vereinte_Nationen
    Rotes_Kreuz Weißes_Haus Die_Linke Bündnis_90/Die_Grünen Spiegel_Online Süddeutsche_Zeitung
    Frankfurter_Allgemeine Neue_Zürcher_Zeitung New_York_Times Washington_Post Wall_Street_Journal
    Greenpeace Amnesty Caritas Diakonie Verdi ver.di DGB GDL EVG ADAC TÜV
    BDI DIHK Ifo ZEW DIW IfW Bertelsmann Burda Fifa FIFA Uefa UEFA DFB IOC ÖFB
    """.split()
)
