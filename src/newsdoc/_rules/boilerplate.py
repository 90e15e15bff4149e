"""Boilerplate line rules: web furniture that an HTML extractor leaves in article text.

Each :class:`BoilerplateRule` has a ``name`` (what :attr:`ParseOptions.disabled_rules`
switches off), a ``pattern`` that must match the *whole* line (stripped, case-insensitive,
``regex`` module syntax) and an ``example`` line it removes (the tests check every example).

Precision comes first: a rule that removes a real paragraph is worse than one that misses a
widget, so patterns are anchored on the vocabulary of the widget itself and bounded in
length. Sources: the lines of this kind seen in scraped news text (newspaper3k fixtures,
Multi-News sources, the project's seed articles), written here as general patterns.
"""

from __future__ import annotations

from .._options import BoilerplateRule

__all__ = ["BOILERPLATE_RULES", "CAPTION_MAX_CHARS", "CONTEXT_RULES", "DATESTAMP_RULES",
           "FORMS", "HANDLE_PATTERN", "LINK_HEADER_PATTERN", "LINK_LIST_MAX_CHARS",
           "LINK_LIST_MAX_LINES", "MAX_BOILERPLATE_CHARS", "STARTS", "TRIGGERS"]

#: Lines longer than this are never boilerplate (a paragraph, or a fused line we keep).
MAX_BOILERPLATE_CHARS = 600

# Named fragments ----------------------------------------------------------------------

#: The forms of a photo caption ending in its credit ("caption-credit"): a credit in
#: brackets, a wire credit after the caption ("... REUTERS/Ann Lee"), a bare bracketed
#: agency, a "[Photo: ...]" tag.
_CAPTION_CREDIT_FORMS: tuple[str, ...] = (
    r".{10,400}\((?:ap\s+photo[^)]{0,80}|associated\s+press|reuters|afp|"
    r"getty\s+images|european\s+pressphoto\s+agency|photo[^)]{0,80})\)",
    r".{10,400}\s(?-i:REUTERS|AFP|EPA)/[\w .'’/-]{2,60}",
    r"\((?:european\s+pressphoto\s+agency|associated\s+press|getty\s+images)\)",
    r".{0,400}?\[(?:photo|image|pictures?|video)\s*[/:][^\]\n]{1,80}\]",
)

#: Month names and abbreviations.
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?")
#: Something date-like: up to 80 characters of date/time vocabulary that, within its first
#: 40 characters, holds a numeric date, a clock time, a month with a day, a year or "ago".
_DATEISH = (r"(?=[^\n]{0,40}?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}:\d\d|"
            r"\b" + _MONTH + r"\s*\d|\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH +
            r"|\b(?:19|20)\d\d\b|\bago\b))"
            r"(?=\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
            r"dec|today|yesterday))[\w ,.:/+()'’-]{3,80}")
#: Leading stray punctuation an extractor leaves before a line (". Last Updated").
_LEAD = r"[\s.·•|*>:-]{0,6}"
#: Social networks and sharing channels named in share/follow widgets.
_NETWORK = (r"(?:facebook|twitter|x|instagram|linkedin|pinterest|whatsapp|reddit|tumblr|"
            r"youtube|tiktok|snapchat|telegram|flipboard|google\+?|e-?mail|sms|messenger)")
#: One word of a share widget.
_WIDGET = (r"(?:share(?:\s+(?:this|on\s+" + _NETWORK + r"|via\s+" + _NETWORK +
           r"|the\s+story|this\s+(?:story|article|video|page|post)))?|tweet(?:\s+this)?|"
           r"e-?mail(?:\s+this)?|print(?:\s+this)?|pin(?:\s+it)?|save|comments?|"
           + _NETWORK + r"|more|copy\s+link|link|whatsapp|\d{1,6}\s+(?:shares?|comments?))")
