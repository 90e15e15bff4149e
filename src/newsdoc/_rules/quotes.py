"""Quotation rules (data only): quote marks, reporting verbs, cue phrases, speaker words.

The quote stage (:mod:`newsdoc._quotes`) builds its patterns from these tables. Every word
list is written out in full (all inflections), so adding a verb is one new row. Provenance:
written for newsdoc from general English news style (AP/Reuters conventions) and from the
reporting-verb lexicon idea of textacy's ``REPORTING_VERBS``; no entry is copied from a corpus.
"""

from __future__ import annotations

from .names import FEMININE_GIVEN_NAMES as FEMININE_GIVEN_NAMES  # shared name tables
from .names import GENDERED_HONORIFICS as GENDERED_HONORIFICS
from .names import MASCULINE_GIVEN_NAMES as MASCULINE_GIVEN_NAMES
from .names import NAME_PARTICLES as NAME_PARTICLES

#: Double quotation marks that only ever open (left curly, low-9, left guillemet, reversed).
DOUBLE_OPENERS = "\u201c\u201e\u00ab\u201f"

#: Double quotation marks that only ever close (right curly, right guillemet).
DOUBLE_CLOSERS = "\u201d\u00bb"

#: Double marks whose direction is read from their neighbours (ASCII ``"``, double prime).
DOUBLE_NEUTRAL = "\"\u2033"

#: Single marks that open (left curly single, single low-9, single guillemet).
SINGLE_OPENERS = "\u2018\u201a\u2039"

#: Single marks that close; U+2019 is also the typographic apostrophe.
SINGLE_CLOSERS = "\u2019\u203a"

#: Single marks whose direction is read from their neighbours (ASCII ``'``, prime).
SINGLE_NEUTRAL = "'\u2032"

#: Characters that count as punctuation when deciding whether a mark opens or closes
#: (markdown-it "flanking": a mark after white space or one of these and before a word opens).
FLANK_PUNCTUATION = "([{<\u2015\u2014\u2013-/:;,.!?)]}>\u2026*_~|\u00a0"

