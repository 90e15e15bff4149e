"""Boilerplate rules: each built-in example, widget lines, and body lines that must survive."""

from __future__ import annotations

import pytest

from newsdoc import BoilerplateRule, ParseOptions
from newsdoc._rules.boilerplate import BOILERPLATE_RULES, STARTS, TRIGGERS
from newsdoc._structure import extract_structure

OPTIONS = ParseOptions()


def _removed(line: str, options: ParseOptions = OPTIONS) -> str | None:
    """Return the rule that removes *line* when it stands between two paragraphs."""
    text = f"Harbor plan advances\n\nThe council met on Monday.\n\n{line}\n\nIt voted yes.\n"
    s = extract_structure(text, options)
    rules = [b.rule for b in s.boilerplate]
    assert len(rules) <= 1
    return rules[0] if rules else None


@pytest.mark.parametrize("rule", [pytest.param(r, id=r.name) for r in BOILERPLATE_RULES])
def test_every_rule_removes_its_example(rule: BoilerplateRule) -> None:
    assert rule.example, f"rule {rule.name} has no example"
    assert _removed(rule.example) == rule.name


def test_rule_names_are_unique() -> None:
    names = [r.name for r in BOILERPLATE_RULES]
    assert len(names) == len(set(names))
    assert set(TRIGGERS) <= set(names)


