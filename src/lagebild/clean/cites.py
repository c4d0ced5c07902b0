"""Sources an article cites: "wie der Spiegel berichtete", "laut dpa", "Quellen: ...", "(AFP)".

Only media count (agencies, outlets, domains; see :func:`lagebild.clean.outlets.is_media_name`):
"laut Polizei" or "laut Scholz" name a source, but not an outlet, and are left out; so are bare
kind words ("wie die Zeitung berichtete") and organisations with a media word in their name
("Agentur für Arbeit", "Deutsche Post"). Names come back in their name form ("des Spiegels" ->
"Spiegel", "der Deutschen Presse-Agentur" -> "dpa"), in order of first mention, once each.

A cited source is another medium the text takes something from: it reported or wrote it ("wie
zuerst der NDR berichtete", "nachdem die X darüber berichtet hatte", "berichtet die X unter
Berufung auf Y": both), someone said it to it ("sagte er dem X", "gegenüber dem X sagte", "in
einem Interview mit der X", "im Gespräch mit dem X"), the text first appeared there ("erschien
zuerst bei X", "war zuerst bei X zu sehen"), the medium named, counted or pointed to something
("Der X nannte ...", "Auch X verwies auf ..."), or a source line names it ("Quelle: X.de", "Mit
Material von dpa/AFP", "(via X)", "(dpa/AFP/rtr)"). A broadcaster's programme counts as the
broadcaster ("das NDR Regionalmagazin" -> "NDR"). The page's own outlet is never a cited source
("im Gespräch mit dem X" is often the outlet's own interview: it is left out when the caller
passes the outlet or the text names it).
"""

from __future__ import annotations

import re

from lagebild.clean.outlets import (
    AGENCIES,
    DOMAIN,
    KNOWN_OUTLETS,
    MEDIA_WORDS,
    NAME,
    find_outlet,
    gazetteer,
    is_media_name,
    normalise_outlet,
)
from lagebild.ner.resources import FIRSTNAMES_FILE