#: Separators between widget words.
_WSEP = r"[\s|,·•/]{1,6}"
#: Photo agencies and sources named in image credits.
_PHOTO_SOURCE = (r"(?:getty(?:\s+images)?|ap(?:\s+photo)?|associated\s+press|reuters|afp|epa|"
                 r"shutterstock(?:\.com)?|istock(?:photo)?|corbis|wireimage|filmmagic|"
                 r"splash(?:\s+news)?|rex(?:\s+features)?|alamy|bloomberg|xinhua|pa(?:\s+wire)?|"
                 r"npr|bbc|nasa|courtesy\b[\w .'’-]{0,40}|handout|file)")

BOILERPLATE_RULES: tuple[BoilerplateRule, ...] = (
    #: "Last updated" / "Updated:" lines with a date; the date becomes Article.updated.
    BoilerplateRule(
        name="last-updated",
        pattern=_LEAD + r"(?:last\s+)?(?:updated|modified)(?:\s+(?:on|at))?\s*[:\-–—]?\s*"
        + _DATEISH,
        example=". Last Updated: 07/27/2016"),
    #: "Published ..." / "Posted: ..." lines with a date; the date becomes Article.published.
    BoilerplateRule(
        name="published",
        pattern=_LEAD + r"(?:first\s+)?(?:published|posted|posted\s+on|date\s+published)"
        r"(?:\s+(?:on|at))?\s*[:\-–—]?\s*" + _DATEISH
        + r"(?:\s*(?:\||;|•)\s*(?:last\s+)?updated\s*[:\-–—]?\s*" + _DATEISH + r")?"
        r"(?:\s+[\w?.!]{1,20}){0,6}",
        example="Published 10:32 AM ET, Tue February 12, 2008"),
    #: A bare "Updated" or "Published" label left without its date.
    BoilerplateRule(
        name="update-label",
        pattern=r"(?:last\s+)?(?:updated|published|posted)\s*:?",
        example="Updated"),
    #: Page-view counters.
    BoilerplateRule(
        name="views",
        pattern=r"[\d][\d.,]{0,12}\s*[km]?\s+(?:page\s*)?views?",
        example="262 views"),
    #: Reading-time estimates.
    BoilerplateRule(
        name="read-time",
        pattern=r"(?:(?:estimated\s+)?reading\s+time\s*:?\s*\d{1,3}\s*(?:mins?|minutes?)\.?|"
        r"(?:<\s*)?\d{1,3}\s*(?:-\s*\d{1,3}\s*)?(?:mins?|minutes?|m)\.?\s+(?:read|to\s+read))",
        example="2 mins read"),
    #: Live-blog and push prompts ("Get the latest updates ... right on your browser").
    BoilerplateRule(
        name="live-updates-prompt",
        pattern=r"get\s+(?:the\s+)?(?:latest|breaking)\s+[\w\s,—–-]{0,60}?"
        r"(?:right\s+)?(?:on|in|to)\s+your\s+(?:browser|inbox|phone|device)[.!]?",
        example="Get the latest updates as we post them — right on your browser"),
    #: Advertisement markers and "continue reading" breaks.
    BoilerplateRule(
        name="advertisement",
        pattern=r"(?:advertisement|advertising|ad|sponsored|sponsored\s+content|promoted|"
        r"paid\s+content|story\s+continues\s+below(?:\s+advertisement)?|"
        r"story\s+continued\s+below|article\s+continues\s+below(?:\s+advertisement)?|"
        r"continue\s+reading(?:\s+(?:below|the\s+main\s+story|the\s+story))?)"
        r"(?:\s+(?:advertisement|continue\s+reading(?:\s+the\s+main\s+story)?)){0,3}[.:]?",
        example="Advertisement Continue reading the main story"),
    #: Share / tweet / e-mail / print / comment widgets: a line made only of widget words.
    BoilerplateRule(
        name="share-widget",
        pattern=r"(?:(?:\d{1,6}\s*[km]?\s*shares?" + _WSEP + r")?" + _WIDGET
        + r"(?:" + _WSEP + _WIDGET + r"){0,12}[.!:]?|"
        r"(?:share|like)\s+this\s*:(?:" + _WSEP + r"(?:" + _WIDGET + r"|like|loading(?:\.{1,3}|…)?|"
        r"related))*|"
        r"read\s+or\s+share\s+this\s+(?:story|article|post)\s*:\s*\S{0,300})",
        example="Share Tweet Email Print"),
    #: Tweet-embed furniture ("Tweet with a location", "Add a location to your Tweets").
    BoilerplateRule(
        name="tweet-widget",
        pattern=r"(?:tweet\s+with\s+a\s+location|add\s+a\s+location\s+to\s+your\s+tweets|"
        r"you\s+can\s+add\s+location\s+information\s+to\s+your\s+tweets.{0,400})",
        example="Tweet with a location"),
    #: "Follow us on ..." and "Like us on Facebook" prompts.
    BoilerplateRule(
        name="follow-us",
        pattern=r"(?:(?:follow\s+(?:us|@?[\w.'’-]{1,30}(?:\s+[\w.'’-]{1,30}){0,5})|"
        r"(?:like|find|join|connect\s+with)\s+us)\s+on\s+" + _NETWORK + r"\b.{0,120}|"
        r"follow\s+[\w.&'’-]{1,30}(?:\s+[\w.&'’-]{1,30}){0,3}\s+for\s+(?:the\s+)?"
        r"(?:latest|more|updates|breaking)\b.{0,80})",
        example="Follow us on Twitter & Instagram"),
    #: Newsletter and subscription prompts.
    BoilerplateRule(
        name="newsletter",
        pattern=r"(?:(?:sign\s+up|subscribe|enter\s+your\s+e-?mail)\b.{0,160}|"
        r"newsletter\s+sign[\s-]?up\b.{0,600}|"
        r"(?:from\s+our\s+editors\s+to\s+your\s+inbox|your\s+e-?mail\s+address|"
        r"already\s+a\s+subscriber|subscribers?\s+only|not\s+a\s+subscriber)\b.{0,160}|"
        r".{0,100}\bdelivered\s+to\s+your\s+inbox\b.{0,200}|"
        r"never\s+miss\s+a\s+(?:local\s+)?(?:story|thing|beat)\b.{0,200})",
        example="From our editors to your inbox. Sign up for our newsletter today."),
    #: "Click here ..." links.
    BoilerplateRule(
        name="click-here",
        pattern=r"(?:[(\[]?(?:click|tap)\s+(?:here|this\s+link|to\s+\w+)\b.{0,200}|"
        r".{0,100}?\bclick\s+here\s*[.!]?)",
        example="Click here to see the full gallery"),
    #: "Read more" / "Related:" / "Recommended" / "See also" link lists.
    BoilerplateRule(
        name="read-more",
        pattern=r"[\[(]?(?:read\s+more|read\s+next|related(?:\s+(?:articles?|stories|coverage|content|"
        r"links?|reading|video|news))?|recommended(?:\s+(?:for\s+you|stories|articles))?|"
        r"see\s+also|also\s+read|also\s+see|also|more|more\s+from\s+[\w.&'’ -]{1,40}|"
        r"(?:like\s+this\?\s*)?you\s+(?:may|might)\s+(?:also\s+)?(?:be\s+interested\s+in|like|enjoy)|"
        r"additional\s+(?:resources|reading|links)|"
        r"most\s+(?:popular|read)|trending(?:\s+now)?|what\s+to\s+read\s+next|"
        r"top\s+of\s+page|back\s+to\s+top|skip\s+to\s+(?:main\s+)?content|"
        r"latest\s+(?:headlines|news|stories)|article\s+tools)"
        r"(?:\s*[:»›>.…]+(?:\s*.{1,200})?)?|"
        r".{10,250}?\sread more\s*[»›>.…]*",
        example="Related: Trump wins Nevada caucuses"),
    #: Image credits and captions ("Image copyright ...", "toggle caption ...", "Photo: ...").
    BoilerplateRule(
        name="image-caption",
        pattern=r"(?:(?:(?:enlarge\s+this\s+image\s+)?toggle\s+caption|image\s+copyright|"
        r"image\s+caption|enlarge\s+(?:this\s+)?image|media\s+playback\s+is\s+unsupported|"
        r"(?:file\s*[-–—]\s*(?:in\s+)?|[(\[]?in\s+)this\s+(?:[\w.,]+\s+){0,5}(?:image|photo|"
        r"photograph|picture|file\s+photo|still|frame\s+grab)\b|\d{1,3}\s+of\s+\d{1,3}\.|"
        r"view\s+(?:full\s+size\s+image|gallery|slideshow|photos))\s*.{0,600}|"
        r"(?:(?:photo|image|picture|pic|video)\s+(?:credit|courtesy)|"
        r"(?:photo|photograph|photos|image|images|picture|pictures|pic|caption|credit|credits|"
        r"video)\s*:|\(photo\s*:)\s*.{0,160}|"
        r"credit\s*:.{0,200}?\bview\s+full\s+size\s+image\b.{0,400}|"
        r"(?:photos?|slideshow|(?:photo\s+)?gallery|video)"
        r"(?:\s*\(\d{1,3}\s+(?:images?|photos?)\))?)",
        example="Image copyright Getty Images Image caption The talks lasted two days"),
    #: Bare photo credits: "Jay Reed/NPR", "Getty Images", "(AP Photo/Jane Doe)".
    BoilerplateRule(
        name="photo-credit",
        pattern=r"(?:\(?(?:" + _PHOTO_SOURCE + r")(?:\s+(?:photo|images?|pictures?))?\)?\.?|"
        r"(?-i:\(?(?:[A-Z][a-z][\w'’-]{0,20}|[A-Z]\.)(?:\s+(?:[A-Z][a-z][\w'’-]{0,20}\.?|[A-Z]\.)){1,3}"
        r"\s?/\s?(?:for\s+)?[A-Z][\w.'’&-]{1,25}(?:\s+[A-Z][\w.'’&-]{0,25}){0,4}\)?\.?)|"
        r"by\s+[\w.'’ -]{3,40}/\s?" + _PHOTO_SOURCE + r"\.?|"
        r"\(?ap\s+photo\s*/.{1,60}\)?|(?:getty\s+images|photo\s+by|photograph\s+by)\b.{0,100})",
        example="Jay Reed/NPR"),
    #: A photo caption ending in its credit: "... witnesses saying... (Associated Press)".
    BoilerplateRule(
        name="caption-credit",
        pattern="(?:" + "|".join(_CAPTION_CREDIT_FORMS) + ")",
        example="Crowds gather at the station on Monday. (AP Photo/Ann Lee)"),
    #: A bare source credit under an embed or a chart: "Source: Reuters", "Source: KGUN 9".
    BoilerplateRule(
        name="source-credit",
        pattern=r"sources?\s*:\s*[\w.&'’/-]{1,30}(?:\s+[\w.&'’/-]{1,30}){0,5}\.?",
        example="Source: Reuters"),
    #: Cookie notices.
    BoilerplateRule(
        name="cookies",
        pattern=r".{0,120}\b(?:we\s+use\s+cookies|(?:this|our)\s+(?:web)?site\s+uses\s+cookies|"
        r"accept\s+(?:all\s+)?cookies|"
        r"cookie\s+(?:policy|settings|preferences)|by\s+continuing\s+to\s+(?:use|browse))\b.{0,300}",
        example="We use cookies to improve your experience. By continuing you accept them."),
    #: Ad-blocker notices.
    BoilerplateRule(
        name="ad-blocker",
        pattern=r".{0,120}\b(?:(?:disable|turn\s+off|pause|deactivate)\s+(?:your\s+)?"
        r"ad[\s-]?block(?:er|ing)?|you(?:'re|’re|\s+are)\s+using\s+an?\s+ad[\s-]?blocker|"
        r"ad[\s-]?blocker\s+detected|whitelist\s+(?:us|our\s+site|this\s+site))\b.{0,300}",
        example="Please disable your ad blocker to continue."),
    #: JavaScript and browser notices.
    BoilerplateRule(
        name="javascript",
        pattern=r".{0,120}\b(?:enable\s+javascript|javascript\s+(?:is\s+)?(?:disabled|required|"
        r"must\s+be\s+enabled|is\s+(?:currently\s+)?(?:disabled|turned\s+off))|(?:your\s+)?browser\s+does\s+not\s+support|"
        r"(?:update|upgrade)\s+your\s+browser|loaded\s+dynamically\s+by\s+javascript)\b.{0,200}",
        example="Please enable JavaScript to view the comments."),
    #: Copyright and rights lines.
    BoilerplateRule(
        name="copyright",
        pattern=r"(?:(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|\bby\b)).{0,250}|"
        r".{0,150}\ball\s+rights\s+reserved\b.{0,250}|"
        r"this\s+material\s+may\s+not\s+be\s+published.{0,200})",
        example="© 2016 The Daily Planet. All rights reserved."),
    #: "This article was originally published ..." notes.
    BoilerplateRule(
        name="originally-published",
        pattern=r"(?:this\s+(?:article|story|post|piece|report|interview|column)\s+"
        r"(?:(?:was|is|has\s+been)\s+(?:(?:originally|first)\s+)?|(?:originally|first)\s+)"
        r"(?:published|appeared|posted|ran)|"
        r"(?:a\s+version\s+of\s+this\s+(?:article|story)\s+(?:appears|appeared))|"
        r"original\s+(?:article|story|post)\s+(?:on|at|from))\b.{0,300}",
        example="This article was originally published on The Conversation."),
    #: Comment-section furniture.
    BoilerplateRule(
        name="comments",
        pattern=r"(?:\d{1,6}\s+comments?|(?:leave|post|add|view|show|read)\s+(?:a\s+|your\s+|"
        r"all\s+)?comments?|comments?\s*(?:\(\d{1,6}\))?|have\s+something\s+to\s+add\s+to\s+"
        r"this\s+story\?.{0,80}|join\s+the\s+(?:conversation|discussion)|"
        r"comments?\s+are\s+closed\.?)[.!:]?",
        example="Leave a comment"),
    #: Contact lines for the writer or editor: "To contact the reporter on this story: ...".
    BoilerplateRule(
        name="contact",
        pattern=r"(?:to\s+contact\s+the\s+(?:reporters?|editors?|writers?)\b.{0,200}|"
        r"[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}(?:\s*(?:or|,|\|)\s*[\d(). -]{7,20})?|"
        r"[\w.'’ -]{1,60}\bmay\s+be\s+reached\s+at\b.{0,200}|"
        r"@[\w.]{1,30}\s+(?:via|on)\s+" + _NETWORK + r"|"
        r"(?:https?://)?(?:www\.)?(?:twitter|facebook|instagram)\.com/[\w./?=-]{1,80}|"
        r"\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4})",
        example="To contact the reporter on this story: Ann Lee at alee@example.com."),
    #: Web-archive crawl notices that stand in for a missing article.
    BoilerplateRule(
        name="crawl-notice",
        pattern=r"(?=.{0,600}?\b(?:internet\s+archive|wayback\s+machine|archive-it)\b)"
        r"(?=.{0,600}?\b(?:crawl|crawls|web\s+(?:collections|captures)|warcs?|archive\s+pages)\b)"
        r".{20,1000}",
        example="Starting in 1996, the crawler has been donating crawl data to the Internet "
        "Archive."),
    #: Page chrome: text-size controls, close buttons, print / site links, error pages.
    BoilerplateRule(
        name="page-chrome",
        pattern=r"(?:text\s+size|font\s+size|a\s+a\s+a|×?\s*close|(?:terms\s+of\s+(?:use|service)|"
        r"privacy\s+(?:policy|notice)|contact\s+us|about\s+us|site\s*map)(?:[\s|·•]{1,5}"
        r"(?:terms\s+of\s+(?:use|service)|privacy\s+(?:policy|notice)|contact\s+us|about\s+us|"
        r"site\s*map)){0,6}|sorry,?\s+the\s+page\s+you\s+requested\s+was\s+not\s+found\.?|"
        r"loading(?:\s+(?:photo\s+)?gallery)?(?:\s*\.{1,3})?|please\s+wait\.{0,3}|inappropriate\s+video\?\s*alert\s+us\.?|"
        r"report\s+(?:an\s+error|a\s+typo|this\s+ad)|(?:watch|play)\s+(?:the\s+)?video|"
        r"now\s+playing|replay|(?:just\s+watched|must\s+watch)\b.{0,400}|you\s+must\s+enter\s+the\s+characters.{0,100}|"
        r"(?:see\s+a\s+mistake\?\s*)?report\s+a\s+typo(?:\s+here)?\.?|"
        r"interested\s+in\s+[^?]{1,60}\?\s*add\s+.{1,200}|"
        r"there\s+may\s+be\s+(?:small\s+)?errors\s+in\s+this\s+transcript\.?)",
        example="Terms of Use Privacy Policy"),
)