WIDGETS = [
    pytest.param(". Last Updated: 07/27/2016", "last-updated", id="last-updated"),
    pytest.param("Updated: March 3, 2016 10:15 a.m.", "last-updated", id="updated-colon"),
    pytest.param("Published 10:32 AM ET, Tue February 12, 2008", "published", id="published"),
    pytest.param("Posted: Thursday, October 17, 2013, 8:09 PM", "published", id="posted"),
    pytest.param("Updated", "update-label", id="bare-updated"),
    pytest.param("262 views", "views", id="views"),
    pytest.param("1.2M views", "views", id="views-million"),
    pytest.param("2 mins read", "read-time", id="mins-read"),
    pytest.param("5 min read", "read-time", id="min-read"),
    pytest.param("Reading time: 4 minutes", "read-time", id="reading-time"),
    pytest.param("Get the latest updates as we post them — right on your browser",
                 "live-updates-prompt", id="browser-prompt"),
    pytest.param("Advertisement", "advertisement", id="advertisement"),
    pytest.param("ADVERTISEMENT", "advertisement", id="advertisement-caps"),
    pytest.param("Story continues below advertisement", "advertisement", id="story-continues"),
    pytest.param("Continue reading the main story", "advertisement", id="continue-reading"),
    pytest.param("Share Tweet Email Print", "share-widget", id="share-row"),
    pytest.param("Share on Facebook Share on Twitter", "share-widget", id="share-on"),
    pytest.param("936 SHARES Share Tweet", "share-widget", id="share-count"),
    pytest.param("Share This Video", "share-widget", id="share-video"),
    pytest.param("Facebook", "share-widget", id="facebook-alone"),
    pytest.param("Tweet with a location", "tweet-widget", id="tweet-location"),
    pytest.param("Follow us on Twitter & Instagram", "follow-us", id="follow-us"),
    pytest.param("Like us on Facebook", "follow-us", id="like-us"),
    pytest.param("Follow Ann Lee on Twitter @annlee", "follow-us", id="follow-writer"),
    pytest.param("Sign up for our newsletter", "newsletter", id="newsletter"),
    pytest.param("Subscribe to the Daily Planet and get full coverage", "newsletter",
                 id="subscribe"),
    pytest.param("Click here to see the full gallery", "click-here", id="click-here"),
    pytest.param("Read more: Rain floods the valley", "read-more", id="read-more"),
    pytest.param("Related: Storm closes schools", "read-more", id="related"),
    pytest.param("RELATED:", "read-more", id="related-bare"),
    pytest.param("Recommended", "read-more", id="recommended"),
    pytest.param("Image copyright Getty Images Image caption Crowds gathered",
                 "image-caption", id="image-copyright"),
    pytest.param("Enlarge this image toggle caption Ann Lee/NPR", "image-caption",
                 id="toggle-caption"),
    pytest.param("Photo: Silver Screen Collection/Getty Images", "image-caption", id="photo"),
    pytest.param("1 of 4. Rescuers search the coast on Monday.", "image-caption",
                 id="slideshow-caption"),
    pytest.param("In this file photo, the mayor speaks in Portville.", "image-caption",
                 id="in-this-photo"),
    pytest.param("Jay Reed/NPR", "photo-credit", id="name-slash-agency"),
    pytest.param("Getty Images", "photo-credit", id="getty"),
    pytest.param("Ann Lee / Reuters.", "photo-credit", id="spaced-slash"),
    pytest.param("Residents walk past debris on Monday. (AP Photo/Ann Lee)", "caption-credit",
                 id="ap-photo-caption"),
    pytest.param("We use cookies to improve your experience.", "cookies", id="cookies"),
    pytest.param("Please disable your ad blocker to continue.", "ad-blocker", id="ad-blocker"),
    pytest.param("Please enable JavaScript to view the comments powered by Disqus.",
                 "javascript", id="javascript"),
    pytest.param("© 2016 The Daily Planet. All rights reserved.", "copyright", id="copyright"),
    pytest.param("Copyright 2016 The Associated Press. All rights reserved.", "copyright",
                 id="copyright-word"),
    pytest.param("This article was originally published on The Conversation.",
                 "originally-published", id="originally-published"),
    pytest.param("Leave a comment", "comments", id="leave-comment"),
    pytest.param("To learn more about the band, click HERE.", "click-here", id="click-here-end"),
    pytest.param("[Related: Storm closes schools]", "read-more", id="related-bracketed"),
    pytest.param("See a mistake? Report a typo here.", "page-chrome", id="report-typo"),
    pytest.param("alee@example.com or 555-010-4543", "contact", id="contact-email"),
    pytest.param("Never miss a local story. Sign up today for full access.", "newsletter",
                 id="never-miss"),
    pytest.param("Terms of Use Privacy Policy", "page-chrome", id="terms"),
    pytest.param("Share this: Facebook", "share-widget", id="share-this-colon"),
    pytest.param("Like this: Like Loading... Related", "share-widget", id="like-this-row"),
    pytest.param("Read or Share this story: https://example.com/s/ab12", "share-widget",
                 id="read-or-share"),
    pytest.param("This story originally appeared on The Harbor Times.", "originally-published",
                 id="originally-appeared"),
    pytest.param("Original article on Harbor Science.", "originally-published",
                 id="original-article-on"),
    pytest.param("Source: Harbor Wire", "source-credit", id="source-credit"),
    pytest.param("Pictures: Harbor Agency", "image-caption", id="pictures-colon"),
    pytest.param("Slideshow (3 Images)", "image-caption", id="slideshow-count"),
    pytest.param("Photo", "image-caption", id="photo-alone"),
    pytest.param("(In this photo, a ferry docks at the old pier.)", "image-caption",
                 id="in-this-photo-bracketed"),
    pytest.param("FILE - This March 3, 2011, file photo shows the pier in Portville.",
                 "image-caption", id="file-this-file-photo"),
    pytest.param("The ferry docks at dawn. [Photo/Harbor Daily]", "caption-credit",
                 id="bracket-photo-credit"),
    pytest.param("@annlee via Instagram", "contact", id="handle-via-network"),
    pytest.param("twitter.com/annlee", "contact", id="profile-url"),
    pytest.param("555-010-4543", "contact", id="bare-phone"),
    pytest.param("Follow Channel 9 for the latest on air and online.", "follow-us",
                 id="follow-for-latest"),
    pytest.param("Newsletter Sign Up Continue reading the main story", "newsletter",
                 id="newsletter-sign-up"),
    pytest.param("JUST WATCHED Ferry docks at dawn Replay More Videos", "page-chrome",
                 id="video-widget"),
    pytest.param("Harbor plan wins a vote, and the mayor is pleased Read more", "read-more",
                 id="teaser-read-more"),
    pytest.param("Like this? You might also be interested in:", "read-more",
                 id="might-be-interested"),
    pytest.param("Additional resources", "read-more", id="additional-resources"),
]


@pytest.mark.parametrize(("line", "rule"), WIDGETS)
def test_widget_lines_are_removed(line: str, rule: str) -> None:
    assert _removed(line) == rule


