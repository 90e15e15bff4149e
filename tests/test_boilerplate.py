"""Boilerplate rules: each built-in example, widget lines, and body lines that must survive."""

from __future__ import annotations

import pytest

from newsdoc import BoilerplateRule, ParseOptions
from newsdoc._rules.boilerplate import BOILERPLATE_RULES, TRIGGERS
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