#: Reporting verbs, every inflection written out (lemma first). Source: common English
#: verbs of saying in news copy, plus textacy's REPORTING_VERBS list.
REPORTING_VERBS: tuple[tuple[str, ...], ...] = (
    ("say", "says", "said", "saying"),
    ("tell", "tells", "told", "telling"),
    ("add", "adds", "added", "adding"),
    ("write", "writes", "wrote", "writing", "written"),
    ("tweet", "tweets", "tweeted", "tweeting"),
    ("ask", "asks", "asked", "asking"),
    ("state", "states", "stated", "stating"),
    ("explain", "explains", "explained", "explaining"),
    ("note", "notes", "noted", "noting"),
    ("reply", "replies", "replied", "replying"),
    ("respond", "responds", "responded", "responding"),
    ("declare", "declares", "declared", "declaring"),
    ("argue", "argues", "argued", "arguing"),
    ("conclude", "concludes", "concluded", "concluding"),
    ("continue", "continues", "continued", "continuing"),
    ("insist", "insists", "insisted", "insisting"),
    ("admit", "admits", "admitted", "admitting"),
    ("promise", "promises", "promised", "promising"),
    ("assure", "assures", "assured", "assuring"),
    ("warn", "warns", "warned", "warning"),
    ("announce", "announces", "announced", "announcing"),
    ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    ("suggest", "suggests", "suggested", "suggesting"),
    ("recall", "recalls", "recalled", "recalling"),
    ("claim", "claims", "claimed", "claiming"),
    ("remark", "remarks", "remarked", "remarking"),
    ("shout", "shouts", "shouted", "shouting"),
    ("urge", "urges", "urged", "urging"),
    ("vow", "vows", "vowed", "vowing"),
    ("pledge", "pledges", "pledged", "pledging"),
    ("answer", "answers", "answered", "answering"),
    ("joke", "jokes", "joked", "joking"),
    ("lament", "laments", "lamented", "lamenting"),
    ("predict", "predicts", "predicted", "predicting"),
    ("proclaim", "proclaims", "proclaimed", "proclaiming"),
    ("assert", "asserts", "asserted", "asserting"),
    ("chant", "chants", "chanted", "chanting"),
    ("report", "reports", "reported", "reporting"),
    ("call", "calls", "called", "calling"),
    ("describe", "describes", "described", "describing"),
    ("accuse", "accuses", "accused", "accusing"),
    ("blast", "blasts", "blasted", "blasting"),
    ("quip", "quips", "quipped", "quipping"),
    ("boast", "boasts", "boasted", "boasting"),
    ("complain", "complains", "complained", "complaining"),
    ("observe", "observes", "observed", "observing"),
    ("testify", "testifies", "testified", "testifying"),
    ("confirm", "confirms", "confirmed", "confirming"),
    ("deny", "denies", "denied", "denying"),
    ("emphasize", "emphasizes", "emphasized", "emphasizing"),
    ("emphasise", "emphasises", "emphasised", "emphasising"),
    ("stress", "stresses", "stressed", "stressing"),
    ("mention", "mentions", "mentioned", "mentioning"),
    ("reiterate", "reiterates", "reiterated", "reiterating"),
    ("repeat", "repeats", "repeated", "repeating"),
    ("recount", "recounts", "recounted", "recounting"),
    ("exclaim", "exclaims", "exclaimed", "exclaiming"),
    ("yell", "yells", "yelled", "yelling"),
    ("scream", "screams", "screamed", "screaming"),
    ("whisper", "whispers", "whispered", "whispering"),
    ("mutter", "mutters", "muttered", "muttering"),
    ("sing", "sings", "sang", "singing"),
    ("read", "reads", "reading"),
    ("post", "posts", "posted", "posting"),
    ("counter", "counters", "countered", "countering"),
    ("retort", "retorts", "retorted", "retorting"),
    ("contend", "contends", "contended", "contending"),
    ("maintain", "maintains", "maintained", "maintaining"),
    ("allege", "alleges", "alleged", "alleging"),
    ("charge", "charges", "charged", "charging"),
    ("caution", "cautions", "cautioned", "cautioning"),
    ("concede", "concedes", "conceded", "conceding"),
    ("agree", "agrees", "agreed", "agreeing"),
    ("demand", "demands", "demanded", "demanding"),
    ("thank", "thanks", "thanked", "thanking"),
    ("praise", "praises", "praised", "praising"),
    ("mock", "mocks", "mocked", "mocking"),
    ("quote", "quotes", "quoted", "quoting"),
    ("cite", "cites", "cited", "citing"),
    ("label", "labels", "labeled", "labelled", "labeling", "labelling"),
    ("dub", "dubs", "dubbed", "dubbing"),
    ("brand", "brands", "branded", "branding"),
    ("deride", "derides", "derided", "deriding"),
    ("dismiss", "dismisses", "dismissed", "dismissing"),
    ("criticize", "criticizes", "criticized", "criticizing"),
    ("criticise", "criticises", "criticised", "criticising"),
    ("condemn", "condemns", "condemned", "condemning"),
    ("interject", "interjects", "interjected", "interjecting"),
    ("snap", "snaps", "snapped", "snapping"),
    ("tout", "touts", "touted", "touting"),
    ("wonder", "wonders", "wondered", "wondering"),
    ("advise", "advises", "advised", "advising"),
    ("elaborate", "elaborates", "elaborated", "elaborating"),
    ("speculate", "speculates", "speculated", "speculating"),
    ("appeal", "appeals", "appealed", "appealing"),
    ("affirm", "affirms", "affirmed", "affirming"),
    ("echo", "echoes", "echoed", "echoing"),
    ("opine", "opines", "opined", "opining"),
    ("muse", "muses", "mused", "musing"),
    ("inform", "informs", "informed", "informing"),
    ("hail", "hails", "hailed", "hailing"),
    ("fume", "fumes", "fumed", "fuming"),
    ("retaliate", "retaliates", "retaliated", "retaliating"),
    ("scoff", "scoffs", "scoffed", "scoffing"),
    ("rebut", "rebuts", "rebutted", "rebutting"),
    ("chide", "chides", "chided", "chiding"),
    ("sneer", "sneers", "sneered", "sneering"),
    ("begin", "begins", "began", "beginning"),
    ("summarize", "summarizes", "summarized", "summarizing"),
    ("clarify", "clarifies", "clarified", "clarifying"),
    ("recommend", "recommends", "recommended", "recommending"),
    ("characterize", "characterizes", "characterized", "characterizing"),
    ("deem", "deems", "deemed", "deeming"),
    ("believe", "believes", "believed", "believing"),
    ("imagine", "imagines", "imagined", "imagining"),
    ("speak", "speaks", "spoke", "speaking", "spoken"),
    ("express", "expresses", "expressed", "expressing"),
    ("propose", "proposes", "proposed", "proposing"),
    ("threaten", "threatens", "threatened", "threatening"),
    ("laugh", "laughs", "laughed", "laughing"),
    ("highlight", "highlights", "highlighted", "highlighting"),
    ("vent", "vents", "vented", "venting"),
    ("portray", "portrays", "portrayed", "portraying"),
    ("pronounce", "pronounces", "pronounced", "pronouncing"),
    ("plead", "pleads", "pleaded", "pled", "pleading"),
    ("beg", "begs", "begged", "begging"),
    ("rail", "rails", "railed", "railing"),
    ("attack", "attacks", "attacked", "attacking"),
    ("slam", "slams", "slammed", "slamming"),
    ("refer", "refers", "referred", "referring"),
    ("shoot back", "shoots back", "shot back", "shooting back"),
    ("fire back", "fires back", "fired back", "firing back"),
    ("hit back", "hits back", "hitting back"),
    ("go on", "goes on", "went on"),
    ("cut in", "cuts in", "cutting in"),
    ("chime in", "chimes in", "chimed in", "chiming in"),
    ("weigh in", "weighs in", "weighed in", "weighing in"),
    ("interrupt", "interrupts", "interrupted", "interrupting"),
    ("sum up", "sums up", "summed up", "summing up"),
    ("put it", "puts it", "putting it"),
    ("comment", "comments", "commented", "commenting"),
    ("imply", "implies", "implied", "implying"),
    ("reference", "references", "referenced", "referencing"),
    ("herald", "heralds", "heralded", "heralding"),
    ("protest", "protests", "protested", "protesting"),
    ("grouse", "grouses", "groused", "grousing"),
    ("indicate", "indicates", "indicated", "indicating"),
    ("liken", "likens", "likened", "likening"),
    ("denounce", "denounces", "denounced", "denouncing"),
    ("decry", "decries", "decried", "decrying"),
    ("brag", "brags", "bragged", "bragging"),
    ("term", "terms", "termed", "terming"),
    ("reject", "rejects", "rejected", "rejecting"),
    ("email", "emails", "emailed", "emailing"),
    ("compare", "compares", "compared", "comparing"),
    ("rule", "rules", "ruled", "ruling"),
    ("specify", "specifies", "specified", "specifying"),
)