BODY = [
    pytest.param("The video drew 262 views in its first hour, the council said.",
                 id="mentions-views"),
    pytest.param("Her views on the plan are well known.", id="views-word"),
    pytest.param("The hearing lasted 5 minutes before it was adjourned.", id="minutes"),
    pytest.param("Advertising revenue fell 5 percent in the quarter, the company said.",
                 id="advertising-sentence"),
    pytest.param("Share prices fell 3 percent on Monday.", id="share-prices"),
    pytest.param("Like many on Twitter, she was outraged by the post.", id="like-many"),
    pytest.param("Follow the money, the investigator told the committee.", id="follow-money"),
    pytest.param("Subscribers to the service will pay more next year, the firm said.",
                 id="subscribers"),
    pytest.param("Clicking on the link installed the malware, police said.", id="clicking"),
    pytest.param("More than 100 people were evacuated.", id="more-than"),
    pytest.param("Related charges were dropped in May.", id="related-charges"),
    pytest.param("Photographs of the scene were shared widely online.", id="photographs"),
    pytest.param("Copyright law in the region changed last year.", id="copyright-law"),
    pytest.param("Credit card debt rose for a third month.", id="credit-card"),
    pytest.param("Ad blockers cost publishers billions a year, the study found.",
                 id="ad-blockers-topic"),
    pytest.param("The browser maker said the update would ship in May.", id="browser-topic"),
    pytest.param("Updated figures show the economy grew faster than thought.",
                 id="updated-figures"),
    pytest.param("Published in 1990, the novel sold well.", id="published-novel"),
    pytest.param("Comments from the minister angered the union.", id="comments-from"),
    pytest.param("The Internet Archive said it had stored the pages.", id="archive-topic"),
    pytest.param("AHMADINEJAD VISIT", id="heading"),
    pytest.param("Sign language interpreters were present at the hearing.", id="sign-language"),
    pytest.param("Tweeting from the rally, the senator praised the crowd.", id="tweeting"),
    pytest.param("Print editions will end in June, the paper said.", id="print-editions"),
    pytest.param("In this town, everyone knows the mayor.", id="in-this-town"),
    pytest.param("Voters who click here and there online see more ads, the study said, as "
                 "the campaign spent heavily on targeting them.", id="click-in-sentence"),
    pytest.param("The mayor may be reached for comment later, aides said, after the vote on "
                 "Monday.", id="may-be-reached-sentence"),
    pytest.param("This photo shows the old pier before the storm.", id="this-photo-no-file"),
    pytest.param("Source: the mayor's office said the budget would grow by 3 percent.",
                 id="source-sentence"),
    pytest.param("@annlee.", id="bare-handle-alone"),
    pytest.param("Photos of the pier were shared widely.", id="photos-sentence"),
    pytest.param("Read more about the plan in the council minutes, the mayor said, adding "
                 "that the vote was close.", id="read-more-opening"),
    pytest.param("Share this story with a friend, the mayor urged residents at the meeting "
                 "on Monday.", id="share-this-sentence"),
]


@pytest.mark.parametrize("line", BODY)
def test_body_lines_survive(line: str) -> None:
    assert _removed(line) is None


def test_disable_rule_by_name() -> None:
    options = ParseOptions(disabled_rules={"views"})
    assert _removed("262 views", options) is None
    assert _removed("2 mins read", options) == "read-time"


def test_extra_rule_is_applied_and_named() -> None:
    rule = BoilerplateRule(name="sponsored-by", pattern=r"sponsored by [\w ]{1,40}",
                           example="Sponsored by Acme")
    options = ParseOptions(extra_rules=(rule,))
    assert _removed("Sponsored by Acme Tools", options) == "sponsored-by"
    assert _removed("Sponsored by Acme Tools") is None


def test_extra_rule_can_be_disabled() -> None:
    rule = BoilerplateRule(name="mine", pattern=r"xyzzy", example="xyzzy")
    options = ParseOptions(extra_rules=(rule,), disabled_rules={"mine"})
    assert _removed("xyzzy", options) is None


def test_bad_extra_rule_pattern_is_reported() -> None:
    rule = BoilerplateRule(name="broken", pattern=r"(unclosed", example="")
    with pytest.raises(ValueError, match="broken"):
        extract_structure("Headline\n\nBody.\n", ParseOptions(extra_rules=(rule,)))


def test_boilerplate_record_keeps_text_and_span() -> None:
    text = "Harbor plan\n\n262 views\n2 mins read\n\nThe council met.\n"
    s = extract_structure(text, OPTIONS)
    assert [(b.rule, b.text) for b in s.boilerplate] == [("views", "262 views"),
                                                         ("read-time", "2 mins read")]
    for b in s.boilerplate:
        assert text[b.span.start:b.span.end] == b.text