_ART = r"(?:(?:[dD](?:er|ie|as|em|en|es)|the)\s+)?"
# (an agency also as the last part of a compound: "die Finanznachrichtenagentur X"; a paper's
# compound is often its name, "die Weinbauzeitung Südwest")
_KIND_WORDS = r"[A-ZÄÖÜ][a-zäöüß]+nachrichtenagentur|Zeitschrift|Branchenblatt|Branchenportal|Fachportal|Onlinemagazin|Musikmagazin|Zeitung|Tageszeitung|Wochenzeitung|Nachrichtenagentur|Agentur|Magazin|Nachrichtenmagazin|Sender|Fernsehsender|Radiosender|Portal|Nachrichtenportal|Onlineportal|Blatt|Boulevardblatt|Wirtschaftszeitung|Fachmagazin|Branchendienst|newspaper|magazine|agency|broadcaster|outlet|news agency|website"
# a kind word may carry a country code: "das US-Portal X", "der UK-Sender Y"
_KIND = r"(?:(?:[A-Z]{2,3}-)?(?P<kind>" + _KIND_WORDS + r")\s+)?"
# a nationality or state adjective before a kind word: "die italienische Agentur ANSA", or a
# nationality right before the name: "die britische Daily Mail", "der britische Guardian"
_ADJ = (
    r"(?:(?:[a-zäöü]+ische[nmrs]?|staatliche[nmrs]?)\s+(?=(?:" + _KIND_WORDS + r")\s)"
    r"|[a-zäöü]+ische[nmrs]?\s+(?=[A-ZÄÖÜ]))?"
)
# words that open a sentence but are no medium's name (a cue reading the subject skips them)
_NOT_SUBJECT = (
    r"(?!(?:Wie|Laut|Nach|So|Auch|Als|Wenn|Dass|Ob|Weil|Da|Dann|Im|Am|In|An|Auf|Aus|Bei|"
    r"Mit|Von|Vor|Zu|Zum|Zur|Über|Unter|Gegenüber|Heute|Gestern|Zuvor|Zuerst|Bereits)\b)"
)
# a medium's name, with an optional article and kind word: "die Zeitung Haaretz", "dpa"
_MEDIUM = _ART + _ADJ + _KIND + r"(?P<name>" + NAME + ")"
_VERB = r"(?:berichtet|berichtete|berichten|meldet|meldete|schreibt|schrieb|zitiert|zitierte|enthüllt|enthüllte|erfuhr|veröffentlichte|rechnet|rechnete|analysiert|analysierte|titelt|titelte|kommentiert|kommentierte|recherchiert|recherchierte|reported|reports|wrote|writes|said|first reported)"
_TEXT_CUES = [
    # wie der Spiegel berichtete / wie die Süddeutsche Zeitung unter Berufung auf ... meldet
    _AS_REPORTED := re.compile(
        r"(?i:\b(?:wie|über\s+(?:den|die|das|welche[n]?))\s+"
        r"(?:(?:zuerst|zuvor|zuletzt|bereits|schon|auch|ebenfalls|kürzlich|jüngst|unter\s+anderem)\s+){0,2})"
        + _MEDIUM
        + r"(?:\s+\([^)]{1,30}\))?\s+(?i:(?:(?:am|im)\s+\w+\s+|"
        # "wie der NDR in seiner Sendung berichtete", "in einem Beitrag über Pilze berichtete"
        # ... also over a longer topic: "in einer Recherche zu Windparks in Bayern beschrieb"
        r"in\s+(?:seiner|ihrer|seinem|ihrem|einem|einer)\s+(?:[\w-]+\s+)?[\w-]+(?:\s+(?:über|zu|zum|zur|unter)"
        r"(?:\s+[\w-]+){1,4}?)?\s+|unter\s+berufung\s+auf\s+[^.,]{1,60}\s+|"
        # "wie die dpa aus Koalitionskreisen erfuhr", "aus informierten Quellen"
        r"aus\s+(?:[\w-]+\s+)?[\w-]*(?:kreisen|quellen)\s+|(?:bereits|zuerst|zuvor|zuletzt|schon|übereinstimmend|kürzlich|vor\s+kurzem|jüngst|unlängst|neulich|heute|gestern|vorgestern|damals|exklusiv|nun|jetzt|online)\s+)"
        # ... two or three of them: "wie der X bereits im Winter berichtet hatte", "wie die
        # Agentur X bereits am Vortag unter Berufung auf Finanzkreise berichtet hatte"
        r"{0,3}"
        # "wie der X im Frühjahr zeigte": a piece that showed or described it (only after "wie")
        + r"(?:"
        + _VERB
        + r"|zeigte|zeigten|spekulierte|spekulierten|beschrieb|beschrieben|feststellte|feststellten"
        # a survey of its own: "wie die dpa in einer Umfrage unter Verbänden ermittelte"
        + r"|ermittelte|ermittelten"
        # ... a separable verb of showing what it worked out: "wie die X vorrechnete"
        + r"|(?:vor|nach|aus|durch)rechnete|(?:vor|nach|aus|durch)rechneten|aufzeigte|aufdeckte"
        # ... in the perfect: "wie Zeit Online in einer Umfrage ermittelt hat"
        + r"|(?:berichtet|gemeldet|geschrieben|ermittelt|recherchiert|beschrieben|gezeigt)"
        + r"\s+(?:hat|hatte|haben|hatten)\b))"
    ),
    # laut Spiegel / laut einem Bericht der Süddeutschen Zeitung / laut dpa
    _LAUT := re.compile(
        r"(?i:\blaut\s+(?:(?:einem|eines|einer|dem|den|des)\s+(?:bericht|berichts|berichtes|berichten|meldung|recherche|recherchen|artikel|artikels|informationen|angaben)\s+(?:der|des|von|im|in\s+der|auf)\s+)?)"
        + _MEDIUM
    ),
    # nach Angaben des / nach Informationen der / Berichten der X zufolge
    _ACCORDING_DE := re.compile(
        r"(?i:\b(?:nach|zufolge|gemäß)\s+(?:angaben|informationen|recherchen|berichten|einem\s+bericht|"
        # "nach einer Übersicht der dpa", "nach einer Auswertung des BR"
        r"einer\s+(?:übersicht|auswertung|zusammenstellung|erhebung|berechnung)|"
        r"(?:einer\s+)?meldung(?:en)?)\s+(?:der|des|von)\s+)" + _KIND + r"(?P<name>" + NAME + ")"
    ),
    _DEM_ZUFOLGE := re.compile(
        r"(?i:\b(?:dem|der|den)\s+)" + _KIND + r"(?P<name>" + NAME + r")(?i:\s+zufolge)\b"
    ),
    _ZUFOLGE := re.compile(r"(?<![\w.])(?P<name>" + NAME + r")(?i:\s+zufolge)\b"),
    re.compile(
        r"(?i:\bbericht\w*\s+(?:der|des|von|vom|im|in\s+der)\s+)"
        + _KIND
        + r"(?P<name>"
        + NAME
        + ")"
    ),
    # ..., berichtet die Bild-Zeitung / meldet das Handelsblatt / sagte er dem rbb
    _VERB_FIRST := re.compile(
        r"(?i:\b"
        + _VERB
        + r"\s+(?:(?:am\s+\w+|zuerst|zuvor|bereits|online|auch|ebenfalls)\s+)?)"
        + _MEDIUM
    ),
    _SAID_TO := re.compile(
        r"(?i:\b(?:sagte|sagten|erklärte|bestätigte|teilte)\s+(?:[\w-]+\s+){0,5}?(?:dem|der|den)\s+)"
        + _KIND
        + r"(?P<name>"
        + NAME
        + ")"
    ),
    # ... in the perfect, the medium between the auxiliary and the participle: "Der Minister
    # hatte der Abendpost zuvor gesagt", "hat dem Inforadio bestätigt"
    _SAID_TO_PERFECT := re.compile(
        r"(?i:\b(?:hat|hatte|hatten|haben)\s+(?:[\w-]+\s+){0,5}?(?:dem|der|den)\s+)"
        + _KIND
        + r"(?P<name>"
        + NAME
        + r")(?i:\s+(?:(?:zuvor|bereits|schon|damals|einmal|noch|auch)\s+){0,2}"
        + r"(?:gesagt|erklärt|bestätigt|mitgeteilt))\b"
    ),
    # Reuters-Informationen, dpa-Angaben
    _AGENCY_INFO := re.compile(
        r"(?<![\w-])(?P<name>[A-ZÄÖÜa-z][\w.]*)-(?i:informationen|angaben|recherchen|berichte[n]?|"
        # a poll or evaluation a medium ran: "nach einer dpa-Umfrage" (only known media and
        # agencies: "Online-Umfrage", "Forsa-Umfrage" name no medium, see find_cites)
        r"(?P<poll>umfrage[n]?|auswertung(?:en)?|analyse[n]?))\b"
    ),
    # a survey a medium ran: "von Reuters befragte Ökonomen" (only known media and agencies:
    # "von Forsa befragte Bürger" names a pollster)
    _POLLED_BY := re.compile(r"(?i:\b(?:von|vom)\s+)" + _MEDIUM + r"(?i:\s+befragten?)\b"),
    # English: according to Reuters / as reported by the Guardian / Bloomberg reported
    _ACCORDING_EN := re.compile(
        r"(?i:\b(?:according\s+to|as\s+reported\s+by|reported\s+by|reporting\s+by|citing|"
        r"told|speaking\s+to|in\s+an\s+interview\s+with)\s+(?:a\s+report\s+(?:by|in|from)\s+)?)"
        + _MEDIUM
    ),
    _NAME_REPORTED := re.compile(
        r"(?P<name>" + NAME + r")(?i:\s+(?:reported|reports|first\s+reported))\b"
    ),
    # "Reuters contributed to this report", "The Associated Press contributed reporting"
    _CONTRIBUTED := re.compile(
        r"(?P<name>"
        + NAME
        + r")(?i:\s+contributed\s+(?:reporting\s+)?(?:to\s+this\s+(?:report|story|article)|reporting))\b"
    ),
]
# a past participle of reporting, up to six words after the name: "über den Mangel berichtet"
# ... or of describing or presenting something to its readers: "hatte die X den Streit
# ausführlich beschrieben", "hatte das Y die Aktion vorgestellt"
_PARTICIPLE = r"(?i:(?:\s+[\w'’.-]+){0,6}?\s+(?:berichtet|gemeldet|geschrieben|enthüllt|veröffentlicht|(?:publik|öffentlich)\s+gemacht|aufgedeckt|beschrieben|vorgestellt|dokumentiert|erwähnt|porträtiert|thematisiert|spekuliert|hingewiesen|ausgewertet))\b"
_PART_OF = (
    r"(?:(?:das|die|der|ein|eine)\s+[A-ZÄÖÜ][a-zäöüß-]*(?:programm|sendung|redaktion|studio|"
    r"ausgabe|magazin)\s+(?:des|der)\s+)?"
)
_TEXT_CUES.extend(
    [
        # Zuerst hatte Politico darüber berichtet / Zuvor hatte der Weser-Kurier über den
        # Mangel berichtet
        _HAD_REPORTED := re.compile(
            # ... also with a focus word: "Im Herbst hatte auch der NDR darüber berichtet"
            # ... and with the person or the matter as a pronoun before the medium: "Im Dezember
            # hatte ihn der X in einem Beitrag erwähnt"
            # ... and with two of them: "hatte zuvor schon X beschrieben", "hatte kürzlich die X"
            r"(?i:\b(?P<aux>hatte|hat|hatten|haben)\s+(?:(?:zuerst|zuvor|bereits|schon|auch|ebenfalls|"
            r"kürzlich|zuletzt|jüngst|vorab|damals)\s+){0,2}"
            r"(?:(?:ihn|sie|es|ihm|ihr|ihnen|darüber|davon)\s+)?)"
            # ... or a part of the medium, named by the medium after it: "hatte das
            # Regionalprogramm des NDR berichtet", "hatte die Lokalredaktion der X gemeldet"
            + _PART_OF
            + _MEDIUM
            + _PARTICIPLE
        ),
        # the medium as the agent of a passive: "einer wurde vom NDR als Buch des Monats
        # vorgestellt", "Der Fall war von der Zeitung X zuerst beschrieben worden"
        _PASSIVE := re.compile(
            r"(?i:\b(?:wurde|wurden|war|waren)\s+(?:[\w-]+\s+){0,3}?(?:vom|von\s+der)\s+)"
            + _KIND
            + r"(?P<name>"
            + NAME
            + ")"
            + _PARTICIPLE
        ),
        # nachdem die Nordsee-Zeitung darüber berichtet hatte / worüber der MDR berichtet hat
        # ... and in a relative clause with the medium's article: "eine Umfrage, die der NDR
        # öffentlich gemacht hat"
        _CLAUSE := re.compile(
            r"(?:(?i:\b(?:nachdem|als|weil|was|worüber|wovon|nachdem\s+zuerst)\s+)"
            # ... or a domain, which takes no article: "Zahlen, die beispiel.de veröffentlicht hat"
            r"|,\s*(?:die|den|das|welche[n]?)\s+(?=[dD](?:er|ie|as)\s|[a-z0-9-]+\.(?:de|com|at|ch|org|net|eu)\b))"
            + _MEDIUM
            # the name may carry its code in brackets: "die die Presse-Agentur (pa) ausgewertet hat"
            + r"(?:\s+\([A-Za-z-]{2,12}\))?"
            + _PARTICIPLE
            + r"(?i:\s+(?:hatte|hat|hatten|haben))\b"
        ),
        # the medium as the subject of a sentence: "Radio Bremen zitierte den Stadtrat",
        # "Die Volksstimme berichtete am Montag", "Der NDR hatte bereits am Abend berichtet"
        _SUBJECT := re.compile(
            r"(?:^|(?<=[.!?:])\s+|(?<=[.!?:][\"“”»«]\s)"
            # ... or a main clause after a comma, opened by its focus word: ", auch der X
            # hatte darüber berichtet"
            r"|(?<=,)\s+(?=(?:auch|selbst|sogar)\s+[dD](?:er|ie|as)\s))"
            # "Auch die X hatte zuvor berichtet": a focus word before the subject's article
            + r"(?:(?:Auch|Selbst|Sogar|auch|selbst|sogar)\s+(?=[dD](?:er|ie|as)\s))?"
            + _ART
            + _ADJ
            + _KIND
            + _NOT_SUBJECT
            + r"(?P<name>"
            + NAME
            # the name may carry its code in brackets: "Der Evangelische Pressedienst (epd)"
            + r")(?:\s+\([A-Za-z]{2,6}\))?(?i:\s+(?:berichtete|berichtet|meldete|meldet|schrieb|schreibt|zitierte|zitiert|"
            # the subject opens the sentence, so "hatte" and the participle close one verb
            # bracket: the words between may be many, but no clause ends among them
            r"enthüllte|titelte|(?:hatte|hat)\s+(?:[\w-]+\s+){0,12}?(?:berichtet|gemeldet|verbreitet|"
            r"beschrieben|vorgestellt|dokumentiert|geschrieben|spekuliert)"
            # "Der X wies kürzlich darauf hin, dass ...": pointing out is reporting too
            r"|(?:wies|weist)\s+(?:[\w-]+\s+){0,3}?(?:darauf\s+)?hin\b"
            # a broadcaster's footage: "Die X zeigte Bilder von überfluteten Dörfern"
            r"|zeigte\s+(?:[\w-]+\s+){0,2}?(?:Bilder|Aufnahmen|Videos?|Fotos)\b"
            # "Die X verweist allerdings darauf, dass ..."
            r"|verweist\s+(?:[\w-]+\s+){0,3}?darauf\b|verwies\s+(?:[\w-]+\s+){0,3}?darauf\b"
            # advice the text takes over: "Die X empfiehlt einen Lichtschutzfaktor von 30"
            r"|empfiehlt|empfahl"
            # taking a story up: "Auch der WDR griff das Thema in seinem Magazin auf"
            r"|gr(?:iff|eift)\s+(?:das|den|die)\s+(?:Thema|Fall|Geschichte|Bericht|Vorfall)"
            r"\s+(?:[\w-]+\s+){0,6}?auf\b)"
            # two media as the subject: "Der NDR und Radio X hatten darüber berichtet" (the
            # second is read by the list after the first)
            r"|\s+und\s+(?:[dD](?:er|ie|as)\s+)?[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,2}"
            r"\s+(?i:berichteten|meldeten|schrieben|hatten\s+(?:[\w-]+\s+){0,12}?(?:berichtet|gemeldet|verbreitet)))\b",
            re.MULTILINE,
        ),
        # unter Berufung auf die Nachrichtenagentur Reuters / auf einen Bericht der Zeit
        re.compile(
            r"(?i:\bunter\s+berufung\s+auf\s+(?:(?:einen|einem|eine|den|die)\s+(?:bericht|meldung|recherche|recherchen|artikel|informationen)\s+(?:der|des|von|im|in\s+der)\s+)?)"
            + _MEDIUM
        ),
        # Gegenüber dem NDR sagte er ... / im Interview mit dem Deutschlandfunk
        re.compile(
            r"(?i:\bgegenüber\s+)"
            + _MEDIUM
            + r"(?i:\s+(?:[\w-]+\s+){0,2}?(?:sagte|sagten|erklärte|erklärten|bestätigte|bestätigten|betonte|äußerte|kündigte|räumte|teilte|sagt|erklärt|bestätigt))\b"
        ),
        # the verb before the medium: "Der Teamchef sprach gegenüber X.de von ...", "sagte
        # sie gegenüber dem NDR"
        _SAID_TOWARDS := re.compile(
            r"(?i:\b(?:sprach|sprachen|sagte|sagten|erklärte|erklärten|bestätigte|bestätigten|"
            r"betonte|äußerte|räumte)\s+(?:[\w-]+\s+){0,2}?gegenüber\s+)" + _MEDIUM
        ),
        # "in einem Interview mit der Welt": an interview given elsewhere
        _INTERVIEW_WITH := re.compile(
            r"(?i:\bin\s+einem\s+(?:gespräch|interview|podcast)\s+(?:mit|bei|von)\s+)" + _MEDIUM
        ),
        # "im Gespräch mit dem NDR", "im Podcast von X": as often the page's own outlet's
        # interview ("im Gespräch mit dem Standard" on the Standard's page), so it counts only
        # where the own outlet is known and can be told apart (see find_cites)
        _INTERVIEW_IM := re.compile(
            r"(?i:\bim\s+(?:gespräch|interview|podcast)\s+(?:mit|bei|von)\s+)" + _MEDIUM
        ),
        # "in einem Beitrag von Nature News", "in einem Bericht des X-Magazins": a piece the
        # medium published (a person's name after "von" is no medium and is dropped)
        _PIECE_OF := re.compile(
            r"(?i:\bin\s+einem\s+(?:beitrag|bericht|artikel)\s+(?:von|des|der|bei|im)\s+)" + _MEDIUM
        ),
        # the medium spoken to at a sentence's start: "Dem Inforadio sagte die Ministerin ..."
        _DATIVE_FIRST := re.compile(
            r"(?:^|(?<=[.!?:])\s+)Dem\s+"
            + _KIND
            + r"(?P<name>"
            + NAME
            + r")\s+(?:sagte|sagten|erklärte|erklärten|bestätigte|bestätigten|schilderte|"
            r"kündigte|räumte|betonte|versicherte)\b",
            re.MULTILINE,
        ),
        # wie er dem NDR sagte / wie sie der Volksstimme bestätigte
        _AS_TOLD := re.compile(
            r"(?i:\bwie\s+(?:[\w-]+\s+){1,4}?(?:dem|der|den)\s+)"
            + _KIND
            + r"(?P<name>"
            + NAME
            + r")(?i:\s+(?:sagte|sagten|erklärte|bestätigte|schilderte|berichtete|mitteilte|gesagt\s+hat|sagt))\b"
        ),
        # wie die Stadt Radio Westmark bestätigte: a station whose name opens with its kind
        # ("Radio") takes no article in the dative
        _AS_TOLD_BARE := re.compile(
            r"(?i:\bwie\s+(?:[\w-]+\s+){1,4}?)"
            r"(?P<name>Radio\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)"
            r"(?i:\s+(?:sagte|sagten|erklärte|bestätigte|schilderte|mitteilte|gesagt\s+hat|sagt))\b"
        ),
        # Dieser Artikel erschien zuerst bei Netzpolitik.org / first published by the Guardian:
        # the text comes from another medium (the page's own outlet is left out below)
        _FIRST_APPEARED := re.compile(
            r"(?i:\b(?:(?:zuerst|ursprünglich|erstmals)\s+(?:erschienen|veröffentlicht)|erschien\s+(?:zuerst|ursprünglich|erstmals)|"
            r"(?:first|originally)\s+(?:published|appeared)|appeared\s+(?:first|originally))\s+(?:bei|in|im|auf|beim|in\s+der|by|in|on|at)\s+)"
            + _MEDIUM
        ),
    ]
)
# a medium that had a story first, in a clause of its own: "..., die HNA hatte zuerst darüber
# berichtet", "und der Kurier hat als erster davon berichtet". Reporting a story *first* is what
# media do, so a short capitalised code counts as a medium here ("HNA", "WAZ") even when no media
# word or list knows it; ordinary nouns ("die Polizei hatte zuerst berichtet") do not.
_SCOOP = re.compile(
    r"(?:^|(?<=[.!?:;,])\s+|\b(?i:und|aber|doch)\s+)"
    + _ART
    + _KIND
    + r"(?P<name>"
    + NAME
    + r")\s+(?i:hatte|hat|hatten|haben)\s+(?i:zuerst|als\s+erste[rs]?)\s+"
    r"(?i:(?:darüber|davon|über\s+[^.,;!?]{1,50}?)\s+)?(?i:berichtet)\b",
    re.MULTILINE,
)
_TEXT_CUES.append(_SCOOP)
_TEXT_CUES.extend(
    [
        # the subject medium after an adverb: "Auch der Spiegel berichtete darüber"
        _ADVERB_SUBJECT := re.compile(
            r"(?:^|(?<=[.!?:])\s+)(?:Auch|Ebenfalls|Zuerst|Zuvor|Bereits|Inzwischen|Daraufhin)\s+"
            + _MEDIUM
            + r"\s+(?i:berichtete|berichtet|berichteten|meldete|meldet|schrieb|schreibt|zitierte|"
            r"zitiert|enthüllte|"
            # the perfect: "Auch der Stern hatte kürzlich über ähnliche Fälle geschrieben"
            r"(?:hatte|hat)\s+[^.!?]{0,80}?\b(?:berichtet|geschrieben|gemeldet))\b",
            re.MULTILINE,
        ),
        # research or reports of a medium: "Recherchen des NDR zeigen", "Wie Recherchen von
        # NDR und WDR ergaben", "Mehrere Medien, darunter der Spiegel, berichteten"
        _RESEARCH_OF := re.compile(
            r"(?i:\b(?:recherchen|rechercheergebnisse[n]?|enthüllungen|auswertung(?:en)?|analyse[n]?|umfrage[n]?)\s+(?:des|der|von|vom)\s+)"
            + _KIND
            + r"(?P<name>"
            + NAME
            + ")"
        ),
        # (only with a verb of reporting in the sentence, see _reported_around: "Fotos
        # erschienen in Zeitungen, darunter der X" cites nothing)
        _AMONG_MEDIA := re.compile(
            r"(?i:\b(?:medien|zeitungen|sender|portale|blätter|agenturen)\b,?\s+darunter\s+)"
            # a name with its article or a code ("darunter der Spiegel", "darunter NDR"), not
            # a kind of medium ("darunter Bürgerradios")
            + r"(?=[dD](?:er|ie|as|en)\s|[A-ZÄÖÜ]{2,}\b)"
            + _MEDIUM
        ),
        # "Die Meldung stammt von der Nachrichtenagentur Reuters"
        _STEMS_FROM := re.compile(
            r"(?i:\b(?:meldung|bericht|information(?:en)?|nachricht|artikel|text|zitat|video|"
            r"aufnahmen?)\s+stamm(?:t|en|te|ten)\s+(?:von|vom|aus\s+(?:einem\s+bericht\s+)?(?:der|des|dem))\s+)"
            + _MEDIUM
        ),
        # ... or at a sentence's end, after the speaker: "..., betonte die Forscherin im
        # Inforadio.", "sagte er in der Abendpost." (only media count, as above)
        _SPOKE_ON_LAST := re.compile(
            r"(?i:\b(?:sagte|sagten|erklärte|erklärten|betonte|betonten|warnte|kritisierte|"
            r"bestätigte|bestätigten)\s+(?:[\w.-]+\s+){0,5}?(?:im|beim|in\s+der|bei\s+der|bei)\s+)"
            + r"(?!(?i:"
            + _KIND_WORDS
            + r")\b)(?P<name>"
            + NAME
            + r")(?=\s*[.!?,;]|\s*$)",
            re.MULTILINE,
        ),
        # someone speaking on a broadcaster or in a paper, named at a sentence's start: "Im
        # Inforadio sagte der Minister ...", "In der Abendpost sprach sie von ..." (only media
        # count; "im Gespräch mit dem X" is as often the outlet's own interview, see above)
        _SPOKE_ON := re.compile(
            r"(?:^|(?<=[.!?:])\s+)(?:Im|Beim|Auf|In\s+der|Bei\s+der)\s+(?!(?i:"
            + _KIND_WORDS
            + r")\b)"
            + r"(?P<name>"
            + NAME
            + r")\s+(?:sagte|sagten|sprach|sprachen|erklärte|erklärten|kündigte|kündigten|warnte|"
            r"warnten|räumte|räumten|kritisierte|kritisierten|bestätigte|bestätigten|betonte|"
            r"betonten|warb|warben|"
            # the perfect: "Im ZDF hatte die Ministerin am Sonntag für die Aktion geworben"
            r"(?:hatte|hat|hatten|haben)\s+[^.!?]{0,80}?\b(?:gesagt|gesprochen|erklärt|"
            r"angekündigt|gewarnt|kritisiert|bestätigt|betont|geworben)(?=[\s.,!?]))\b",
            re.MULTILINE,
        ),
        # ... or mid-sentence, before what was said there: "sprach im Deutschlandfunk von
        # einem Skandal", "würdigte ihn in der Abendpost als Vorbild", "sagte im ZDF, man
        # werde ..." (the reported speech after a comma; only media count)
        _SPOKE_IN := re.compile(
            r"(?i:\b(?:(?:sprach|sprachen|würdigte|würdigten)\s+(?:[\w.-]+\s+){0,3}?(?:im|beim|in\s+der|bei\s+der)\s+"
            r"|(?:sagte|sagten|erklärte|erklärten|betonte|betonten)\s+(?:[\w.-]+\s+){0,2}?(?:im|beim)\s+))"
            + r"(?!(?i:"
            + _KIND_WORDS
            + r")\b)(?P<name>"
            + NAME
            + r")(?=\s+(?:von|vom|als|über)\s|\s*,\s)"
        ),
        # ... in the perfect, the medium inside the verb bracket: "Ähnlich hatte es ein
        # Experte im Deutschlandfunk formuliert" (only media count)
        _SPOKE_IN_PERFECT := re.compile(
            r"(?i:\b(?:hatte|hat|hatten|haben)\s+(?:[\w.-]+\s+){0,5}?(?:im|beim)\s+)"
            + r"(?!(?i:"
            + _KIND_WORDS
            + r")\b)(?P<name>"
            + NAME
            + r")\s+(?i:formuliert|gesagt|erklärt|betont|gefordert|kritisiert|gewarnt)\b"
        ),
    ]
)
# a news agency as the subject of a verb of reporting or confirming anywhere in a sentence:
# "..., die APA bestätigte das Urteil", "wie die SDA verbreitete". Only agencies (checked where
# the cue is read): an agency is never the news itself, while "Der NDR bestätigte" may be.
_AGENCY_SUBJECT = re.compile(
    r"\b(?:[dD](?:ie|er))\s+(?:(?:Nachrichten)?[aA]gentur\s+)?(?P<name>[\w-]{2,12})\s+"
    r"(?i:bestätigte|bestätigt|bestätigten|"
    r"verbreitete|verbreitet|meldete|meldet|berichtete|berichtet|zitierte|zitiert|"
    # an agency naming its source: "Die Agentur X berief sich auf Zahlen des Ministeriums"
    r"berief\s+sich|beruft\s+sich|"
    # an agency taking a story up: "Auch die dpa griff die Nachricht auf"
    r"griff(?=[^.!?]{0,60}\bauf\b)|greift(?=[^.!?]{0,60}\bauf\b))\b"
)
_TEXT_CUES.append(_AGENCY_SUBJECT)