#: Capitalised reporting verbs that open a sentence before their speaker ("*Said* Lee: ...").
INVERTED_VERBS: tuple[str, ...] = (
    "Said", "Says", "Added", "Adds", "Asked", "Asks", "Wrote", "Writes", "Tweeted",
    "Explained", "Replied", "Recalled", "Countered", "Stated", "Continued", "Noted",
)

#: Words between a speaker and a reporting verb that belong to neither: auxiliaries and
#: adverbs ("Lee *has also* said", "she *later* told").
CUE_ADVERBS = frozenset({
    "also", "later", "then", "once", "recently", "earlier", "previously", "again", "further",
    "simply", "flatly", "repeatedly", "often", "frequently", "publicly", "privately",
    "quickly", "bluntly", "angrily", "quietly", "reportedly", "allegedly", "has", "have",
    "had", "would", "will", "was", "is", "were", "are", "did", "does", "do", "just",
    "first", "finally", "famously", "even", "initially", "subsequently", "still",
    "never", "not", "always", "sometimes", "shall", "may",
    "might", "could", "should", "can", "being", "been", "memorably", "pointedly", "cheerfully",
    "only", "tersely", "sharply", "openly", "succinctly", "jokingly", "proudly", "softly", "loudly",
})

#: Time words skipped between a speaker and the verb ("Lee *on Monday* said").
TIME_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "night", "morning", "afternoon", "evening", "week", "month",
    "year", "weekend", "on", "last", "this", "earlier", "late", "early",
})

