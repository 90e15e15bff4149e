"""Byline vocabulary and pattern fragments: "By Jane Doe and John Roe, Associated Press".

Data only. The byline reader (``newsdoc._structure``) composes these fragments; a byline is
a whole line, so "By the way, ..." (a lower-case word after "By") never matches.
"""

from __future__ import annotations

from .names import NAME_PARTICLES

__all__ = ["AGENCIES", "BYLINE_MAX_CHARS", "NAME_PARTICLES", "NOT_NAME_WORDS", "STAFF_TITLES"]

#: News agencies: canonical short name -> the spellings that name it (wire style guides).
AGENCIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("AP", ("AP", "Associated Press", "The Associated Press")),
    ("Reuters", ("Reuters", "Reuter", "Thomson Reuters")),
    ("AFP", ("AFP", "Agence France-Presse", "Agence France Presse", "AFP-JIJI")),
    ("UPI", ("UPI", "United Press International")),
    ("Bloomberg", ("Bloomberg", "Bloomberg News")),
    ("CNN", ("CNN",)),
    ("Xinhua", ("Xinhua", "Xinhua News Agency")),
    ("dpa", ("dpa", "DPA", "Deutsche Presse-Agentur")),
    ("PA", ("PA", "Press Association", "PA Media")),
    ("ANSA", ("ANSA",)),
    ("EFE", ("EFE",)),
    ("Kyodo", ("Kyodo", "Kyodo News")),
    ("Yonhap", ("Yonhap",)),
    ("PTI", ("PTI", "Press Trust of India")),
    ("IANS", ("IANS",)),
    ("TASS", ("TASS", "ITAR-TASS")),
    ("Interfax", ("Interfax",)),
    ("RIA Novosti", ("RIA Novosti", "RIA")),
    ("CP", ("CP", "The Canadian Press", "Canadian Press")),
    ("AAP", ("AAP", "Australian Associated Press")),
    ("ANI", ("ANI",)),
    ("BBC", ("BBC", "BBC News")),
)


#: Capitalised words that start phrases, not names: "By Monday", "By Contrast", "By Then".
NOT_NAME_WORDS: frozenset[str] = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "then", "now", "far", "way", "contrast",
    "comparison", "default", "design", "nature", "law", "order", "all", "some", "many", "most",
    "no", "any", "each", "every", "one", "two", "three", "his", "her", "their", "its", "our",
    "my", "your", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "noon", "midnight", "tonight", "today", "tomorrow",
    "yesterday", "late", "early", "mid", "next", "last", "year", "end", "god", "chance",
    "accident", "popular", "request", "agreement", "mail", "phone", "email", "car", "bus",
    "train", "air", "land", "sea", "hand", "night", "day", "ending", "using", "doing", "making",
    "having", "taking", "being", "getting", "giving", "putting", "voting", "comparing",
    "including", "adding", "cutting", "raising", "not", "itself", "himself", "herself",
    "themselves", "definition", "extension", "means", "virtue", "percent", "sharing",
})

#: Job titles that follow a name in a byline ("Jane Doe | Staff Writer").
STAFF_TITLES: tuple[str, ...] = (
    "staff writer", "staff reporter", "staff", "writer", "reporter", "correspondent",
    "contributing writer", "contributor", "editor", "senior editor", "columnist", "producer",
    "bureau chief", "special correspondent", "political reporter", "associate editor",
    "news editor", "chief correspondent", "senior writer", "freelance writer",
)

#: A byline line is short: longer lines are paragraphs that happen to start with "By".
BYLINE_MAX_CHARS = 160