# a medium as the subject of what it did with a story, at a sentence's start (after a focus
# adverb too): it named or counted something ("Der WDR nannte Wartezeiten von ...", "Der X
# zählte den Auftritt zu ..."), honoured someone, called something so, pointed to something,
# took a story up, filmed a piece, or had done so ("Deutschlandfunk Kultur hatte die Produktion
# als ... bezeichnet"). A name that is also an ordinary word is left out ("Die Welt zählte acht
# Milliarden Menschen"), see _ORDINARY_NAMES.
_SUBJECT_DID = re.compile(
    r"(?:^|(?<=[.!?:;])\s+|(?<=[.!?:][\"“”»«]\s))"
    r"(?:(?:Auch|Selbst|Sogar|Zuvor|Zuletzt|Bereits|Zuerst|Inzwischen)\s+)?"
    + _ART
    + _ADJ
    + _KIND
    + _NOT_SUBJECT
    + r"(?P<name>"
    + NAME
    + r")(?:\s+\([A-Za-z]{2,6}\))?\s+(?:nannte|nennt|würdigte|würdigt|zählte|bezeichnete|"
    r"verwies\s+(?:[\w-]+\s+){0,3}?auf|verweist\s+(?:[\w-]+\s+){0,3}?auf|"
    r"drehte\s+(?:[\w-]+\s+){0,4}?(?:Beitrag|Reportage|Film|Dokumentation|Bericht)|"
    r"gr(?:iff|eift)\s+(?:das|den|die)\s+[\w-]+\s+(?:[\w-]+\s+){0,6}?auf|"
    r"(?:hatte|hat)\s+(?:[\w-]+\s+){0,12}?(?:bezeichnet|hingewiesen|veröffentlicht|gedreht|"
    r"ausgerufen|gezählt|genannt|gewürdigt|porträtiert|interviewt|begleitet)"
    # someone it portrayed or interviewed: "Der SWR porträtierte den Schuhmacher 2019"
    r"|porträtierte|porträtiert|interviewte)\b",
    re.MULTILINE,
)
# a medium as the subject of a verb of reporting after a comma, with its article: "Laut dpa
# fehlen Fachkräfte, der WDR meldete zuletzt verkürzte Öffnungszeiten"
_CLAUSE_SUBJECT = re.compile(
    r"(?<=,)\s+[dD](?:er|ie|as)\s+"
    + _KIND
    + _NOT_SUBJECT
    + r"(?P<name>"
    + NAME
    + r")\s+(?:berichtete|berichtet|meldete|meldet|schrieb|schreibt)\b"
)
# a medium as where a story was first seen, read or heard: "Der Fall war zuerst bei RTL zu
# sehen", "war bereits im Deutschlandfunk zu hören"
_SEEN_AT = re.compile(
    r"(?i:\b(?:zuerst|bereits|schon|erstmals|auch)\s+(?:bei|beim|im|in\s+der|auf)\s+)"
    + _MEDIUM
    + r"(?i:\s+zu\s+(?:sehen|lesen|hören))\b"
)
# a medium as where a piece was published: "Seine Bilder erschienen auch im Spiegel" (a study in
# a journal is no cited medium: the sentence must not speak of one, see _SCIENCE)
_APPEARED_IN = re.compile(
    r"(?i:\berschien(?:en)?\s+(?:(?:auch|bereits|schon|zuerst|unter\s+anderem|regelmäßig)\s+)?"
    r"(?:im|in\s+der|beim|bei\s+der)\s+)(?!(?i:" + _KIND_WORDS + r"|fach\w*)\b)"
    r"(?P<name>" + NAME + r")"
)
_TEXT_CUES.extend([_SUBJECT_DID, _CLAUSE_SUBJECT, _SEEN_AT, _APPEARED_IN])
# names of media that are also ordinary words, left out where the verb is no verb of reporting
_ORDINARY_NAMES = frozenset(
    "Welt Zeit Bild Stern Presse Standard Kurier Express Focus Capital Time Times Republik "
    "Profil Blick Krone Merkur Chip Gala Bunte Heute Freitag Falter Phoenix Funke".split()
)
# a study or journal in the sentence: what appeared there is science, not a cited medium
_SCIENCE = re.compile(r"(?i:studie|fachblatt|fachzeitschrift|fachjournal|journal|untersuchung)")
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,5}$")
# words a cue cannot match without (a cheap test that spares the slow cues most texts)
_PARTICIPLES = (
    "berichtet",
    "gemeldet",
    "geschrieben",
    "enthüllt",
    "veröffentlicht",
    "publik",
    "öffentlich gemacht",
    "aufgedeckt",
    "beschrieben",
    "vorgestellt",
    "dokumentiert",
    "erwähnt",
    "porträtiert",
    "thematisiert",
    "spekuliert",
    "hingewiesen",
    "ausgewertet",
)
# lower-case stems of every verb in _VERB: a cue built on _VERB cannot match without one
_VERB_STEMS = (
    "bericht", "meld", "schreib", "schrieb", "zitier", "enthüll", "erfuhr", "veröffentlich",
    "rechne", "analysier", "titel", "kommentier", "recherchier", "report", "wrote", "writes", "said",
)  # fmt: skip
# reporting verbs (stems) that gate both subject-first cite patterns
_REPORT_VERBS = ("berichte", "meldet", "schrieb", "schreibt", "zitiert", "enthüllte")
_GATES = {
    _POLLED_BY: ("befragt",),
    _HAD_REPORTED: _PARTICIPLES,
    _CLAUSE: _PARTICIPLES,
    _SCOOP: ("zuerst", "als erste"),
    _ADVERB_SUBJECT: (*_REPORT_VERBS, "geschrieben"),
    _RESEARCH_OF: ("recherche", "enthüllung", "auswertung", "analyse", "umfrage"),
    _AMONG_MEDIA: ("darunter",),
    _STEMS_FROM: ("stamm",),
    _AGENCY_SUBJECT: (
        "bestätig",
        "verbreite",
        "meld",
        "bericht",
        "zitiert",
        "griff",
        "greift",
        "berief",
        "beruft",
    ),
    _SUBJECT: (
        *_REPORT_VERBS,
        "titelte",
        "verbreitet",
        "beschrieben",
        "vorgestellt",
        "dokumentiert",
        "wies",
        "weist",
        "zeigte",
        "geschrieben",
        "verweist",
        "verwies",
        "spekuliert",
        "griff",
        "greift",
        "empf",
    ),
    _CONTRIBUTED: ("contributed",),
    _SUBJECT_DID: (
        "nannte",
        "nennt",
        "würdigt",
        "zählte",
        "bezeichne",
        "verwies",
        "verweist",
        "drehte",
        "griff",
        "greift",
        "hingewiesen",
        "veröffentlicht",
        "gedreht",
        "ausgerufen",
        "gezählt",
        "genannt",
        "porträt",
        "interviewt",
        "begleitet",
    ),
    _CLAUSE_SUBJECT: ("berichte", "meldet", "schrieb", "schreibt"),
    _SEEN_AT: ("zu sehen", "zu lesen", "zu hören"),
    _APPEARED_IN: ("erschien",),
    _FIRST_APPEARED: ("erschien", "veröffentlicht", "published", "appeared"),
    _AS_REPORTED: (
        *_VERB_STEMS,
        "zeigte",
        "spekulierte",
        "beschrieb",
        "feststellte",
        "ermittelt",
        "gemeldet",
        "geschrieben",
        "recherchiert",
        "gezeigt",
    ),
    _VERB_FIRST: _VERB_STEMS,
    _LAUT: ("laut",),
    _ACCORDING_DE: (
        "angaben",
        "informationen",
        "recherchen",
        "bericht",
        "meldung",
        "übersicht",
        "auswertung",
        "zusammenstellung",
        "erhebung",
        "berechnung",
    ),
    _DEM_ZUFOLGE: ("zufolge",),
    _ZUFOLGE: ("zufolge",),
    _SAID_TO: ("sagte", "erklärte", "bestätigte", "teilte"),
    _SAID_TO_PERFECT: ("gesagt", "erklärt", "bestätigt", "mitgeteilt"),
    _AGENCY_INFO: (
        "-informationen",
        "-angaben",
        "-recherchen",
        "-bericht",
        "-umfrage",
        "-auswertung",
        "-analyse",
    ),
    _ACCORDING_EN: (
        "according",
        "reported",
        "reporting",
        "citing",
        "told",
        "speaking",
        "interview",
    ),
    _NAME_REPORTED: ("reported", "reports"),
    _INTERVIEW_WITH: ("gespräch", "interview", "podcast"),
    _INTERVIEW_IM: ("im gespräch", "im interview", "im podcast"),
    _PIECE_OF: ("beitrag", "bericht", "artikel"),
    _SAID_TOWARDS: ("gegenüber",),
    _DATIVE_FIRST: ("dem ",),
    _SPOKE_IN: ("sprach", "würdigte", "sagte", "erklärte", "betonte"),
    _SPOKE_IN_PERFECT: (
        "formuliert",
        "gesagt",
        "erklärt",
        "betont",
        "gefordert",
        "kritisiert",
        "gewarnt",
    ),
    _SPOKE_ON_LAST: ("sagte", "erklärte", "betonte", "warnte", "kritisierte", "bestätigte"),
    _AS_TOLD: ("sagt", "erklärte", "bestätigte", "schilderte", "berichtete", "mitteilte"),
    _AS_TOLD_BARE: ("sagt", "erklärte", "bestätigte", "schilderte", "mitteilte"),
}
# cues where the verb follows the name: the whole run must be the name ("Die Funke
# Mediengruppe meldete" names a company, not the "Funke" papers)
_WHOLE = (_SUBJECT, _SUBJECT_DID, _CLAUSE_SUBJECT)
# Lower-case brand names ("heise online", "t3n") are media when the sentence says so: a verb
# of reporting after them, or a brand-like spelling after "laut" or a kind word ("das Portal t3n").
_LOWER = r"(?P<name>[a-z][\w.'’-]*[a-z0-9](?:\s+online)?)"
# only brand-like spellings where no reporting verb follows: "t3n", "golem.de", "heise online"
_BRAND = r"(?=[a-z][\w-]*(?:\d|\.[a-z]|['’][a-z]|\s+online\b))"
_LOWER_STOP = frozenset(
    "selbst auch nun jetzt bereits noch zuvor damals später erneut heute gestern zuerst "
    "online darüber davon dazu dort hier so er sie es man wir ihr viele einige andere manche "
    "alle mehrere medien beide "
    # pronominal adverbs, auxiliaries and particles after a verb: "rechnet damit,",
    # "berichtet hatte.", "schreibt weiter:"
    "damit dabei darauf daran dafür dagegen danach davor darin daraus dahinter deshalb "
    "deswegen trotzdem außerdem zudem ebenfalls weiter weiterhin zunächst zuletzt demnach etwa "
    "inzwischen mittlerweile unterdessen kürzlich exklusiv ausführlich übereinstimmend "
    # how often a page reports: "Wir berichten fortlaufend.", "berichtet laufend"
    "fortlaufend laufend regelmäßig ständig täglich live "
    # the particle of a separable verb: "Die Ökonomin rechnet vor, dass ...", "schreibt zurück"
    "vor nach aus an auf ab durch mit um zurück fest hin her "
    "hatte hat haben hatten habe hätte wird wurde wurden worden war waren ist sind sei seien "
    "nicht nichts etwas mehr ihn ihm ihnen uns euch mich mir dich dir sich "
    # a helper verb after an infinitive: "über euren Verein berichten lassen?"
    "lassen können wollen müssen sollen dürfen werden möchten "
    "the it that this them us".split()
)
_LOWER_CUES = [
    re.compile(
        # ... a kind word in any compound: "das Branchenportal x.de", "das Techmagazin t3n"
        r"\b(?:[dD](?:er|ie|as|em|en|es)|the)\s+(?:[A-ZÄÖÜ][a-zäöüß]*(?:dienst|newsletter|blog|"
        r"portal|magazin|zeitung|agentur)|Newsletter|Blog|Portal|Magazin|Zeitung|Agentur|website|"
        r"newsletter|blog)\s+" + _BRAND + _LOWER + r"\b"
    ),
    # wie heise online berichtete
    re.compile(
        r"(?i:\bwie\s+(?:(?:zuerst|zuvor|zuletzt|bereits|schon|auch)\s+){0,2})"
        + _LOWER
        # ... also over a piece: "wie c't in einem Vergleichstest feststellte"
        + r"(?i:\s+(?:zuerst\s+|zuvor\s+|bereits\s+|in\s+(?:einem|einer|seinem|seiner)\s+[\w-]+\s+)?"
        + r"(?:"
        + _VERB
        + r"|feststellte|zeigte|beschrieb))\b"
    ),
    # ..., berichtet heise online.
    re.compile(r"\b" + _VERB + r"\s+" + _LOWER + r"(?=\s*[.,;:!?]|\s*$)"),
    # laut heise online / laut t3n / laut golem.de: brand-like names only ("laut eigenen ...")
    re.compile(r"(?i:\blaut\s+)" + _BRAND + _LOWER + r"\b"),
    # laut einem Bericht von heise online / laut einem Artikel bei golem.de
    re.compile(
        r"(?i:\blaut\s+(?:einem|einer)\s+(?:bericht|artikel|beitrag|meldung|recherche)\s+"
        r"(?:von|bei|auf|in)\s+)" + _BRAND + _LOWER + r"\b"
    ),
]