#: Multi-word cue phrases that stand in for a verb (matched case-insensitively). Those in
#: SOURCE_AFTER_PHRASES name their source after them ("according to Lee"); the others are
#: verb phrases whose subject comes before them ("Lee went on to say").
CUE_PHRASES: tuple[str, ...] = (
    "according to",
    "in the words of",
    "went on to say",
    "goes on to say",
    "go on to say",
    "pointed out",
    "points out",
    "pointing out",
    "spelled out",
)

#: The cue phrases followed by their source, not preceded by it.
SOURCE_AFTER_PHRASES: tuple[str, ...] = (
    "according to",
    "in the words of",
)

#: Words that can follow a reporting verb and still belong to the cue
#: ("said *in a statement*", "told *reporters*").
CUE_OBJECTS: tuple[str, ...] = (
    "reporters",
    "a news conference",
    "a press conference",
    "the crowd",
    "the audience",
    "his audience",
    "her audience",
    "their audience",
    "supporters",
    "his supporters",
    "her supporters",
    "their supporters",
    "journalists",
    "in a statement",
    "in an interview",
    "in a tweet",
    "in a speech",
    "on Twitter",
    "on Facebook",
)

#: Pronouns that can be a speaker, as written.
SPEAKER_PRONOUNS = frozenset({
    "he", "she", "they", "we", "i", "it", "who", "you", "one",
})

#: Nouns for something said, after a possessive ("Trump's *claim* that ...", "her *remark*
#: that ..."): the possessor is the speaker of a quotation in what follows.
SPEECH_NOUNS = frozenset({
    "claim", "claims", "assertion", "assertions", "comment", "comments", "remark", "remarks",
    "statement", "statements", "promise", "promises", "pledge", "accusation", "accusations",
    "warning", "argument", "insistence", "suggestion", "contention", "declaration", "vow",
    "boast", "prediction", "words", "description", "charge", "admission", "complaint",
    "slogan", "mantra", "quip", "retort", "response", "reply", "answer", "call",
    "message", "messages", "tweet", "tweets",
})

#: Forms of reporting verbs that news text uses as nouns far more often than as verbs
#: ("the deadly *attacks*"): never read as a cue.
NOUN_LIKE_FORMS = frozenset({
    "attacks", "attack", "claim", "comment", "comments", "reference", "references", "protest",
    "protests", "term", "terms", "email", "emails", "rule", "rules", "ruling",
})

#: Reporting verbs (base forms of ``REPORTING_VERBS`` rows) that take the person or thing
#: talked about as their object: right after a quotation, '"...," denounced her record'
#: does not invert subject and verb the way '"...," said Lee' does, so the noun phrase after
#: them is never read as their speaker.
OBJECT_TAKING_VERBS = frozenset({
    "thank", "denounce", "praise", "slam", "blast", "criticize", "criticise",
    "accuse", "call", "urge", "reject", "liken", "term", "reference", "imply",
    "indicate", "dismiss", "mock", "deride", "label", "brand", "dub", "tout", "hail",
    "herald", "portray", "decry", "characterize", "attack", "rail", "chide", "condemn",
    "compare",
})

#: Auxiliary and modal verbs: a noun phrase right after "said" and before one of these is
#: the subject of a reported clause ('"...," said the town had ...': "said [that] the town
#: had"), not the speaker of an inverted '"...," said the mayor'.
FINITE_AUXILIARIES = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "did", "does", "do",
})