#: Rules whose pattern is ``(?:A|B|...)`` of these forms: the stage matches the forms one
#: by one, which finds the same lines (a whole line matches the union when it matches one
#: form) but is much faster with the ``regex`` module, which speeds up a lone form by the
#: literal it requires and cannot do so for the union.
FORMS: dict[str, tuple[str, ...]] = {"caption-credit": _CAPTION_CREDIT_FORMS}

#: Rules whose lines carry a date stamp, and which Article field the date fills.
DATESTAMP_RULES: dict[str, str] = {"last-updated": "updated", "published": "published"}

#: The prefilter that keeps the stage fast: a built-in rule is only tried on a line whose
#: first token (after leading ``. · • | * > : - ( [`` and white space) is one of its STARTS,
#: or which holds one of its TRIGGERS (lower-case substrings). A token is a run of letters
#: (lower-cased), ``"0"`` for a digit, or a single other character ("©", "@", "×", "<").
#: Both tables must be complete: every line a rule's pattern can match starts with one of
#: its STARTS or holds one of its TRIGGERS (the tests check this on every rule's example and
#: on generated lines). Since a token is the whole run of letters, a pattern must never let
#: a start word run into more letters ("afpphoto"): put ``\b`` or ``\s+`` after it. A rule
#: with STARTS names its first word; one with only TRIGGERS finds its keyword anywhere (its
#: pattern starts with ``.{0,N}``). Rules are tried in table order either way.
STARTS: dict[str, frozenset[str]] = {
    "last-updated": frozenset({"last", "updated", "modified"}),
    "published": frozenset({"first", "published", "posted", "date"}),
    "update-label": frozenset({"last", "updated", "published", "posted"}),
    "views": frozenset({"0"}),
    "read-time": frozenset({"estimated", "reading", "<", "0"}),
    "live-updates-prompt": frozenset({"get"}),
    "advertisement": frozenset({"advertisement", "advertising", "ad", "sponsored", "promoted",
                                "paid", "story", "article", "continue"}),
    "share-widget": frozenset({
        "0", "like", "read", "share", "shares", "tweet", "e", "email", "print", "pin", "save",
        "comment", "comments", "more", "copy", "link", "facebook", "twitter", "x", "instagram",
        "linkedin", "pinterest", "whatsapp", "reddit", "tumblr", "youtube", "tiktok",
        "snapchat", "telegram", "flipboard", "google", "sms", "messenger"}),
    "tweet-widget": frozenset({"tweet", "add", "you"}),
    "follow-us": frozenset({"follow", "like", "find", "join", "connect"}),
    "newsletter": frozenset({"sign", "subscribe", "enter", "from", "your", "already",
                             "subscriber", "subscribers", "not", "never", "newsletter"}),
    "click-here": frozenset({"click", "tap"}),
    "read-more": frozenset({"read", "related", "recommended", "see", "also", "more", "you",
                            "most", "trending", "what", "top", "back", "skip", "latest",
                            "article", "like", "additional"}),
    "image-caption": frozenset({
        "enlarge", "toggle", "image", "media", "file", "in", "0", "view", "photo",
        "photograph", "photos", "images", "picture", "pictures", "pic", "video", "caption",
        "credit", "credits", "slideshow", "gallery"}),
    "photo-credit": frozenset({
        "getty", "ap", "associated", "reuters", "afp", "epa", "shutterstock", "istock",
        "istockphoto", "corbis", "wireimage", "filmmagic", "splash", "rex", "alamy",
        "bloomberg", "xinhua", "pa", "npr", "bbc", "nasa", "courtesy", "handout", "file", "by",
        "photo", "photograph"}),
    "copyright": frozenset({"©", "c", "copyright", "this"}),
    "originally-published": frozenset({"this", "a", "original"}),
    "comments": frozenset({"0", "leave", "post", "add", "view", "show", "read", "comment",
                           "comments", "have", "join"}),
    "contact": frozenset({"to", "@", "http", "https", "www", "twitter", "facebook",
                          "instagram", "0"}),
    "source-credit": frozenset({"source", "sources"}),
    "page-chrome": frozenset({
        "text", "font", "a", "×", "close", "terms", "privacy", "contact", "about", "site",
        "sitemap", "sorry", "loading", "please", "inappropriate", "report", "watch", "play",
        "now", "replay", "you", "see", "interested", "there", "just", "must"}),
}