# lower-case brands as the subject, where they must look like a brand ("heise online", "c't",
# "t3n", a domain) or be a known outlet written small ("der kicker"): "Zuerst hatte heise online
# darüber berichtet", "; heise online berichtete zuletzt über ...", "hatte der kicker über ein
# Angebot spekuliert"
_LOWER_SUBJECT_CUES = [
    re.compile(
        r"\b(?:hatte|hat|hatten|haben)\s+(?:(?:zuerst|zuvor|bereits|schon|auch|ebenfalls|kürzlich|"
        r"zuletzt)\s+){0,2}(?:(?:der|die|das)\s+)?" + _LOWER + _PARTICIPLE
    ),
    re.compile(
        # ... also after "wie": "Wie der kicker berichtet, ..."
        r"(?:^|(?<=[.!?;:])\s+|\b[Ww]ie\s+(?=(?:der|die|das)\s))"
        r"(?:(?:Auch|Zuvor|Zuletzt|Zuerst|Bereits)\s+)?(?:(?:der|die|das)\s+)?"
        + _LOWER
        + r"\s+(?:berichtete|berichtet|meldete|meldet|schrieb|schreibt)\b",
        re.MULTILINE,
    ),
]
_BRAND_NAME = re.compile(r"[a-z][\w-]*(?:\d|\.[a-z]|['’][a-z]|\s+online\b)")