#: Past participles of naming and describing verbs: in a passive right before a quotation
#: ('has been *called* "a maze" by Ann Lee', ', often *labeled* as a "..." by critics') the
#: agent after the quotation is its speaker.
PASSIVE_NAMING_VERBS = frozenset({
    "called", "dubbed", "labeled", "labelled", "described", "termed", "branded", "deemed",
    "characterized", "characterised",
})

#: Day and month names that may describe a source after a determiner ("a *Wednesday*
#: editorial", "a *September* poll"), though they are never part of a name.
DATE_MODIFIERS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
})

#: Reporting verbs (base forms) of words called out loud: what they introduce is speech even
#: when it is written in title case ('chanting "Dump Trump."', 'declared "What a Night!"'),
#: never the title of a work.
UTTERANCE_VERBS = frozenset({"chant", "shout", "yell", "scream", "exclaim", "declare"})

#: Reporting verbs whose past tense is their base form ("Lee *read*", "as Lee *put it*"):
#: after a singular subject they are still verbs, not nouns ("a tweet" is a noun).
PAST_SAME_AS_BASE = frozenset({"read", "hit back", "cut in", "put it"})

#: Number words that may start a stretch of time ("*Eight* years ago"), capitalised or not.
NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred",
})

#: Words that may join the items of a list of quotations ('a "liar" *and a* "fraud"'): a
#: short quotation after such a gap shares the speaker of the one before it.
LIST_JOINING_WORDS = frozenset({
    "and", "or", "nor", "a", "an", "the", "as", "well", "but", "not", "then", "even",
    "also", "finally", "and,", "or,",
})

#: Verbs whose object is the subject of a following infinitive: in "led Hooper to tell",
#: "asked the mayor to say", the speaker is the object, not the sentence subject.
OBJECT_CONTROL_VERBS = frozenset({
    "led", "leads", "lead", "asked", "asks", "ask", "told", "tells", "tell", "urged", "urges",
    "urge", "forced", "forces", "force", "allowed", "allows", "allow", "encouraged",
    "encourages", "encourage", "pressed", "presses", "press", "invited", "invites", "invite",
    "prompted", "prompts", "prompt", "wanted", "wants", "want", "expected", "expects",
    "expect", "persuaded", "persuades", "persuade", "convinced", "convinces", "convince",
    "got", "gets", "get", "challenged", "challenges", "challenge", "begged", "begs", "beg",
    "caused", "causes", "cause", "inspired", "inspires", "inspire", "pushed", "pushes",
})

#: Words that stand alone for a group of sources ("*most* said they were worried",
#: "*Another* wrote, ..."): speakers as written, never resolved to a name.
QUANTIFIER_SPEAKERS = frozenset({
    "another", "others", "many", "most", "some", "several", "both", "few", "all",
})

#: Determiners that may start a descriptive speaker ("*the* minister", "*an* unnamed official").
SPEAKER_DETERMINERS = frozenset({
    "the", "a", "an", "one", "another", "two", "three", "four", "several", "some", "many",
    "his", "her", "their", "its", "our", "my", "both", "each", "most", "other", "this",
    "these", "those",
})

