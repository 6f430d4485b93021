"""Groups of words that news readers use for the same thing, for expanding questions.

No well-kept English thesaurus ships its data offline (WordNet through nltk or ``wn`` is a
download), so the groups are written here: common news vocabulary and the adjective and
noun of each country named often. A question word finds passages that use another word of
its group, weighted below the word itself. Keep groups tight: a loose group quotes noise,
and so does a word stemmed as a common other word is ("accord" as "according",
"present" as "presently": left out).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Analyzer

# Countries (and continents) and their people: a question naming one by its name asks
# about it, and is answered from the articles naming it (seeming.in_places_asked).
COUNTRIES = (
    "myanmar burmese",  # "Burma" is Myanmar (analysis.SPELLED_SO)
    "russia russian",
    "china chinese",
    "ukraine ukrainian",
    "america american usa US",  # US in capitals: "us" is a stop word
    "india indian",
    "thailand thai",
    "britain british uk england",  # "the UK's rates": set by the Bank of England
    "france french",
    "germany german",
    "sweden swedish",
    "norway norwegian",
    "italy italian",
    "spain spanish",
    "japan japanese",
    "korea korean",
    "vietnam vietnamese",
    "indonesia indonesian",
    "bangladesh bangladeshi",
    "pakistan pakistani",
    "iran iranian",
    "iraq iraqi",
    "israel israeli",
    "syria syrian",
    "turkey turkish",
    "egypt egyptian",
    "afghanistan afghan",
    "philippines philippine filipino",
    "canada canadian",
    "mexico mexican",
    "brazil brazilian",
    "australia australian",
    "europe european",
    "africa african",
    "asia asian",
    # and more that news names, since the twenty-fourth session (none that is as often
    # another word or name: Jordan, Georgia, Chad, Niger, Guinea; England's "English" is
    # a language)
    "chile chilean",
    "argentina argentine argentinian",
    "colombia colombian",
    "peru peruvian",
    "venezuela venezuelan",
    "ecuador ecuadorian",
    "bolivia bolivian",
    "uruguay uruguayan",
    "paraguay paraguayan",
    "cuba cuban",
    "haiti haitian",
    "netherlands dutch holland",
    "belgium belgian",
    "switzerland swiss",
    "austria austrian",
    "portugal portuguese",
    "greece greek",
    "ireland irish",
    "scotland scottish",
    "wales welsh",
    "iceland icelandic",
    "denmark danish",
    "finland finnish",
    "poland polish",
    "czechia czech",
    "slovakia slovak",
    "hungary hungarian",
    "romania romanian",
    "bulgaria bulgarian",
    "serbia serbian serb",
    "croatia croatian croat",
    "moldova moldovan",
    "belarus belarusian",
    "estonia estonian",
    "latvia latvian",
    "lithuania lithuanian",
    "armenia armenian",
    "azerbaijan azerbaijani",
    "kazakhstan kazakh",
    "uzbekistan uzbek",
    "mongolia mongolian",
    "nepal nepali nepalese",
    "malaysia malaysian",
    "singapore singaporean",
    "cambodia cambodian",
    "laos laotian",
    "taiwan taiwanese",
    "qatar qatari",
    "kuwait kuwaiti",
    "oman omani",
    "bahrain bahraini",
    "yemen yemeni",
    "lebanon lebanese",
    "palestine palestinian",
    "libya libyan",
    "sudan sudanese",
    "ethiopia ethiopian",
    "somalia somali",
    "kenya kenyan",
    "uganda ugandan",
    "tanzania tanzanian",
    "rwanda rwandan",
    "congo congolese",
    "nigeria nigerian",
    "ghana ghanaian",
    "senegal senegalese",
    "mali malian",
    "morocco moroccan",
    "algeria algerian",
    "tunisia tunisian",
    "zimbabwe zimbabwean",
)
# The countries' names that are not their group's first word nor a short form ("UK"):
# "will the bank of england raise rates?" names Britain.
OTHER_COUNTRY_NAMES = ("england", "holland")

SYNONYM_GROUPS = (
    # cities and their people, as news names them ("why are venetians protesting?": "Some
    # residents protested, saying the fee turned Venice into a theme park"); not the
    # countries' (COUNTRIES: a country named is asked of), nor "roman" (the empire's)
    "venice venetian",
    "paris parisian",
    "london londoner",
    "berlin berliner",
    "vienna viennese",
    "moscow muscovite",
    # arms and war
    "weapon arms armament munitions",
    "jet plane aircraft warplane fighter",
    "soldier troop",
    "army military",
    # (not "strike", which news writes of a walkout as often: "did the strike end?" quoted
    # "The bombs dropped ... by the end of that year"; an attack asked finds it, below)
    "attack assault raid bomb offensive",
    "fight fighting combat battle conflict war",
    "rebel insurgent militant guerrilla resistance opposition",
    "drill exercise maneuver",  # "manoeuvre" too: British spellings read as American
    "coup takeover overthrow putsch oust depose topple",  # "who did the junta oust?"
    "ceasefire truce armistice",
    "missile rocket",
    "drone uav",
    "nuclear atomic",
    "hostage captive",
    "kidnap abduct",
    "arrest detain",
    "protest demonstration",
    "invade invasion",
    "lose loss wipe",  # "what has the junta lost?": "suffered significant territorial losses"
    "territory land",  # "did the junta lose land?": "suffered significant territorial losses"
    "kill killed death dead die casualty fatality",
    "injure injury wound hurt",
    "survive escape",  # "did everyone survive the fire?": "All 379 ... escaped"
    "survive survivor",  # "did anyone survive?": "The only survivor, a British man..."
    "rescue rescuer",  # "did china send rescuers?": "Rescue teams from China..."
    "trap strand stuck",  # "were people stuck in lifts?": "people were trapped in lifts"
    "robbery heist raid theft burglary",  # "how long did the robbery take?": "a raid that"
    "rob steal",  # "did the louvre get robbed?": "Thieves stole eight pieces of jewellery"
    "thief thieves robber burglar",  # "thieves" is read as the verb "thieve"
    "jewel jewellery",  # "how much was the jewellery worth?": "...the jewels were of..."
    "fire blaze wildfire",  # "what's happening with the la fires?": "Wildfires driven by..."
    # "when will it be available?" after the chikungunya vaccine: "Valneva said it expected
    # to launch the vaccine in the United States early next year"
    "available launch",
    # "did the navy hear the titan implode?": "The US Navy later said it had detected a
    # sound consistent with an implosion"
    "hear detect",
    "implode implosion",
    "collect gather",  # "what did the swift plot suspect collect?": "...had gathered chemicals"
    # "what hit the japan airlines plane?": "...after colliding with a coast guard aircraft"
    "collide collision",
    "hit collide",
    "comprise compose consist",  # "what is the legislature comprised of?": "composed of"
    "information data",  # "what personal info did m&s lose?": "...some personal data"
    "complain complaint",  # "any complaints?": "...complained that the headset was heavy"
    "debris wreckage",  # "who found the wreckage?": "A remotely operated vehicle found debris"
    "epicentre centre",  # "where was the epicentre?" after Chile's: "The quake was centred..."
    "damage destroy devastate",  # "was the town damaged?": "some buildings had been destroyed"
    "discover discovery",  # "what did they discover?": "for discoveries that made..."
    # "how were the computers fixed?": "...had to be repaired by hand"; "who will pay to fix
    # the bridge?": "...would pay to rebuild the bridge"
    "repair fix mend rebuild",
    "sing perform",  # "who sang with kendrick lamar?": "Kendrick Lamar performed at..."
    "see watch visible",  # "where could you see it?": "Millions ... watched a total solar eclipse"
    "hack hacker cyberattack",  # "was it hackers?": "no sign of a cyberattack"
    # "what caused the civil war?": "sparked an armed conflict"; "what caused it?" after the
    # blackout: "Critics blamed the high share of solar power"
    "cause trigger spark provoke blame",
    # "who's to blame for the valencia floods?": "The regional government has been
    # criticised for sending its mobile phone alert only at 8 pm"
    "blame criticise criticize",
    # money given back: "how much does he have to pay back?" ("...ordered him to forfeit")
    "repay restitution forfeit",
    # "how much compensation will families get?": "...would pay 10 million rupees to the
    # family of each person who died"
    "compensation compensate pay payout",
    # power and politics
    "government administration regime",
    "supremacy primacy precedence",  # "the supremacy of EU law": "EU law has primacy"
    "junta military regime",
    # "who is the head of the nobel committee?": "The committee's chairman, ..."
    "leader head chief ruler boss chairman chairwoman",
    "ally partner friend",
    # "titan submarine": "The five people aboard the Titan submersible were killed..."
    "submarine submersible",
    # "who are nvidia's competitors?": "Rival AMD and several start-ups..."
    "rival competitor",
    # "who are modi's coalition partners?": "Modi will rely on allies in his National
    # Democratic Alliance"
    "coalition alliance ally",
    "tie relationship relation connect connection link",  # "how are X and Y connected?"
    "back support backer supporter endorse",
    "need vital crucial essential",  # "why does Myanmar need Russia?": "...is vital for"
    "seize take grab capture",
    "election vote ballot",
    # "how did the korean parliament stop martial law?": "190 of the 300 lawmakers voted"
    # (with "legislature", "assembly" and "congress", two ReQA questions found nothing)
    "parliament lawmaker",
    "sanction penalty embargo",
    # "was bankman-fried jailed?": "...was sentenced on Thursday to 25 years in prison"
    "jail prison imprison",
    # "how much did asml earn?": "ASML ... reported third-quarter profit of 2.1 billion
    # euros" ("earnings" is "earn" to the stemmer)
    "earn profit",
    "ban prohibit forbid outlaw",
    "halt stop suspend pause",
    "vanish disappear",  # "how much power disappeared?": "...vanished from the grid"
    "prefer favor",
    "ostracize isolate shun",
    "west western",
    "statement announcement",
    "spokesman spokeswoman spokesperson",
    "worry concern fear warn",  # "what is unesco worried about?": "UNESCO had warned..."
    "expert analyst specialist",  # "what do experts say?": "Analysts say..."
    "chairman chairwoman chairperson chair",  # "who chairs the committee?"
    "resign quit",
    "replace succeed successor",  # "who did he replace?": "He succeeds Pope Francis"
    "say told announce declare comment",  # "told": "tell" alone is a stop word ("tell me")
    # meetings and travel
    "meet meeting summit talk talks",
    "talk discussion negotiation",
    "discuss talk",
    "deal agreement pact treaty contract",  # "how long is the deal?": "a five-year contract"
    "visit trip journey tour",
    "trip journey voyage",  # "how much longer is the trip?": "...adds 10 days to a voyage"
    # "who hopes russian tourists will come?": "Russian visitors"; "why is venice charging
    # tourists?": "...the aim was to discourage day-trippers"
    "tourist tourism visitor tripper",
    "travel accompany escort",
    "welcome greet host receive",
    # trade and work
    "supply supplier sell seller provide",
    "buy buyer purchase acquire",
    # one trade, seen from either side: "who buys Russian arms?"
    "buy buyer supply supplier sell seller",
    # a verb and who does it, which Snowball leaves apart ("producer", "manufacturer" it
    # joins): "what does ASML make?" is told by "...the Dutch maker of machines"
    "make maker",
    "own owner",
    "worker laborer employee",
    "employee staff",  # "how did openai staff react?": "...770 employees" (not "laborer")
    "job work employment",
    "layoff job",  # "intel layoffs?": "...would cut ... about 15,000 jobs"
    "trade commerce",
    "gift give donate",
    "money fund funding cash",
    "fund pay",  # "who funded the trial?": "The trial was paid for by Novo Nordisk"
    "cheap cheaper lower lowering",  # "will mortgages get cheaper?": "...lowering monthly payments"
    "cost price worth pay premium",  # "how much did Thailand pay?": "a deal worth about ..."
    "expensive costly pricey price cost",  # "how expensive is cocoa?": "The price of cocoa"
    "worth value valuation",  # "how much is nvidia worth?": "its market value climbing to"
    "divert reroute detour",  # "which companies are rerouting ships?": "...divert vessels"
    "economy economic",
    # "did the bank raise rates?": "inflation rose to 3.6%"; "how much did sales grow?": "Sales
    # rose 18 percent"
    "rise increase raise hike grow climb",
    "fall drop decline decrease",
    "stock share market",  # "how did asml stock react?": "Shares in ASML rose 6 percent"
    "beat defeat",  # "who did dan beat?": "He defeated George Simion"
    "win winner",  # "eurovision winner": "Austria won the Eurovision Song Contest"
    "conservative tory",  # "how many seats did the tories win?": "the Conservatives fell to 121"
    "win victory",  # "did modi win?": "Narendra Modi claimed victory for a third term"
    "safe safety",  # "was it safe?" after the Titan: "...warned about the safety of the vessel"
    "storm hurricane typhoon cyclone",
    # "why was there so much rain?" after Valencia's floods: "...warmer seas ... had made
    # such downpours heavier"
    "rain downpour",
    "evacuate flee",
    "hit landfall",  # "where did milton hit florida?": "made landfall near Siesta Key"
    "crash collision collide",  # "whose fault was the haneda crash?": "...after colliding"
    "crash plunge slump tumble fall",  # "why did nvidia crash?": "Shares in ... Nvidia fell"
    "convict guilty",  # "what was he convicted of?": "found him guilty ... of fraud"
    "percent percentage",  # "what percentage of ...?": "30 percent", "30%"
    # everyday
    "car automobile vehicle",
    "film movie",
    "match game",  # "where was the game?": "...after the match ended 1-1"
    "goalkeeper keeper goalie",  # "who was the keeper?": "Goalkeeper Emiliano Martinez..."
    "final finalist",  # "how fast was the 100m final?": "All eight finalists ran under 10"
    "dose shot jab",  # "how many doses do you need?": "It is given as a single shot"
    "big large huge",
    "earthquake quake",
    "begin start",
    # "when was the first known reference to immunity?": "The earliest known reference to
    # immunity was during the plague of Athens..."
    "first earliest",
    "company firm",  # "what do tech firms say?": "Tech companies said..."
    "risk danger threat hazard",  # "what are the risks for refugees?": "dangerous sea journeys"
    "fly flight",  # "where will aeroflot fly?": "will start direct flights"
    "choose pick select",
    # "what does the union want?": "its demand to cut..."; "what did china's envoy ask
    # for?": "The envoy urged all sides to protect Chinese investment projects"
    "aim goal purpose want seek demand urge",
    "try attempt seek",  # "what are both countries trying to do?": "seeking to strengthen"
    "founded establish form",  # "founded", not "found": that reads as "find"
    "invent create",  # "who invented bitcoin?": "Bitcoin was created in 2009 by..."
    "founded founder",  # "who is deepseek's founder?": "founded in 2023 ... by Liang Wenfeng"
    "end finish",
    "help aid assist",
    "animal elephant",
    "catch infect spread",  # "how do you catch mpox?": "Mpox spreads through close contact"
    # what members call a disease's signs: "what are the symptoms?" ("causes fever, aches")
    "symptom fever rash cough ache",
    "broken broke faulty malfunction",  # "how long was it broken?": "a single faulty chip"
    # "what if it went wrong?" (a problem) after the booster catch: "...if any of hundreds
    # of checks had failed"
    "problem fail failure",
    "child kid schoolchild",  # "how many kids died?": "A school-age child died last month"
    "child daughter",  # "how many children did she have?": "survived by three daughters"
    "child son",  # (a son is no daughter: groups of their own)
    "variant strain",  # "what is the new mpox variant called?": "A new strain, known as..."
    "shop retailer",  # "will it affect shops?": "Retailers including IKEA have warned..."
    "cry weep",  # "did he cry?": "Gukesh ... wept at the board"
    "elevator lift",  # "stuck in elevators?": "trapped in lifts"
    "celebrity star",  # "did celebrities lose their homes?": "those of several film stars"
    # months as dates abbreviate them (feb, sept, oct the stemmer reads already)
    "january jan",
    "april apr",
    "june jun",
    "july jul",
    "august aug",
    "november nov",
    "december dec",
    # countries and their people
    *COUNTRIES,
)

# Idioms both of whose words read as the meaning (IDIOMS the last, IDIOMS_BEFORE the
# first): "will fans get their money back?" ("...would receive full refunds"), "have the
# black boxes been found?" ("...recovered both flight recorders").
_BOTH_WORDS = {
    ("money", "back"): "refund",
    ("black", "box"): "recorder",
    ("black", "boxes"): "recorder",
}

# Words that mean a group's word only together: the last reads as that word too, in a
# question ("who is in charge of Myanmar?" asks for its leader; "charged with" does not).
IDIOMS = {
    ("in", "charge"): "leader",
    # "who runs Myanmar?" asks for its leader too ("what runs the engine?" does not)
    **{
        ("who", verb): "leader"
        for verb in "run runs ran rule rules ruled govern governs governed command commands "
        "commanded".split()
    },
    ("to", "power"): "seize",
    # "nvidia market cap?": "...its market value climbing to 3.34 trillion dollars"
    ("market", "cap"): "value",
    # "who scored spain's winning goal?": "Mikel Oyarzabal ... scored the winner four
    # minutes from the end" (not "Mbappe scored 256 goals...")
    ("winning", "goal"): "winner",
    # "are they building nuclear plants?": "...an agreement to develop nuclear power"
    **{("nuclear", plant): "power" for plant in ("plant", "plants")},
    # "is the army losing ground?": "suffered significant territorial losses"
    **{(lose, "ground"): "territory" for lose in ("lose", "loses", "losing", "lost")},
    **_BOTH_WORDS,
    # "will kids get in trouble for using tiktok?": "...will not be punished"
    ("in", "trouble"): "punish",
    # "did simion accept defeat?": "Simion at first refused to concede ... but accepted
    # the result" (not "He defeated George Simion")
    **{
        (accept, "defeat"): "concede"
        for accept in "accept accepts accepted accepting admit admits admitted".split()
    },
    # "is the social media ban in force yet?", "when does it come into force?": "The ban
    # takes effect in late 2025"
    ("in", "force"): "effect",
    ("into", "force"): "effect",
    # "la fires death toll": "...have killed at least 24 people"
    ("death", "toll"): "kill",
    # "how many survivors are left?": "About 106,000 hibakusha are still alive" (of many:
    # "what is left?" asks what remains)
    **{(be, "left"): "alive" for be in ("are", "were")},
    # "what share?" after Romania's run-off: "...with 53.6 percent of the vote" (a share
    # asked so is a part, not a company's stock: "how much did shares fall?")
    ("what", "share"): "percent",
    ("vote", "share"): "percent",
    # "which city was worst hit?" after the Valencia floods: "Most of the dead were in
    # towns south of the city of Valencia, such as Paiporta" (not Jasper's "worst
    # nightmare", nor Mandalay's "The quake hit at midday near the city")
    **{(worst, "hit"): "dead" for worst in ("worst", "hardest")},
    # "what went wrong with voyager?": "Engineers traced the problem to..."
    **{(go, "wrong"): "problem" for go in "go goes going went gone".split()},
    # "why did voyager stop working?": the same (not "...would next work to restore")
    **{
        (stop, work): "problem"
        for stop in "stop stops stopped stopping".split()
        for work in ("work", "working")
    },
    # "what was wrong?" after Voyager 1's news: the same (not "what is wrong?", which may
    # ask what is wrong with an answer)
    **{(be, "wrong"): "problem" for be in ("was", "were")},
    # "who was on board?": "The five people aboard the Titan submersible"
    ("on", "board"): "aboard",
    # "when did he come back?" after Sam Altman's firing: "Sam Altman will return..."
    **{(come, "back"): "return" for come in "come comes came coming".split()},
    # "where did milton come ashore?": "Hurricane Milton made landfall near Siesta Key"
    **{(come, "ashore"): "landfall" for come in "come comes came coming".split()},
    # "when did ftx go bust?": "FTX collapsed in November 2022"
    **{(go, "bust"): "collapse" for go in "go goes going went gone".split()},
    # "whose fault was the blackout?": "Critics blamed the high share of solar power" (not
    # "...movement along the Sagaing fault")
    ("whose", "fault"): "blame",
    ("at", "fault"): "blame",
    # "what happened with the spain power cut?": "...one of Europe's worst blackouts" (not
    # the Euro's Spain, nor a rate cut)
    **{("power", cut): "blackout" for cut in "cut cuts outage outages failure".split()},
    # "tell me about the heat wave": "...most of them in extreme heat" (not a tsunami's
    # "no large waves were observed")
    **{("heat", wave): "heat" for wave in "wave waves".split()},
    # "when will they be done?" after Intel's job cuts: "The job cuts will be mostly
    # completed by the end of the year"
    **{(be, "done"): "complete" for be in "be been is are was were".split()},
    # "who does munro leave behind?": "She is survived by three daughters."
    **{(leave, "behind"): "survive" for leave in "leave leaves left leaving".split()},
    # "milton | how many were told to leave?": "Officials had ordered about 5.9 million
    # people to evacuate" (made to leave; not "plans to leave office", which finds no
    # evacuation written)
    ("to", "leave"): "evacuate",
}

# Words that mean a group's word only before another: the first reads as that word too
# ("who came with Min Aung Hlaing?": "accompanied by"; "came to power" does not). Where
# the first is a stop word ("went with"), reading.py reads the meaning alone.
IDIOMS_BEFORE = {
    # "when will voyager shut down?": "...expects to switch off its last instruments"
    **{(shut, "down"): "switch" for shut in "shut shuts shutting".split()},
    **{
        (verb, "with"): "accompany"
        for verb in "come comes came coming go goes going gone went".split()
    },
    # "how much does he have to give up?": "ordered him to forfeit more than 11 billion"
    **{(verb, "up"): "forfeit" for verb in "give gives giving gave given".split()},
    **{(verb, "back"): "repay" for verb in "pay pays paying paid".split()},
    **_BOTH_WORDS,
    # "who took part in the study?": "The participants were..." ("part" is left out where
    # no article writes it: chat.VAGUE)
    **{(verb, "part"): "participant" for verb in "take takes took taking taken".split()},
    # "how many times has he been to russia?": "This visit marks Min Aung Hlaing's fourth
    # trip to Russia" (said the passages about it do not say how often)
    ("been", "to"): "visit",
    # "how long was the power out?": a blackout ("Power began returning ... by the evening,
    # and by Tuesday morning more than 99 percent of supply had been restored"), not
    # Notre-Dame's "...an electrical fault"
    ("power", "out"): "blackout",
    # "did assad run away?": "...fled the country"
    **{(verb, "away"): "flee" for verb in "run runs ran running".split()},
    # "how did the robbers get away?": "They escaped on two scooters"; "how did people get
    # out?" after Haneda's collision: "All 379 passengers and crew escaped..."
    **{
        (verb, way): "escape"
        for verb in "get gets got getting gotten".split()
        for way in ("away", "out")
    },
    # "do you have to pay to go in?": "...and entry will remain free"
    **{(verb, "in"): "entry" for verb in "go goes going went".split()},
    # "why is intel laying people off?": "...would cut about 15,000 jobs" (layoff job)
    **{(verb, "off"): "layoff" for verb in "lay lays laying laid".split()},
    # "who didn't like the climate deal?": "Small island states criticised the agreement as
    # too weak"; "who was against it?": "...Saudi Arabia had opposed any mention of..."
    **{
        (no, "like"): "criticise"
        for no in "not didnt didn't didn’t dont don't don’t doesnt doesn't doesn’t".split()
    },
    **{(be, "against"): "oppose" for be in "is are was were".split()},
    # "what started the la fires?": "The cause of the fires is still under investigation"
    # (read at "what", the verb keeping its own words: "what started in january?" is still
    # told by "The outbreak began in January...")
    **{("what", verb): "cause" for verb in "start starts started sparked".split()},
    # ...and "why is intel firing people?" the same (not a wildfire's "fire")
    **{
        (verb, whom): "layoff"
        for verb in "fire fires firing fired".split()
        for whom in "people workers staff employees thousands".split()
    },
    # "what are the train drivers asking for?": "...over its demand to cut the working week"
    **{(verb, "for"): "demand" for verb in "ask asks asking asked".split()},
    # "how will mars finance the deal?": "...would pay for the deal with cash" (a verb
    # before its object, not "the finance minister")
    **{
        (verb, det): "pay"
        for verb in "finance finances financed financing".split()
        for det in "the it its their this that".split()
    },
    # "how did they pay for it?" after Notre-Dame's restoration: "The money came from some
    # 340,000 donors in 150 countries", not "...the restoration, which cost around 700
    # million euros"
    **{(verb, "for"): "money" for verb in "pay pays paying paid".split()},
    # "is ultra processed food bad for you?": "People who eat the most ultra-processed foods
    # have a slightly higher risk of dying early..." (not "how bad was the flood?")
    ("bad", "for"): "risk",
    # "what was wrong with voyager?", "what's wrong with it?" (not "what is wrong?")
    ("wrong", "with"): "problem",
    # "who was in goal for argentina?": "Goalkeeper Emiliano Martinez saved two penalties"
    ("in", "goal"): "goalkeeper",
    # "who was man of the match?": "...and was named player of the match"
    ("man", "of"): "player",
    # "did any humans get bird flu?": "One dairy worker in Texas caught the virus..." (an
    # illness got is caught)
    **{
        (verb, illness): "catch"
        for verb in "get gets got getting gotten".split()
        for illness in "flu bird covid measles mpox chikungunya virus".split()
    },
    # "how much has chocolate gone up?": "Hershey said it would raise prices..." (rise
    # raise), not "Some chocolate makers are testing recipes..."
    **{(verb, "up"): "rise" for verb in "go goes going went gone".split()},
}

# Words a question's word finds too, though that word means more often something else
# ("when did he leave office?" asks no evacuation): news writes an evacuation "...were
# ordered to leave" ("how many people were evacuated in los angeles?", "how many had to
# flee jasper?").
ALSO_FINDS = {
    **dict.fromkeys("evacuate evacuates evacuated evacuating evacuation".split(), "leave"),
    **dict.fromkeys("flee flees fled fleeing".split(), "leave"),
    # "why did deepseek scare investors?": "Investors feared that if powerful AI could be
    # built so cheaply..." (not the other way: a fear asked need not be a scare)
    **dict.fromkeys("scare scares scared scaring frighten frightens frightened".split(), "fear"),
    **dict.fromkeys("spook spooks spooked".split(), "fear"),
    # "which cities lost power?": "Almost all of Spain and Portugal lost electricity..."
    # (not the other way: electricity asked is no power of a state or a leader)
    "power": "electricity",
    # "what's the penalty for not paying the venice fee?": "...face fines of up to 300
    # euros" (not the other way: a fine asked may be no penalty)
    **dict.fromkeys("penalty penalties".split(), "fine"),
    # "cocoa | why is there a shortage?": "Poor harvests in Ivory Coast and Ghana...
    # have left the market short of beans" (not the other way: a short story is none)
    **dict.fromkeys("shortage shortages".split(), "short"),
    # "what led to the cocoa price spike?" (no article says "spike": it named none):
    # "Poor harvests in Ivory Coast and Ghana..." (not the other way: a rise asked need
    # be no spike)
    **dict.fromkeys("spike spikes spiked spiking".split(), "rise"),
    # "why did nvidia shares soar?": "The chipmaker's shares rose 3.5 percent ... driven by
    # demand for the processors..." (not the other way: a rise asked need be no soaring)
    **dict.fromkeys("soar soars soared soaring surge surges surged surging".split(), "rise"),
    # "who voted for the ban?": "Australia's parliament has passed a law banning children
    # under 16..." (not the other way: a law passed asked need have had no vote)
    **dict.fromkeys("vote votes voted voting".split(), "pass"),
    # "did the army keep bombing after the earthquake?": "...air strikes continued in some
    # regions" (not the other way, above)
    **dict.fromkeys(
        "attack attacks attacked attacking bomb bombs bombed bombing bombings".split(), "strike"
    ),
    # "who played the half-time show?": "Kendrick Lamar performed at the half-time show"
    # (not the other way: a performance asked is no match played)
    **dict.fromkeys("play plays played playing".split(), "perform"),
    # "why were small island states unhappy?": "Small island states criticised the
    # agreement as too weak..." (not the other way: a critic need be no angry one; not
    # "upset", a win against the odds too)
    **dict.fromkeys("unhappy dissatisfied displeased angry angered".split(), "criticise"),
    # "did they retaliate?": "China said it would fight back"
    **dict.fromkeys("retaliate retaliates retaliated retaliating retaliation".split(), "fight"),
    # "was the fire arson?": "The cause of the fire of April 2019 has never been
    # established, though investigators believe it was probably an accident" (arson is a
    # cause asked; not the other way)
    "arson": "cause",
    # "how many extra kilometres is the route around africa?": "The detour around southern
    # Africa adds roughly 10 days and about 6,000 kilometres..." (not the other way: an
    # addition asked need be no detour)
    "extra": "add",
    **dict.fromkeys("route routes".split(), "detour"),
    # "why is the fire spreading so fast?": "The fire ... grew to more than 36,000 hectares,
    # pushed by strong winds" (a fire's spread is its growth; not the other way: growth
    # asked is no spread of a virus)
    **dict.fromkeys("spread spreads spreading".split(), "grow"),
    # "who came third in the olympic 100m?": "Fred Kerley ... took the bronze in 9.81"
    "third": "bronze",
    # ...and second, whom the winner finished ahead of ("who came second?" after
    # Eurovision: "Austria finished with 436 points, ahead of Israel's Yuval Raphael...")
    "second": "ahead",
    # "who lost?": "He defeated George Simion"
    **dict.fromkeys("lose loses lost losing".split(), "defeat"),
    # "how much did rebuilding notre dame cost?": "...the restoration, which cost around
    # 700 million euros" (not the other way, nor from "fixed": "voyager 1 fixed?" is told
    # by its lede, not by "...would next work to restore the return of science data")
    **dict.fromkeys("rebuild rebuilds rebuilt rebuilding".split(), "restore"),
    # "were passwords leaked?": "...no payment card details or passwords were taken"
    **dict.fromkeys("leak leaks leaked leaking".split(), "take"),
    # "what did they take?" after the Louvre's theft: "Thieves stole eight pieces..."
    **dict.fromkeys("take takes took taken taking".split(), "steal"),
    # "how were the tariff rates calculated?": "The rates were worked out by dividing..."
    **dict.fromkeys("calculate calculates calculated calculating".split(), "work"),
    # "who won?" after the physics prize: "The Nobel Prize in Physics was awarded ... to
    # John Hopfield and Geoffrey Hinton" (not the other way: an award is won, not a win)
    **dict.fromkeys("win wins won winning".split(), "award"),
    # "how many flights were cancelled in the outage?": "...crashed about 8.5 million
    # computers ..., grounding flights and disrupting hospitals" (no article says "outage")
    **dict.fromkeys("outage outages".split(), "disrupt"),
    # "how many people were in the wegovy trial?": "The study followed 17,604 adults..."
    # (not the other way: "who took part in the study?" is no trial's)
    **dict.fromkeys("trial trials".split(), "study"),
    # "when will the jets arrive?" after the Gripen deal: "The first four jets will be
    # delivered in 2027" (not the other way: a delivery asked is no one's arrival)
    **dict.fromkeys("arrive arrives arrived arriving arrival".split(), "deliver"),
    # "how many customers were affected by the data breach?": "...hackers had stolen some
    # personal data of its customers" (not the other way: a hack asked is no breach of a
    # rule)
    **dict.fromkeys("breach breaches breached".split(), "hack"),
    # "what hit it?" after the Baltimore bridge's collapse: "A large container ship ...
    # struck the Francis Scott Key Bridge" (not the other way: a strike is also a walkout)
    **dict.fromkeys("hit hits hitting".split(), "strike"),
    # "why did the baltimore bridge fall?": "...causing the bridge to collapse" (not "The
    # crew sent a mayday call moments before the crash": a market's fall is a crash); not
    # the other way: a collapse asked is no fall of a price
    **dict.fromkeys("fall falls fell falling".split(), "collapse"),
    # "the boeing walkout": "About 33,000 Boeing factory workers went on strike..." (not
    # the other way: a strike is also an attack)
    **dict.fromkeys("walkout walkouts".split(), "strike"),
    # "are coral reefs dying?": "...they expel the algae ... and many then starve" (not the
    # other way: a starving asked need not die)
    **dict.fromkeys("die dies dying".split(), "starve"),
    # "where did milton land?": "Hurricane Milton made landfall near Siesta Key" (not the
    # other way: a landfall asked is no plane's landing)
    **dict.fromkeys("land lands landed".split(), "landfall"),
    # "which drugmaker makes wegovy?": "...Novo Nordisk, the Danish company that makes
    # Wegovy" (not the other way: a company asked need make no drugs)
    **dict.fromkeys(
        "drugmaker drugmakers chipmaker chipmakers carmaker carmakers automaker automakers "
        "planemaker planemakers".split(),
        "company",
    ),
    # "was altman rehired?": "Sam Altman will return as chief executive of OpenAI" (not
    # the other way: a return asked is no hiring)
    **dict.fromkeys("rehire rehires rehired rehiring reinstate reinstated".split(), "return"),
    # "who attended?" after Notre-Dame: "...opened to a congregation of about 1,500
    # guests" (not the other way: a guest asked need not have come)
    **dict.fromkeys("attend attends attended attending".split(), "guest"),
    # "what did apple release?": "Apple's Vision Pro headset went on sale..." (not the
    # other way: a sale asked is no launch)
    **dict.fromkeys("release releases released releasing".split(), "sale"),
    **dict.fromkeys("launch launches launched".split(), "sale"),
    # "where was the epicentre?" after Myanmar's earthquake: "The quake hit at midday near
    # the city of Mandalay" (an epicentre is a quake's; not the other way)
    **dict.fromkeys("epicentre epicentres epicenter epicenters".split(), "quake"),
    # "who was the new pope's predecessor?": "He succeeds Pope Francis..." (not the other
    # way, nor as "successor" is: a predecessor asked is not the one who succeeds)
    **dict.fromkeys("predecessor predecessors".split(), "succeed"),
    # "who is the lead actress?" after Anora: "Mikey Madison, who plays the title role..."
    # (not the other way: a play asked is no actor, and no article writes "actress")
    **dict.fromkeys("actor actors actress actresses".split(), "play"),
    # "what do they want?" after the Boeing strike: "The union had asked for 40 percent..."
    # (not the other way: "who asked for it?" asks who wanted nothing)
    **dict.fromkeys("want wants wanted wanting".split(), "ask"),
    # "how many homes burned in la?": "...destroyed more than 12,000 buildings" (not the
    # other way: a building asked need be no one's home)
    **dict.fromkeys("home homes house houses".split(), "building"),
    # "how is the venice fee enforced?": "...visitors without a code face fines of up to
    # 300 euros" (not the other way: a fine asked is enforced by no one named)
    **dict.fromkeys("enforce enforces enforced enforcing enforcement".split(), "fine"),
    # "will kids get fined for using instagram?": "Parents and children will not be
    # punished..." (the verb only: the noun "fine" may be of weather or health)...
    **dict.fromkeys("fined fining".split(), "punish"),
    # ...and "was google punished?": "...upheld a 2.4 billion euro ... fine against Google"
    **dict.fromkeys("punish punished punishing punishment punishments".split(), "fine"),
    # "did it get cold during the eclipse?": "...and temperatures dropped by several
    # degrees" (not the other way: a temperature asked need be no cold)
    **dict.fromkeys("cold colder chilly".split(), "temperature"),
    # "how did martial law end?": "...lifted martial law early on Wednesday" (a ban, a
    # law or a warning ends by being lifted; not the other way: a lift asked ends nothing)
    **dict.fromkeys("end ends ended ending".split(), "lift"),
    # "when did notre dame burn?": "The cause of the fire of April 2019..." (not the other
    # way: a fire asked need have burned nothing named)
    **dict.fromkeys("burn burns burned burnt burning".split(), "fire"),
    # "who scored for england?": "...substitute Cole Palmer equalised for England" (an
    # equaliser is a goal; not the other way: a score asked is no draw)
    **dict.fromkeys("score scores scored scoring".split(), "equalise"),
    # "who did nvidia overtake?": "...its market value climbing to 3.34 trillion dollars
    # and passing Microsoft and Apple" (not the other way: a pass is also a law's)
    **dict.fromkeys("overtake overtakes overtook overtaken overtaking".split(), "pass"),
    # "who stars in anora?": "Mikey Madison, who plays the title role..." (the verb's
    # forms only, not "star" of "the star player"; not the other way: a play is no film's)
    **dict.fromkeys("stars starred starring".split(), "play"),
    # "where was he sitting?" after Air India's survivor: "...seated in 11A near an
    # emergency exit" (not the other way: a seat asked is also one won in an election)
    **dict.fromkeys("sit sits sat sitting".split(), "seated"),
    # A sport its news names by its contests and those in them, where no article writes
    # its name: "who won the tennis?": "...win the Australian Open on Sunday, his first
    # Grand Slam title"; "who is the best cyclist?": "...the first rider since Marco
    # Pantani..." (not the other way: a slam is also baseball's, a rider a horse's); a
    # sport by its body: "who is the fide world champion?": "...the youngest world chess
    # champion"
    "tennis": "slam",
    "fide": "chess",
    **dict.fromkeys("cycling cyclist cyclists".split(), "rider"),
    # "what killed the titan passengers?": "The five people aboard the Titan submersible
    # were killed..." (not the other way: whoever is aboard need be no passenger)
    **dict.fromkeys("passenger passengers".split(), "aboard"),
    # "whats the deal with the venice tax": "Venice began charging day visitors a
    # five-euro fee..." (no article writes "tax"; not the other way: a fee asked is
    # charged by any seller, not levied)
    **dict.fromkeys("tax taxes".split(), "fee"),
    # Past tenses the lemmatizer keeps as the other words they also are: "how many people
    # left jasper?": "About 25,000 residents ... were ordered to leave the town"
    "left": "leave",
    "shot": "shoot",
    # "what was the hottest temperature at the hajj?": "...most of them in extreme heat",
    # not Iceland's "...cut the hot-water pipeline" (not the other way: heat asked is also a
    # race's)
    **dict.fromkeys("hot hotter hottest".split(), "heat"),
    # "why are ships avoiding the red sea?": "Shipping giants divert vessels around
    # Africa..." (not the other way: a diversion asked need avoid nothing)
    **dict.fromkeys("avoid avoids avoided avoiding".split(), "divert"),
    # "what was the highest inflation got in britain?": "The rate was down from 2.3
    # percent in April, and far below a peak of 11.1 percent..." (not the other way: a
    # peak asked may be a mountain's)
    "highest": "peak",
    # "how many books did munro write?": "She published 14 collections in all" (a book of
    # stories, poems or essays is a collection; not the other way: a collection asked may
    # be a museum's)
    **dict.fromkeys("book books".split(), "collection"),
}

# ...only where a time is asked: a law "takes effect" ("when does the ban start?": "The
# ban takes effect in late 2025"), which "where did it start?" does not ask (it found
# the MMR vaccine's "97 percent effective"); and the other way, what takes effect applies
# ("when do they take effect?" after the tariffs: "A basic tariff of 10 percent will apply
# to goods from all countries from April 5")
ALSO_FINDS_WHEN = {
    **dict.fromkeys("start starts begin begins".split(), "effect"),
    "effect": "apply",
}
# ...and only where a change is asked the size of: a price's gain is its rise ("how much
# did bitcoin gain?": "Bitcoin rose above 100,000 dollars..., more than doubling in
# value"), which "gain knowledge" is not
ALSO_FINDS_CHANGED = {
    **dict.fromkeys("gain gains gained gaining".split(), "rise"),
    # ...and a currency's fall, its weakening ("how much did the yen fall?": "The yen
    # weakened after the decision", not the lander's "about 18 billion yen"), which a
    # bridge's fall is not (ALSO_FINDS: collapse)
    **dict.fromkeys("fall falls fell falling".split(), "weaken"),
}
# ...and only where a price is asked: what is charged is what it costs ("how much did
# apple charge for the vision pro?": "The device ... costs 3,499 dollars"), which "what
# was he charged with?" does not ask
ALSO_FINDS_PRICED = dict.fromkeys("charge charges charged charging".split(), "cost")
# ...and a verb not done, where the question asks what befalls whoever does not do it
# (``asked_by.penalised``): "what happens if you don't pay the venice fee?" finds the fine
# ("...visitors without a code face fines of up to 300 euros")
PENALTY = "fine"

# Words that mean another where the question says they need not be done: "who doesn't
# have to pay the fee?" asks who is exempt ("...and children under 14 are exempt").
NEEDED_NOT = {"pay": "exempt"}

# Abbreviations news readers type for words an article may spell out: a question word the
# corpus lacks that is one of these is read as its words, where a passage says them
# together ("who is the PM of India?" on articles that write "Prime Minister"), and where
# the corpus writes both, a question writing either finds both (reading.py). Only those
# whose words hold no stop word, and none that is also an English word ("it"; "us" and
# "who" are stop words, so only "US" and "WHO" in capitals, or after "the", reach this).
ABBREVIATIONS = {
    "pm": "prime minister",
    "fm": "foreign minister",
    "un": "united nations",
    "unsc": "united nations security council",
    "eu": "european union",
    "us": "united states",
    "uk": "united kingdom",
    "uae": "united arab emirates",
    "imf": "international monetary fund",
    "fed": "federal reserve",  # after "the" or in capitals only (reading.THE_US)
    "icc": "international criminal court",
    "wfp": "world food programme",
    "gdp": "gross domestic product",
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    # markets' and politics' shorthand: "when were bitcoin etfs approved?" ("...by
    # exchange-traded funds that hold bitcoin, approved in January")
    "etf": "exchange-traded fund|exchange-traded funds",
    "ipo": "initial public offering",
    "gop": "republican party|republicans",
    "doj": "justice department",
    "scotus": "supreme court",
    "potus": "president",
    "hq": "headquarters",
    "llm": "large language model|large language models",
    "gpu": "graphics processing unit|graphics processing units",
    # "how many seats did the lib dems get?": "The Liberal Democrats won 72 seats"
    "lib": "liberal",
    "dem": "democrat|democrats|democratic",
    "ai": "artificial intelligence",
    "ev": "electric vehicle",
    "idp": "internally displaced",
    "nato": "north atlantic treaty organization",
    "iaea": "international atomic energy agency",
    "wto": "world trade organization",
    "who": "world health organization",
    "ecb": "european central bank",
    "cia": "central intelligence agency",
    "fbi": "federal bureau of investigation",
    "fda": "food and drug administration",
    "cdc": "centers for disease control|centres for disease control",
    "nasa": "national aeronautics and space administration",
    "ioc": "international olympic committee",
    "nhs": "national health service",
    "idf": "israel defense forces",
    "isis": "islamic state",
    "isil": "islamic state",
    "rsf": "rapid support forces",
    "pla": "people's liberation army",
    "anc": "african national congress",
    "bjp": "bharatiya janata party",
    "nug": "national unity government",
    "jal": "japan airlines",  # "what kind of plane was the jal jet?"
    # several spellings, "|" between them: the first that a passage says is read
    "ww2": "world war ii|second world war",
    "wwii": "world war ii|second world war",
    "ww1": "world war i|first world war",
    "wwi": "world war i|first world war",
    # chat's shorthand for a word that simplemma's lemmas lack ("govt", "intl", "yrs",
    # "dept", "approx" it reads): "how many ppl live in warsaw" found nothing
    "ppl": "people",
    "champ": "champion",  # "whos the chess champ": "...the youngest world chess champion"
    "univ": "university",
    "uni": "university",
    # ...and for a name: "btc price", "when is the aus social media ban starting"
    "btc": "bitcoin",
    "aus": "australia",
    "la": "los angeles",  # "la fires death toll" ("La Liga" keeps it: ambiguous below)
    # sport's shorthand: "who did he beat in the semis?" ("...in the semi-finals")
    "semis": "semifinals",
    "f1": "formula one|formula 1",
    "epl": "premier league",
    "ucl": "champions league",
    "mvp": "most valuable player",  # "who was mvp": "...named the most valuable player"
    "sub": "submersible|submarine",  # "where did the titan sub go down?"; a substitute too
}
# Short names members type for a tournament that articles name in full, read so only where
# the words around make them the tournament ("who won euro 2024?", "who won the euros?"),
# not the currency ("2.4 billion euros"): reading.py.
SHORT_NAMES = {"euro": "european championship", "euros": "european championship"}

# Abbreviations that also write something else ("at 5 pm", "an FM station"): read as their
# words only where the corpus lacks them, never matched for their words.
AMBIGUOUS_ABBREVIATIONS = frozenset({"pm", "fm", "la", "sub"})

# Changes whenever the groups do: a saved index keeps the groups' terms only for these.
GROUPS_KEY = hashlib.sha256("\n".join(SYNONYM_GROUPS).encode()).hexdigest()[:16]


def group_terms(analyze: Callable[[str], list[str]]) -> tuple[tuple[str, ...], ...]:
    """Each group's terms, its words analysed by ``analyze``, in the order of its words,
    each once (saved with an index, so that a question on it does not stem every group's
    words again: simplemma's dictionary is most of a one-question run's time)."""
    return tuple(
        tuple(dict.fromkeys(t for word in group.split() for t in analyze(word)))
        for group in SYNONYM_GROUPS
    )


def country_of(analyzer: Analyzer, term: str) -> tuple[str, ...]:
    """The terms of the country group holding ``term`` ("uk": britain, british, uk,
    england); () for none."""
    return next((terms for terms in country_groups(analyzer) if term in terms), ())


@lru_cache(maxsize=4)
def country_groups(analyzer: Analyzer) -> tuple[tuple[str, ...], ...]:
    """The terms of each of COUNTRIES' groups, the country's name first ("thailand",
    "thai"), as the saved index recorded them (``group_terms``). Kept: an index just
    built holds no record, and working them out is 6 ms of a question."""
    groups = analyzer.synonym_terms
    first = SYNONYM_GROUPS.index(COUNTRIES[0])
    terms = groups if groups is not None else group_terms(analyzer.analyze)
    return terms[first : first + len(COUNTRIES)]


@lru_cache(maxsize=4)
def synonyms(analyzer: Analyzer) -> dict[str, frozenset[str]]:
    """Term -> the other terms of its synonym groups, analysed as the index is (or as the
    saved index recorded them), and of the community's own (``community_terms``)."""
    groups = analyzer.synonym_terms
    written = groups if groups is not None else group_terms(analyzer.analyze)
    table = grouped((*written, *analyzer.community_terms))
    return {term: frozenset(others) for term, others in table.items()}


def grouped(groups: Iterable[Sequence[str]]) -> dict[str, tuple[str, ...]]:
    """Each member of ``groups`` -> the other members of every group holding it, in the
    order written, each once (the terms of ``synonyms``; ``asked_amounts.counted``'s words as
    written)."""
    table: dict[str, dict[str, None]] = defaultdict(dict)
    for members in groups:
        for member in members:
            table[member].update(dict.fromkeys(m for m in members if m != member))
    return {member: tuple(others) for member, others in table.items()}