def _lower_brand(name: str) -> bool:
    """ "heise online", "c't", "t3n", "golem.de", "kicker" (known): a lower-case medium's name."""
    return bool(_BRAND_NAME.match(name)) or normalise_outlet(name) in KNOWN_OUTLETS


# a medium's site named at a sentence's end as where the reader finds more: "Eine Übersicht
# über die Lage bietet tagesschau.de.", "Hintergründe liefert golem.de." (a brand-like
# spelling only: a domain, a digit or "online")
_OFFERED_BY = re.compile(r"\b(?:bietet|liefert)\s+" + _BRAND + _LOWER + r"(?=[.!]\s|[.!]?\s*$)")

# "Quellen: dpa, rbb24.de, Pressemitteilung der EU-Kommission" / "Source: Reuters"
_SOURCE_BOX = re.compile(
    r"^\s*(?i:quellen?|sources?|via|(?:mit\s+)?material\s+(?:von|der|des)(?:\s+nachrichtenagenturen?)?)"
    r"\s*:?\s+(?P<list>.+)$",
    re.MULTILINE,
)
# the same inside parentheses at the end of a paragraph: "(Quelle: dpa)", "(mit Material von
# AFP)", "(via Golem)"
_SOURCE_PAREN = re.compile(
    r"\((?i:quellen?|sources?|via|(?:mit\s+)?material\s+(?:von|der|des)(?:\s+nachrichtenagenturen?)?)"
    r"\s*:?\s+(?P<list>[^()\n]{2,80})\)"
)
# a bare kind word is no name: "wie die Zeitung berichtete", "sagte er dem Sender"
_GENERIC = frozenset(
    "zeitung zeitungen tageszeitung wochenzeitung lokalzeitung regionalzeitung sonntagszeitung "
    "boulevardzeitung blatt lokalblatt boulevardblatt fachblatt magazin nachrichtenmagazin "
    "fachmagazin onlinemagazin sender fernsehsender radiosender rundfunk fernsehen radio agentur "
    "nachrichtenagentur agenturen portal nachrichtenportal onlineportal newsletter blog podcast "
    "presse medien nachrichten news sendung programm journal redaktion lokalredaktion "
    "schülerzeitung mitarbeiterzeitung vereinszeitung kundenzeitung kundenmagazin hauszeitung "
    "stadtteilzeitung gemeindeblatt amtsblatt mitteilungsblatt "
    # outlets named like ordinary words, too often the word itself: "die Presse berichtete",
    # "Heute berichtete der NDR", "Freitag meldete die Polizei"
    "heute freitag insider insidern kreise "
    "newspaper magazine broadcaster agency outlet website".split()
)
# organisations whose names hold a media word: "Agentur für Arbeit", "Bundesnetzagentur",
# "Internationale Energieagentur" (only news and photo agencies are media), "Deutsche Post"
_NOT_MEDIA = re.compile(
    r"(?i:^(?:(?!.*(?:nachrichten|presse|bild|foto|medien)-?agentur).*agentur\b.*"
    r"|(?:die\s+|deutsche\s+|österreichische\s+|schweizerische\s+)?post(?:\s+ag)?)$)"
)
# a medium's name with a role after a hyphen: "Spiegel-Reporter", "dpa-Korrespondent"
_ROLE_SUFFIX = re.compile(r"^(?P<name>[^\s-][^\s]*?)-[A-ZÄÖÜ][a-zäöüß]+$")
# more media in a row after a cue: "nach Recherchen von NDR, WDR und Süddeutscher Zeitung"
_MORE = re.compile(
    r"\s*(?:,\s*|\s+(?:und|sowie|and)\s+|\s*&\s*)(?:(?:[dD](?:er|ie|as|em|en|es)|the)\s+)?(?P<name>"
    + NAME
    + ")"
)
# "Berlin (dpa) –", "(AFP) -", "Potsdam (dpa/bb) –" at the start; "(dpa)" alone on a line.
_DATELINE = re.compile(
    r"^\s*(?:[A-ZÄÖÜ][\w./ -]{0,40}?\s)?\((?P<list>[\w-]{2,12}(?:\s*[/,]\s*[\w-]{2,12})*)\)\s*[-–—:]",
    re.MULTILINE,
)
# "Ruhlach/Kettelbach (dpa). Die ...": a place and a full stop after the credit, or, as Swiss
# papers write it, nothing at all ("Bern (sda) Der Bundesrat ..."); only agency codes count
# here (a stop after parentheses also ends "Die Partei (SPD).")
_DATELINE_STOP = re.compile(
    r"^\s*[A-ZÄÖÜ][\w./ -]{0,40}?\s\((?P<list>[\w-]{2,9}(?:\s*[/,]\s*[\w-]{2,9})*)\)\.?\s+[A-ZÄÖÜ]",
    re.MULTILINE,
)
# a source as one segment of a byline or date line: "29.10.2027 · 08:01 Uhr · Quelle: dpa-AFX",
# also a partner's content named so on a portal: "13:10 · Partnerinhalt von AFP"
_SOURCE_SEGMENT = re.compile(
    r"\s[·|•]\s+(?i:(?:quellen?|sources?)\s*:|partner(?:inhalt|beitrag|artikel|content)\s+"
    r"(?:von|der|des|vom))\s*(?P<list>[^·|•\n]{2,60}?)\s*(?=\s[·|•]\s|$)",
    re.MULTILINE,
)
_MARKER_LINE = re.compile(
    r"^\s*\((?P<list>[\w-]{2,12}(?:\s*[/,]\s*[\w-]{2,12})*)\)\s*$", re.MULTILINE
)
# a credit closing a paragraph, "... am Montag. (sda/red)", or alone on a line without
# parentheses, "dpa/AFP/lm": the first code must be an agency
_CREDIT_END = re.compile(
    r"(?:(?<=[.!?“\"])\s*\((?P<paren>[\w-]{2,12}(?:\s*/\s*[\w-]{2,12}){0,3})\)"
    # ... or inside the paragraph's last sentence, before its stop: "... gegeben hat (epd)."
    r"|\s\((?P<inner>[\w-]{2,12}(?:\s*/\s*[\w-]{2,12}){0,3})\)\."
    r"|^(?P<bare>[\w-]{2,12}(?:\s*/\s*[\w-]{2,12}){1,3}|[a-z]{2,4}))\s*$",
    re.MULTILINE,
)
# an agency's wire named as the way a story went: "ging über den Ticker der dpa"
_TICKER = re.compile(
    r"\b(?i:ticker|newsticker|dienst|basisdienst)\s+(?:der|des|von)\s+(?P<name>" + NAME + ")"
)
_GENERIC_MARKER = re.compile(r"^[a-zäöü]{2,5}$")
# "(red)" is the outlet's own desk, not a source; "(ots)" marks a press office's own release
# sent out by a distribution service, which writes nothing itself
_SELF_MARKERS = frozenset({"red", "mit", "ots"})