#: Role and source nouns heading a descriptive speaker ("the *spokeswoman*", "the Russian
#: *statement*"). Singular and plural forms.
ROLE_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople",
    "official", "officials", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
    "minister", "ministers", "secretary", "senator", "senators", "congressman",
    "congresswoman", "representative", "lawmaker", "lawmakers", "legislator", "legislators",
    "president", "governor", "mayor", "chairman", "chairwoman", "chair", "director", "chief",
    "leader", "leaders", "candidate", "candidates", "nominee", "front-runner", "frontrunner",
    "statement", "statements", "report", "reports", "release", "memo", "letter", "filing",
    "source", "sources", "analyst", "analysts", "expert", "experts", "economist",
    "economists", "lawyer", "lawyers", "attorney", "attorneys", "prosecutor", "prosecutors",
    "judge", "judges", "police", "officer", "officers", "witness", "witnesses", "resident",
    "residents", "voter", "voters", "supporter", "supporters", "critic", "critics",
    "campaign", "committee", "group", "ministry", "department", "agency", "embassy",
    "government", "administration", "company", "firm", "organization", "survey", "poll",
    "study", "paper", "newspaper", "website", "site", "ad", "advertisement", "video",
    "tweet", "post", "email", "e-mail", "manager", "strategist", "strategists", "operative",
    "operatives", "pollster", "pollsters", "consultant", "consultants", "executive",
    "executives", "founder", "co-founder", "member", "members", "delegate", "delegates",
    "superdelegate", "host", "anchor", "reporter", "reporters", "columnist", "editor",
    "writer", "author", "professor", "researcher", "researchers", "scientist", "scientists",
    "activist", "activists", "protester", "protesters", "worker", "workers", "student",
    "students", "mother", "father", "son", "daughter", "wife", "husband", "friend",
    "friends", "actor", "actress", "user", "users",
    "man", "woman", "men", "women", "people", "person", "democrat", "democrats",
    "republican", "republicans", "ambassador", "envoy", "diplomat", "diplomats", "general",
    "commander", "soldier", "soldiers", "staffer", "staffers", "donor", "donors", "insider",
    "insiders", "observer", "observers", "veteran", "veterans", "doctor", "doctors",
    "surgeon", "nurse", "chancellor", "premier", "king", "queen", "prince", "speaker",
    "whip", "counsel", "press secretary", "surrogate", "surrogates", "backer", "backers",
    "ally", "allies", "rival", "rivals", "opponent", "opponents", "owner", "ceo",
    "investigators", "investigator", "board", "council", "court", "union", "party",
    "crowd", "crowds", "audience", "narrator", "announcer", "demonstrators",
    "office", "editorial", "headline", "footnote", "article", "column", "document",
    "moderator", "moderators", "panelist", "panelists", "interviewer", "commentator",
    "commentators", "correspondent", "correspondents", "historian", "historians",
    "widow", "widower", "businessman", "businesswoman", "businessmen", "entrepreneur",
    "justice", "justices", "mogul", "tycoon", "neurosurgeon", "physician", "employee",
    "employees", "caller", "callers", "organizer", "organizers", "confidant", "chairmen",
    "commenter", "investor", "investors", "spectator", "spectators", "lawsuit", "complaint",
    "suit", "foundation", "association", "commission", "tabloid",
})

#: Titles written before a name ("*Sen.* Bernie Sanders", "*Gov.* Ann Lee").
NAME_TITLES = frozenset({
    "mr.", "mrs.", "ms.", "miss", "dr.", "prof.", "sen.", "rep.", "gov.", "lt.", "gen.",
    "col.", "capt.", "sgt.", "maj.", "adm.", "cmdr.", "rev.", "sir", "dame", "lord", "lady",
    "president", "vice", "senator", "governor", "secretary", "mayor", "judge", "justice",
    "pres.", "sec.", "gov", "sen", "rep", "atty.", "supt.", "insp.", "det.", "officer",
    "chairman", "chairwoman", "minister", "prime", "foreign", "defense", "state", "attorney",
    "general", "house", "speaker", "leader", "majority", "minority", "former", "chief",
    "pope", "king", "queen", "prince", "princess", "ambassador", "rabbi", "father", "sister",
    "brother", "coach", "commissioner", "councilman", "councilwoman", "congressman",
    "congresswoman", "rev", "dr", "mr", "mrs", "ms",
})