#: TRIGGERS are lower-case ASCII (the prefilter searches the text as ASCII bytes).
TRIGGERS: dict[str, tuple[str, ...]] = {
    "newsletter": ("inbox",),
    "click-here": ("click",),
    "photo-credit": ("/",),
    "contact": ("@", "reached"),
    "caption-credit": (")", "/", "]"),
    "read-more": ("read more",),
    "cookies": ("cookie", "continuing"),
    "ad-blocker": ("block", "whitelist"),
    "javascript": ("javascript", "browser"),
    "copyright": ("reserved",),
    "crawl-notice": ("archive", "wayback"),
}

#: Context rules (see ``newsdoc._structure``), switched off by these names like the others.
#: "link-list": a bare link-list header near the end ("Related", "You might also like:",
#: "Additional resources") and the short lines after it, when nothing but short lines and
#: boilerplate follows. "caption-context": a short line whose text the next or previous
#: caption line repeats, or which stands right above a "Credit: ... View full size image"
#: line. "contact-context": a bare handle ("@alee") right after a contact line.
CONTEXT_RULES: tuple[str, ...] = ("link-list", "caption-context", "contact-context")

#: The most lines a tail link list may hold after its header, and the longest such line.
LINK_LIST_MAX_LINES = 12
LINK_LIST_MAX_CHARS = 200

#: The longest line "caption-context" removes.
CAPTION_MAX_CHARS = 400

#: A bare social handle line, removed only right after a contact line.
HANDLE_PATTERN = r"@[\w.]{1,30}"

#: A bare header that opens a list of links (whole line, case-insensitive): what
#: "link-list" looks for. Navigation such as "Top of Page" is boilerplate but opens no list.
LINK_HEADER_PATTERN = (
    r"[\[(]?(?:related(?:\s+(?:articles?|stories|coverage|content|links?|reading|news))?|"
    r"recommended(?:\s+(?:for\s+you|stories|articles))?|see\s+also|also\s+(?:see|read)|"
    r"more(?:\s+from\s+[\w.&'’ -]{1,40})?|"
    r"(?:like\s+this\?\s*)?you\s+(?:may|might)\s+(?:also\s+)?(?:be\s+interested\s+in|like|enjoy)|"
    r"most\s+(?:popular|read)|trending(?:\s+now)?|what\s+to\s+read\s+next|"
    r"latest\s+(?:headlines|news|stories)|additional\s+(?:resources|reading|links)|"
    r"read\s+(?:more|next))[\s:.…\])]{0,4}")