# a note on how the source was used, after an item of a source list: "X (umformuliert)",
# "X – umgeschrieben und zusammengefasst von Y"
_ITEM_NOTE = re.compile(r"\s+[–—]\s.*$|\s*\([^)]*\)?\s*$")


def _split_list(raw: str) -> list[str]:
    parts = re.split(r"\s*(?:[,;/|]|\bund\b|\band\b)\s*", raw)
    return [q for p in parts if (q := _ITEM_NOTE.sub("", p.strip()).strip())]


def _marker_sources(raw: str, at_start: bool) -> list[str]:
    """Agency codes from "(dpa/bb)" or "(dpa/AFP/rtr)": the first code is the agency; codes
    after "/" count only when they are agencies too (region codes such as "bb" are not)."""
    parts = [p.strip() for p in re.split(r"\s*,\s*", raw)]
    out: list[str] = []
    for part in parts:
        codes = [c.strip() for c in part.split("/") if c.strip().lower() not in _SELF_MARKERS]
        if not codes:
            continue  # "(ots)": a press office's own release on a portal, "(red)": the desk
        low = codes[0].lower()
        if low in AGENCIES:
            out.append(AGENCIES[low])
        elif at_start and _GENERIC_MARKER.match(codes[0]) and low not in _SELF_MARKERS:
            out.append(codes[0])
        out.extend(AGENCIES[c.lower()] for c in codes[1:] if c.lower() in AGENCIES)
    return out


# a kind of medium as one word, not a name: "Staatsfernsehen", "Lokalzeitung", "Privatsender"
_GENERIC_COMPOUND = re.compile(
    r"(?i:^(?:staats|lokal|regional|privat|rundfunk|nachrichten|sport|musik|fernseh|radio|"
    r"online|boulevard|fach|wochen|tages|sonntags|schüler|mitarbeiter|vereins|kunden|haus|"
    r"stadtteil|gemeinde|amts|mitteilungs|partei|verbands|branchen|wirtschafts|auslands|"
    r"landes|bundes|bezirks|kreis|stadt|kirchen|jugend|kinder|frauen|lokal)?"
    r"(?:zeitung|zeitungen|blatt|blätter|sender|fernsehen|rundfunk|radio|agentur|agenturen|"
    r"portal|magazin|zeitschrift|medien|presse|nachrichten|sendung|redaktion|journal|blog|"
    r"podcast|newsletter)$)"
)


_LEAD_WORDS = frozenset("der die das dem den des the laut nach wie so auch".split())
_NOT_A_NAME = frozenset(
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Ende Anfang Mitte Heute "
    "Morgen Abend Januar Februar März April Mai Juni Juli August September Oktober November "
    "Dezember".split()
)


def _kind_word(word: str) -> bool:
    """ "Zeitung", "Wirtschaftsmagazins", "Nachrichtensender": a kind of medium, inflected or not."""
    for w in (word, word[:-1] if word.endswith("s") else word, word[:-2]):
        if w.casefold() in _GENERIC or _GENERIC_COMPOUND.match(w):
            return True
    return False


# media words that are also surnames: "Hans Spiegel", "Anna Kurier", "Jens Post"
_SURNAME_WORDS = frozenset(
    "Spiegel Kurier Bote Post Funk Stern Merkur Express Echo Herold Standard Beobachter Blick "
    "Welt Zeit Presse Journal Report Zeitung".split()
)