#: Capitalised words that never start or belong to a speaker's name: function words that
#: open a sentence, days, months, and common sentence-initial adverbs.
NOT_NAME_WORDS = frozenset({
    "the", "a", "an", "and", "but", "or", "so", "yet", "for", "nor", "if", "when", "while",
    "as", "at", "in", "on", "of", "by", "to", "from", "with", "after", "before", "since",
    "during", "that", "this", "these", "those", "there", "here", "then", "now", "still",
    "also", "however", "meanwhile", "instead", "indeed", "later", "earlier", "asked",
    "courtesy",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
    "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "today", "yesterday", "tonight",
    "last", "next", "every", "some", "many", "most", "all", "both", "each", "what", "why",
    "how", "where", "who", "which", "it", "its", "his", "her", "their", "our", "my", "your",
    "we", "they", "he", "she", "i", "you", "not", "no", "yes", "speaking",
    "writing", "according", "said", "says", "told", "added", "people", "because",
    "although", "though", "unlike", "like", "until", "about", "over", "under", "into",
    "through", "among", "against", "without", "within", "despite", "just", "even", "only",
    "again", "thus", "therefore", "perhaps", "maybe", "well", "oh", "okay", "ok", "please",
    "thank", "thanks", "mr", "another", "more", "less", "one", "two", "three", "first",
    "second", "new", "nothing", "everything", "something",
})

#: Abbreviations ending in a period that do not end a sentence.
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "lt", "gen", "col", "capt", "sgt",
    "maj", "adm", "cmdr", "rev", "insp", "st", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mt", "ft", "pres", "sec", "atty", "supt", "det", "u.s", "u.k", "u.n", "d.c", "a.m",
    "p.m", "e.g", "i.e", "etc", "approx", "dept", "univ", "assn", "bros", "gov't", "ave",
    "blvd", "rd", "calif", "fla", "ill", "mass", "mich", "minn", "penn", "tenn", "tex", "va",
    "wash", "wis", "ariz", "colo", "conn", "del", "ga", "ind", "kan", "ky", "la", "md", "mo",
    "mont", "neb", "nev", "okla", "ore", "pa", "vt", "wyo", "ala", "ark", "n.y", "n.j",
    "n.h", "n.c", "s.c", "n.d", "s.d", "n.m", "r.i", "w.va", "sens", "reps", "govs", "gens",
})

#: Minor words that may stay lower case in a title of a work ("Gone *with the* Wind").
TITLE_MINOR_WORDS = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at", "to", "by",
    "with", "from", "as", "is", "vs", "vs.", "v.", "de", "la", "le", "into", "up", "off",
})

#: Words that, right before a quotation, say it names a work or a label rather than
#: quoting speech ("a book *titled* ...", "*dubbed* ...").
TITLE_INTRODUCERS = frozenset({
    "titled", "entitled", "headlined", "dubbed", "nicknamed", "named", "called", "film",
    "movie", "book", "song", "show", "series", "album", "episode", "program", "programme",
    "column", "article", "essay", "memoir", "novel", "play", "musical", "podcast", "slogan",
    "hashtag", "known as", "billed as", "branded", "labeled", "labelled", "word", "words",
    "term", "phrase",
})

#: Words opening a leading subordinate clause or adverbial that ends at a comma before the
#: sentence subject ("*As* governor of the state, Lee ...", "*In* an attempt to ..., the paper").
LEADING_CLAUSE_WORDS = frozenset({
    "in", "as", "when", "after", "while", "although", "though", "despite", "since", "at",
    "for", "with", "before", "during", "like", "unlike", "if", "because", "on", "by", "even",
    "once", "until", "under", "over", "amid", "following", "asked", "speaking", "writing",
    "without", "given", "from", "to", "whatever", "whether", "unless", "instead",
    "throughout", "within", "across", "upon", "led", "having", "back", "here", "early",
    "late",
})

#: Head nouns of time phrases, which are never a speaker ("*a few days* later, Lee ...").
TIME_NOUNS = frozenset({
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
    "minute", "minutes", "decade", "decades", "night", "nights", "morning", "afternoon",
    "evening", "time", "times", "moment", "later", "ago", "earlier",
})

#: Words of NOT_NAME_WORDS that may still stand inside a name after its first word
#: ("a *New* Hampshire delegate", "Ohio *State* ..."): place-name and ordinal words.
NAME_INNER_WORDS = frozenset({"new", "first", "second", "people", "more"})