def test_long_lines_are_not_boilerplate() -> None:
    line = "Advertisement " + "word " * 200
    assert _removed(line.strip()) is None


def _rules_by_line(text: str, options: ParseOptions = OPTIONS) -> dict[str, str]:
    """Line text -> the rule that removed it."""
    return {b.text: b.rule for b in extract_structure(text, options).boilerplate}


LONG = ("The council met on Monday and voted to extend the harbor plan for three more years, "
        "after a long debate about fees, the ferry schedule and the old pier, which the mayor "
        "has promised to repair before the summer season begins.")


def test_tail_link_list_is_removed() -> None:
    text = (f"Harbor plan advances\n\n{LONG}\n\nYou might also like:\n\n"
            "Ferry Fees Rise Again\n\nPier Repairs Begin in May\n")
    got = _rules_by_line(text)
    assert got == {"You might also like:": "read-more", "Ferry Fees Rise Again": "link-list",
                   "Pier Repairs Begin in May": "link-list"}


def test_link_list_stops_at_a_long_paragraph() -> None:
    text = (f"Harbor plan advances\n\nRelated\n\nFerry Fees Rise Again\n\n{LONG}\n")
    assert _rules_by_line(text) == {"Related": "read-more"}


def test_one_closing_sentence_after_related_is_kept() -> None:
    text = f"Harbor plan advances\n\n{LONG}\n\nRelated\n\nIt voted yes.\n"
    assert _rules_by_line(text) == {"Related": "read-more"}


def test_navigation_does_not_open_a_link_list() -> None:
    text = f"Harbor plan advances\n\n{LONG}\n\nTop of Page\n\nFees\n\nThe fee is $40.\n"
    assert _rules_by_line(text) == {"Top of Page": "read-more"}


def test_caption_repeated_in_a_credit_line_is_removed() -> None:
    text = (f"Harbor plan advances\n\n{LONG}\n\nThe old pier at dawn.\n\n"
            "Credit: Ann Lee View full size image The old pier at dawn.\n\n{LONG}\n")
    got = _rules_by_line(text)
    assert got == {"The old pier at dawn.": "caption-context",
                   "Credit: Ann Lee View full size image The old pier at dawn.": "image-caption"}


def test_caption_above_a_full_size_credit_is_removed() -> None:
    text = (f"Harbor plan advances\n\n{LONG}\n\nA ferry crosses the bay.\n\n"
            f"Credit: Harbor Daily View full size image\n\n{LONG}\n")
    assert _rules_by_line(text)["A ferry crosses the bay."] == "caption-context"


def test_paragraph_above_a_bare_credit_is_kept() -> None:
    text = f"Harbor plan advances\n\n{LONG}\n\nAnn Lee/Reuters\n\n{LONG}\n"
    assert _rules_by_line(text) == {"Ann Lee/Reuters": "photo-credit"}


def test_handle_after_a_contact_line_is_removed() -> None:
    text = f"Harbor plan advances\n\n{LONG}\n\nalee@example.com\n\n@annlee\n"
    assert _rules_by_line(text) == {"alee@example.com": "contact",
                                    "@annlee": "contact-context"}


def test_context_rules_can_be_disabled() -> None:
    text = (f"Harbor plan advances\n\n{LONG}\n\nYou might also like:\n\n"
            "Ferry Fees Rise Again\n\nPier Repairs Begin in May\n\nalee@example.com\n\n"
            "@annlee\n")
    options = ParseOptions(disabled_rules={"link-list", "contact-context"})
    assert set(_rules_by_line(text, options).values()) == {"read-more", "contact"}


def test_wrapped_sentence_end_is_not_a_widget() -> None:
    text = ("Harbor plan advances\n\n    The firm will buy 500 shares at 19 dlrs a\n"
            "share.\n    It said the deal closes in May and the board agreed to the terms.\n")
    s = extract_structure(text, OPTIONS)
    assert s.boilerplate == ()
    assert any("share." in p.text for p in s.paragraphs)


def test_every_builtin_rule_has_a_prefilter() -> None:
    for rule in BOILERPLATE_RULES:
        assert rule.name in STARTS or rule.name in TRIGGERS, rule.name
    assert set(STARTS) | set(TRIGGERS) <= {r.name for r in BOILERPLATE_RULES}
    for words in TRIGGERS.values():
        assert all(w == w.lower() and w.isascii() and w for w in words)