def _person_like(name: str) -> bool:
    """ "Hans Spiegel": a first name and a surname that is also a media word, not a medium."""
    words = name.split()
    return (
        len(words) == 2
        and len(words[0]) > 2
        and words[1] in _SURNAME_WORDS
        and words[0] in gazetteer(FIRSTNAMES_FILE)
        and name not in KNOWN_OUTLETS
    )


def _is_name(name: str) -> bool:
    """A medium's name, not a bare kind word ("Zeitung", "Sender") nor an organisation whose
    name holds a media word ("Agentur für Arbeit"), nor a person named like one ("Hans Spiegel")."""
    if name.casefold() in _GENERIC or _GENERIC_COMPOUND.match(name) or _person_like(name):
        return False
    if name.lower() in AGENCIES:
        return True  # "dpa-AFX": an agency's hyphenated code, no media word after the hyphen
    last = name.split()[-1]
    if "-" in last and not MEDIA_WORDS.search(last.rsplit("-", 1)[1]):
        return False  # "Wall Street Journal-Konkurrenz", "Zeitungs-Chef"
    head, joiner, _ = name.partition(" der ")
    if joiner and not _is_name(head):
        return False  # "Davies der Zeitung", "Bericht der Zeitung": a run across "der"
    if name.lower() in AGENCIES or name in KNOWN_OUTLETS:
        return True
    return is_media_name(name) and name.casefold() not in _GENERIC and not _NOT_MEDIA.match(name)


# words a paper adds to its own name: "Berliner Zeitung Online", "Kieler Zeitung Plus"
_EDITION_WORDS = frozenset("Online Digital Plus Extra Am Live Aktuell Mobil App".split())


_STATION_HEADS = frozenset({"Radio"})
# a district's or town's paper named with its place: "Kreisblatt Sandweiler", "Stadtanzeiger
# Ostkamp", "Gemeindebote Hollerstedt" (the kind word is part of the name, as in "Radio X")
_LOCAL_PAPER = re.compile(
    r"(?:Kreis|Stadt|Gemeinde|Bezirks|Stadtteil)(?:blatt|zeitung|anzeiger|bote|kurier|echo)"
)


def _local_paper(word: str) -> str | None:
    """ "Kreisblatts" -> "Kreisblatt": the name form of a local paper's kind word, if it is one."""
    for w in (word, word[:-1], word[:-2]):
        if _LOCAL_PAPER.fullmatch(w):
            return w
    return None


def _media_prefix(raw: str) -> str | None:
    """The media name at the start of a capitalised run ("Golem Ende" -> "Golem"), if any;
    "Spiegel-Reporter Max Frei" -> "Spiegel"."""
    words = raw.split()
    while len(words) > 1 and words[0].lower() in _LEAD_WORDS:
        words = words[1:]  # "Der Zeitung Haaretz zufolge": the run starts the sentence
    role = _ROLE_SUFFIX.match(words[0]) if words else None
    if role:
        name = normalise_outlet(role.group("name"))
        if name in KNOWN_OUTLETS or name.lower() in AGENCIES or DOMAIN.fullmatch(name):
            return AGENCIES.get(name.lower(), name)
    # a kind word before the name: "die Zeitung Haaretz", "des Wirtschaftsmagazins Nikkei";
    # a station named with its kind keeps it ("Radio Kornwelle", "Radio Talheim")
    if 1 < len(words) <= 4 and _kind_word(words[0]):
        described = _described(" ".join(words[1:]))
        if described and words[0] in _STATION_HEADS and len(words) <= 3:
            return f"{words[0]} {described}"
        local = _local_paper(words[0]) if len(words) == 2 else None
        if described and local and described == words[1]:
            return f"{local} {described}"
        if described:
            return described
    # a place adjective and a kind word before it: "die Turiner Zeitung Tuttosport" (not a
    # paper's own name with an addition: "Berliner Zeitung Online")
    if (
        2 < len(words) <= 5
        and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+er", words[0])
        and _kind_word(words[1])
        and words[2] not in _EDITION_WORDS
    ):
        rest = " ".join(words[2:])
        known = normalise_outlet(rest)
        if known in KNOWN_OUTLETS or known.lower() in AGENCIES:
            return AGENCIES.get(known.lower(), known)
        described = None if is_media_name(rest) else _described(rest)
        if described:
            return described
    for n in range(len(words), 0, -1):
        if n > 1 and words[n - 1] in ("der", "und", "für", "an", "am", "&"):
            continue  # a run ending in a joiner: "Zeitungen der"
        name = normalise_outlet(" ".join(words[:n]))
        if _is_name(name):
            return name
    return None


def _run_names(raw: str, whole: bool) -> list[str]:
    """Media in one capitalised run: "NDR und WDR" -> ["NDR", "WDR"]. With ``whole`` the run
    (or each part of it) must be the name itself, not start with one ("Funke Mediengruppe")."""
    known = normalise_outlet(raw)
    if (known in KNOWN_OUTLETS or known.lower() in AGENCIES) and _is_name(known):
        return [AGENCIES.get(known.lower(), known)]
    out: list[str] = []
    for i, part in enumerate(re.split(r"\s+(?:und|sowie|&)\s+", raw)):
        if whole:
            media = _media_prefix(part)
            media = media if media and _media_prefix(part) == _whole_name(part) else None
        else:
            media = _media_prefix(part)
        if media is None:
            if i == 0:
                return []  # "Polizei und NDR": the run does not start with a medium
            continue
        out.append(media)
    return out


def _whole_name(raw: str) -> str | None:
    role = _ROLE_SUFFIX.match(raw) if " " not in raw else None
    if role:
        return _media_prefix(raw)
    name = normalise_outlet(raw)
    return name if _is_name(name) else None


# kind words that make the name after them a medium's: "die Zeitung Haaretz" ("das Portal
# Check24" or "die Agentur Müller" need not be media)
_MEDIA_KINDS = frozenset(
    "zeitung tageszeitung wochenzeitung nachrichtenagentur magazin nachrichtenmagazin sender "
    "fernsehsender radiosender blatt boulevardblatt wirtschaftszeitung fachmagazin "
    "nachrichtenportal portal onlineportal newspaper magazine broadcaster zeitschrift "
    "branchenblatt branchenportal fachportal onlinemagazin musikmagazin".split()
)


def _described(raw: str) -> str | None:
    """The name after a kind word, which need not look like a medium's ("Haaretz")."""
    words = raw.split()
    if not 1 <= len(words) <= 3 or words[0] in _NOT_A_NAME or words[0].isdigit():
        return None
    if not all(
        w[:1].isupper() or w[:1].isdigit() or (0 < k < len(words) - 1 and w in _PARTICLES)
        for k, w in enumerate(words)
    ):
        return None
    return normalise_outlet(raw)


# Romance particles inside a title ("Diario de Mallorca", "Corriere della Sera")
_PARTICLES = frozenset({"de", "del", "della", "di", "da", "do", "dos"})


def _media_run(text: str, m: re.Match[str], whole: bool = False) -> list[str]:
    """The medium a cue names, and those listed right after it ("NDR, WDR und SZ")."""
    out = _run_names(m.group("name"), whole)
    kind = m.groupdict().get("kind")
    if not out and kind and kind.lower() in _MEDIA_KINDS:
        described = _described(m.group("name"))
        out = [described] if described else []
    if not out:
        return []
    pos = m.end("name")
    while more := _MORE.match(text, pos):
        media = _run_names(more.group("name"), whole=False)
        if not media:
            break
        out.extend(media)
        pos = more.end("name")
    return out


_REPORTING = re.compile(r"(?i:\b(?:berichtete[n]?|meldete[n]?|schrieben|zitierte[n]?)\b)")


def _reported_around(text: str, m: re.Match[str]) -> bool:
    """A verb of reporting in the sentence around a match ("berichteten mehrere Medien,
    darunter der X" or "Mehrere Medien, darunter der X, berichteten")."""
    start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    ends = [i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0]
    return bool(_REPORTING.search(text, start, min(ends) if ends else len(text)))


def _known(name: str) -> bool:
    """A known outlet or agency: "dpa", "ZDF", "Handelsblatt" (not "Online", "Forsa")."""
    known = normalise_outlet(name)
    return known in KNOWN_OUTLETS or known.lower() in AGENCIES