#: Of those, the words that may also start a name, before another capitalised word ("*New*
#: Jersey Gov. Ann Lee", "The *New* York Times").
NAME_START_WORDS = frozenset({"new"})

#: Reporting verbs that take the reported words as a clause ("Lee *said* the plan would
#: ..."); another cue inside that clause does not change who is speaking.
CLAUSE_VERBS = frozenset({
    "said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "argued",
    "argues", "insisted", "insists", "explained", "explains", "noted", "notes", "warned",
    "warns", "stated", "states", "claimed", "claims", "believes", "believed", "predicted",
    "predicts", "suggested", "suggests", "acknowledged", "acknowledges", "admitted",
    "admits", "contended", "contends", "maintained", "maintains", "announced", "announces",
    "declared", "declares", "emphasized", "emphasizes", "stressed", "stresses",
})

#: Words right before an opening mark after which a title-case quotation is the name of a
#: work or a programme, never speech ("an interview with "Fox and Friends"", "told "Meet the
#: Press"", "appeared on "This Week"").
WORK_PREPOSITIONS = frozenset({"on", "with", "to", "in", "from", "at", "for", "of", "told"})

#: Words of order that may stand between a determiner and a role noun ("the *second*
#: official", "a *third* witness", "the *same* spokesman", "the *other* senator").
SOURCE_ORDINALS = frozenset({
    "first", "second", "third", "fourth", "fifth", "last", "next", "new", "other", "same",
    "former", "latest",
})

#: Cues after which "it" is a source (a statement, a report, a newspaper: ""...," *it
#: added*"); with other verbs a bare "it" is a dummy subject and never a speaker.
IT_CUES = frozenset({
    "said", "says", "reads", "read", "states", "stated", "added", "adds", "noted", "notes",
    "continued", "continues", "warned", "warns", "wrote", "writes", "concluded", "concludes",
    "declared", "declares", "argued", "argues", "admitted", "admits", "called", "calls",
    "described", "describes", "labeled", "labels", "dubbed", "dubs", "saying",
})

#: Capitalised words that open questions and sentences, never a given name before a surname
#: ("*Is* Sanders ready?", "*Can* Lee win?").
SENTENCE_OPENERS = frozenset({
    "is", "was", "are", "were", "does", "did", "do", "can", "could", "will", "would",
    "should", "has", "have", "had", "why", "whether", "says", "said", "tells",
})

#: Words that may open a sentence before its subject ("*But* Lee said", "*Tonight,* Lee
#: said"): skipped when the subject is looked for.
SENTENCE_ADVERBS = frozenset({
    "but", "and", "so", "yet", "still", "then", "now", "instead", "meanwhile", "however",
    "also", "later", "earlier", "first", "second", "finally", "today", "tonight", "yesterday",
    "recently", "previously", "separately", "afterward", "afterwards", "initially",
    "ultimately", "moreover", "furthermore", "indeed",
})

#: Prepositions a subject search steps over: the noun phrase after one is not the subject
#: of the verb that follows ("Lee *at* the time said", "Protesters marching *through* the
#: streets chanted").
SUBJECT_PREPOSITIONS = frozenset({
    "in", "on", "at", "during", "from", "with", "of", "for", "by", "about", "to", "into",
    "over", "under", "like", "than", "through", "outside", "inside", "near", "across",
    "along", "behind", "around",
})

#: Prepositions before "X saying/calling" after which X is the subject of the participle,
#: not an object ("..., *with* Sen. Ann Lee calling it "..."", "footage *of* Lee saying").
ABSOLUTE_PREPOSITIONS = frozenset({"with", "of"})

#: Determiners of a singular noun phrase: with one as its subject, a reporting verb in its
#: base form ("a direct *appeal*", "this *report*") is a noun, not a verb.
SINGULAR_DETERMINERS = frozenset({"a", "an", "another", "one", "this", "each", "every"})