def _sentence(text: str, m: re.Match[str]) -> str:
    """The sentence (or line) around a match."""
    start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    ends = [i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


# a broadcaster's programme or channel named with a kind word: "NDR Regionalmagazin", "das NDR
# Fernsehen", "SWR Sendung" -> the broadcaster (a channel with a name of its own stays:
# "Deutschlandfunk Kultur", "BR-Klassik")
_PROGRAMME = re.compile(
    r"(?P<broadcaster>[\w-]+)[\s-](?:Fernsehen|Regionalmagazin|Magazin|Sendung|Mediathek|Hörfunk|"
    r"Programm|Podcast|Nachrichten|Onlineredaktion|Redaktion)"
)


def _broadcaster(name: str) -> str:
    """ "NDR Regionalmagazin" -> "NDR": a known outlet's programme counts as the outlet."""
    m = _PROGRAMME.fullmatch(name)
    if m and m.group("broadcaster") in KNOWN_OUTLETS:
        return m.group("broadcaster")
    return name


class _Unset:
    """Marks an argument the caller did not give (None is a valid answer of find_outlet)."""


_UNSET = _Unset()


# a medium's name in quotation marks, as German, Austrian and Swiss papers write them: „Standard“,
# «Blick», »Spiegel«, "Bild am Sonntag" (every word after the first capitalised or a joiner, so
# that a quoted phrase such as „Wir kochen weiter“ keeps its marks)
_QUOTED_NAME = re.compile(
    r"[„“\"«»](?P<name>[\wÄÖÜ][\w.&'’-]*(?:\s+(?:[A-ZÄÖÜ0-9][\w.&'’-]*|am|der|für|und|online)){0,3})[“”\"»«]"
)
# papers whose bare name is an ordinary word go by their full name: "Der Standard", "Die Presse"
_FULL_NAMES = {"Standard": "Der Standard", "Presse": "Die Presse"}


def _unquote_names(text: str) -> str:
    """The text with the quotation marks around short names taken off ("der „Standard“" ->
    "der Standard"), so that the cues read them like unquoted names."""
    if not any(q in text for q in '„“«»"'):
        return text
    return _QUOTED_NAME.sub(lambda m: m.group("name"), text)


def _letters_only(name: str) -> str:
    """A name as a domain label spells it: "Rundblick Nord" -> "rundblicknord"."""
    return "".join(c for c in name.casefold() if c.isalnum())


# A medium's name with its letters in brackets ("die Frankfurter Allgemeine Zeitung (FAZ)"),
# cited under those letters elsewhere in the text too ("Quellen: Reuters, FAZ"): one medium,
# cited once, by the letters the text settles on. Named once, it keeps its name.
_SHORT_FORM = re.compile(
    r"(?P<full>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){1,4})\s+\((?P<letters>[A-ZÄÖÜ]{2,6})\)"
)


def _short_forms(text: str, cited: set[str]) -> dict[str, str]:
    """Name form (case-folded) -> its letters in brackets, for letters among ``cited``
    (case-folded cites found in the text)."""
    return {
        normalise_outlet(m.group("full")).casefold(): m.group("letters")
        for m in _SHORT_FORM.finditer(text)
        if m.group("letters").casefold() in cited
    }


# A determiner right before the verb makes it an adjective: "jedes veröffentlichte Bild", "das
# zitierte Blatt" name a picture and a paper, no medium that reported.
_DETERMINER_BEFORE = re.compile(
    r"\b(?:der|die|das|den|dem|des|(?i:eine[snmr]?|ein|jede[snmr]?|kein\w*|diese[snmr]?|"
    r"jene[snmr]?|alle|viele))\s+$"
)


_PLURAL_AUX = frozenset({"hatten", "haben"})
_ARTICLE_BEFORE = re.compile(r"\b(?:[dD](?:er|ie|as|em|en|es)|the)\s+$")


def _bare_plural(text: str, m: re.Match[str]) -> bool:
    """The subject of a plural auxiliary is a bare noun, not a medium: "hatten Beobachter
    darüber spekuliert" (observers); a medium in the plural's place takes its article ("hatten
    die Stuttgarter Nachrichten berichtet") or is one of two ("hatten NDR und WDR berichtet")."""
    if m.group("aux").lower() not in _PLURAL_AUX:
        return False
    start, end = m.span("name")
    if _ARTICLE_BEFORE.search(text, max(0, start - 6), start) or " und " in m.group("name"):
        return False
    return not text.startswith((" und ", ", "), end)


def _attributive(text: str, m: re.Match[str]) -> bool:
    """The reporting verb of ``m`` is a participle used as an adjective before an ordinary
    word that is also a medium's name ("jedes veröffentlichte Bild wird honoriert")."""
    return (
        m.group("name") in _ORDINARY_NAMES
        and _DETERMINER_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None
    )


def find_cites(
    text: str, own: str | None = None, *, named: str | _Unset | None = _UNSET
) -> list[str]:
    """Media the text cites, normalised to name form or domain, in order of first mention.

    The page's own outlet is never a cited source: ``own`` when the caller knows it (feed
    metadata), and the outlet the text names itself (:func:`find_outlet`; ``named`` passes its
    answer when the caller already asked it, so it is not run twice)."""
    found: list[tuple[int, str]] = []
    original, text = text, _unquote_names(text)
    head = text[:400]
    for m in _DATELINE.finditer(head):
        found.extend((m.start(), s) for s in _marker_sources(m.group("list"), at_start=True))
    for m in _DATELINE_STOP.finditer(head):
        codes = _marker_sources(m.group("list"), at_start=False)
        found.extend((m.start(), s) for s in codes if s.lower() in AGENCIES)
    for m in _CREDIT_END.finditer(text):
        raw = m.group("paren") or m.group("inner") or m.group("bare")
        if raw.split("/")[0].strip().lower() in AGENCIES:
            found.extend((m.start(), s) for s in _marker_sources(raw, at_start=False))
    if "icker" in text or "ienst" in text:
        for m in _TICKER.finditer(text):
            if m.group("name").lower() in AGENCIES:
                found.append((m.start(), AGENCIES[m.group("name").lower()]))
    for m in _MARKER_LINE.finditer(text):
        found.extend((m.start(), s) for s in _marker_sources(m.group("list"), at_start=False))
    boxes = [*_SOURCE_BOX.finditer(text), *_SOURCE_PAREN.finditer(text)]
    for m in [*boxes, *_SOURCE_SEGMENT.finditer(text)]:
        for item in _split_list(m.group("list")):
            dom = DOMAIN.search(item)
            if dom:
                found.append((m.start(), dom.group(1).lower()))
                continue
            if item.lower() in AGENCIES:  # "dpa-AFX": a hyphenated code, no media word
                found.append((m.start(), AGENCIES[item.lower()]))
                continue
            name = normalise_outlet(item)
            if _is_name(name) and len(name.split()) <= 5:
                found.append((m.start(), name))
    low = text.lower()
    pending: list[tuple[int, str]] = []  # cites that count only with a known own outlet
    for cue in _TEXT_CUES:
        if cue in _GATES and not any(word in low for word in _GATES[cue]):
            continue
        for m in cue.finditer(text):
            media_run = _media_run(text, m, cue in _WHOLE)
            if not media_run and cue is _SCOOP and _ACRONYM.match(m.group("name")):
                media_run = [m.group("name")]
            if cue is _AMONG_MEDIA and not _reported_around(text, m):
                continue
            if cue is _AGENCY_SUBJECT and m.group("name").lower() not in AGENCIES:
                continue
            if cue is _SUBJECT_DID and m.group("name") in _ORDINARY_NAMES:
                continue
            if cue is _VERB_FIRST and _attributive(text, m):
                continue
            if cue is _HAD_REPORTED and _bare_plural(text, m):
                continue
            if cue is _POLLED_BY and not _known(m.group("name")):
                continue
            if cue is _AGENCY_INFO and m.group("poll") and not _known(m.group("name")):
                continue
            if cue is _APPEARED_IN and _SCIENCE.search(_sentence(text, m)):
                continue
            hits = pending if cue is _INTERVIEW_IM else found
            hits.extend((m.start(), media) for media in media_run)
    for cue in _LOWER_CUES:
        for m in cue.finditer(text):
            name = m.group("name")
            if name.split()[0] not in _LOWER_STOP:
                found.append((m.start(), name))
    for cue, gate in zip(_LOWER_SUBJECT_CUES, (_PARTICIPLES, _REPORT_VERBS), strict=True):
        if not any(word in low for word in gate):
            continue
        for m in cue.finditer(text):
            name = m.group("name")
            if name.split()[0] not in _LOWER_STOP and _lower_brand(name):
                found.append((m.start(), name))
    if "bietet " in text or "liefert " in text:
        found.extend((m.start(), m.group("name")) for m in _OFFERED_BY.finditer(text))
    if not found and not pending:
        return []
    # the page's own outlet is no cited source ("sagte er gegenüber Rundfunk Westmark")
    if isinstance(named, _Unset):
        named = find_outlet(original)
    if own or named:
        found.extend(pending)
    if not found:
        return []
    seen = {o.casefold() for o in (own, named) if o}
    # ... also in the form an inflected mention of it normalises to ("dem Fellnasen Journal"
    # reads like an adjective's dative)
    seen |= {normalise_outlet(o).casefold() for o in (own, named) if o}
    # ... and as its broadcaster when it is a programme ("NDR Regionalmagazin" -> "NDR")
    seen |= {_broadcaster(o).casefold() for o in (own, named) if o}
    out: list[str] = []
    letters = _short_forms(text, {short.casefold() for _, short in found}) if "(" in text else {}
    for _, short in sorted(found, key=lambda x: x[0]):
        name = _FULL_NAMES.get(short, _broadcaster(short))
        name = letters.get(name.casefold(), name)
        key = name.casefold()
        # the own outlet's name without its kind word ("Rundfunk Elbtal" read as "Elbtal")
        tail = any(o.casefold().endswith(" " + key) for o in (own, named) if o)
        # ... or with its blog or magazine joined on ("dem Talwerk-Blog")
        tail = tail or any(key.startswith(o.casefold() + "-") for o in (own, named) if o)
        # ... or as its web address ("meinblatt.news" on the page of "MEINBLATT")
        tail = tail or (
            "." in key
            and " " not in key
            and any(key.split(".")[0] == _letters_only(o) for o in (own, named) if o)
        )
        if key not in seen and not tail:
            seen.add(key)
            out.append(name)
    return out
