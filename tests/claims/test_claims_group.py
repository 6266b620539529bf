from __future__ import annotations

import pytest
from builders import event

from eventwire.claims import claim_status, find_claims
from eventwire.claims.lexicon import load_claims_lexicon
from eventwire.models import Event
from eventwire.temporal.calendar import date_range

DENIAL = "Freedonia denied press reports that the Sylvanian leader had threatened to send soldiers over."
COUNTER = "A broadcaster later aired what it said was a recording, showing the leader offering aid instead."


def _seed_like() -> list[Event]:
    return [
        event(DENIAL, "denied", "120", "FRE", None, index=3),
        event(DENIAL, "threatened", "138", "SYLGOV", "FRE", index=3, factuality="denied"),
        event(COUNTER, "offering", "033", "SYLGOV", "FRE", index=4),
        event(
            "Sylvania has threatened tariffs on Freedonian cheese.",
            "threatened",
            "1312",
            "SYLGOV",
            "FRE",
            index=6,
        ),
    ]


def test_denied_report_is_one_contested_claim_with_report_denial_and_counter() -> None:
    claims = find_claims(_seed_like())
    force = [c for c in claims if c.family == "force"]
    assert len(force) == 1
    claim = force[0]
    assert claim.status == "contested"
    assert [(m.role, m.stance, m.side) for m in claim.mentions] == [
        ("report", "reported-as-claim", "for"),
        ("denial", "denied", "against"),
        ("counter", "reported-as-claim", "against"),
    ]
    assert claim.mentions[0].voice.text == "press reports"
    assert claim.mentions[0].voice.kind == "media"
    assert claim.mentions[1].voice.code == "FRE"
    assert (claim.source, claim.target) == ("SYL", "FRE")
    assert claim.asserting_sources == 1 and claim.denying_sources == 2


def test_threat_of_another_act_is_another_claim() -> None:
    claims = find_claims(_seed_like())
    assert sorted(c.family for c in claims) == ["force", "sanction"]
    assert next(c for c in claims if c.family == "sanction").status == "uncontested"


def test_threat_and_mobilisation_of_one_dyad_share_a_family() -> None:
    lexicon = load_claims_lexicon()
    assert lexicon.family("1384") == lexicon.family("154") == lexicon.family("190") == "force"
    assert lexicon.family("1312") == lexicon.family("163") == "sanction"
    assert lexicon.family("033") == lexicon.family("071") == "aid"


def test_mentions_across_articles_group_within_the_window_only() -> None:
    events = [
        event("Sylvanian troops shelled Freedonian posts.", "shelled", "194", "SYLMIL", "FRE", article="a1"),
        event(
            "Sylvania's army fired on Freedonian posts, officials said.",
            "fired",
            "190",
            "SYL",
            "FREMIL",
            article="a2",
            date="2017-02-03",
            kind="official",
            said_by="officials",
        ),
        event(
            "Sylvanian troops shelled Freedonian posts again.",
            "shelled",
            "194",
            "SYLMIL",
            "FRE",
            article="a3",
            date="2017-04-01",
        ),
    ]
    claims = find_claims(events)
    assert [len(c.mentions) for c in claims] == [2, 1]
    assert claims[0].status == "corroborated"
    assert claims[0].num_articles == 2


def test_undated_mention_joins_its_own_article_only() -> None:
    events = [
        event("Sylvania attacked Freedonia.", "attacked", "190", "SYL", "FRE", article="a1"),
        event(
            "Sylvania attacked Freedonia in the past.",
            "attacked",
            "190",
            "SYL",
            "FRE",
            article="a1",
            index=2,
            date=None,
        ),
        event(
            "Sylvania attacked Freedonia, it was said.",
            "attacked",
            "190",
            "SYL",
            "FRE",
            article="a2",
            date=None,
        ),
    ]
    claims = find_claims(events)
    assert sorted(len(c.mentions) for c in claims) == [1, 2]


def test_rejection_of_allegations_answers_the_accusation() -> None:
    events = [
        event(
            "Freedonia accused Sylvania of shelling border posts.",
            "accused",
            "112",
            "FREGOV",
            "SYLGOV",
            article="a1",
        ),
        event(
            "Sylvania rejected the allegations as lies.", "rejected", "120", "SYLGOV", "FREGOV", article="a2"
        ),
    ]
    claims = find_claims(events)
    assert len(claims) == 1
    assert claims[0].status == "contested"
    assert claims[0].mentions[1].role == "denial"


def test_rejection_without_a_claim_to_answer_is_its_own_claim() -> None:
    events = [event("Sylvania rejected the allegations.", "rejected", "120", "SYLGOV", "FREGOV")]
    claims = find_claims(events)
    assert len(claims) == 1 and claims[0].family == "reject" and claims[0].status == "denied"


def test_a_rejection_marked_denied_by_its_own_verb_is_asserted() -> None:
    events = [
        event("Sylvania rejected the proposal.", "rejected", "125", "SYLGOV", "FREGOV", factuality="denied")
    ]
    ((mention,),) = [c.mentions for c in find_claims(events)]
    assert (mention.stance, mention.side) == ("asserted", "for")


def test_stances_from_attribution_and_cues() -> None:
    events = [
        event("Rebels allegedly seized the town.", "seized", "192", "REB", "FRE", index=0),
        event(
            "Police arrested the mayor, the newspaper said.",
            "arrested",
            "173",
            "FRECOP",
            "FRE",
            index=1,
            kind="media",
            said_by="the newspaper",
        ),
        event(
            "The ministry confirmed that troops were deployed to Freedonia.",
            "deployed",
            "154",
            "SYLMIL",
            "FRE",
            index=2,
            kind="official",
            said_by="The ministry",
            said_by_code="SYLGOV",
        ),
        event(
            "Sylvania did not attack Freedonia.",
            "attack",
            "190",
            "SYL",
            "FRE",
            index=3,
            factuality="negated",
            date="2017-06-01",
        ),
        event(
            "Sylvania will attack Freedonia.",
            "attack",
            "190",
            "SYL",
            "FRE",
            index=4,
            factuality="hypothetical",
        ),
    ]
    stances = {m.trigger: m.stance for c in find_claims(events) for m in c.mentions}
    assert stances == {
        "seized": "reported-as-claim",
        "arrested": "reported-as-claim",
        "deployed": "confirmed",
        "attack": "negated",
    }


def test_denial_without_a_report_is_denied() -> None:
    events = [
        event(
            "The army denied attacking the village.", "attacking", "190", "SYLMIL", "FRE", factuality="denied"
        )
    ]
    (claim,) = find_claims(events)
    assert claim.status == "denied"
    assert [m.role for m in claim.mentions] == ["denial"]


def test_status_rules() -> None:
    events = [event("Sylvania did not meet Freedonia.", "meet", "040", "SYL", "FRE", factuality="negated")]
    (claim,) = find_claims(events)
    assert claim.status == "negated"
    assert claim_status(claim.mentions) == "negated"


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2017-02-01", "2017-02-01", "2017-02-01"),
        ("2017-W05", "2017-01-30", "2017-02-05"),
        ("2017-02", "2017-02-01", "2017-02-28"),
        ("2017-WI", "2017-12-01", "2018-02-28"),
        ("2017", "2017-01-01", "2017-12-31"),
    ],
)
def test_date_ranges(value: str, start: str, end: str) -> None:
    days = date_range(value)
    assert days is not None and (days[0].isoformat(), days[1].isoformat()) == (start, end)


def test_unreadable_date_is_undated() -> None:
    assert date_range("sometime") is None


def test_plain_cooperation_after_a_denial_is_no_counter_account() -> None:
    events = [
        *_seed_like()[:2],
        event("Sylvanian envoys met Freedonian officials.", "met", "040", "SYLGOV", "FRE", index=4),
        event(
            "Sylvanian engineers helped Freedonian towns, sources said.",
            "helped",
            "070",
            "SYLGOV",
            "FRE",
            index=5,
            kind="anonymous",
            said_by="sources",
        ),
    ]
    roles = {m.trigger: m.role for c in find_claims(events) for m in c.mentions}
    assert roles["met"] == "event" and roles["helped"] == "event"


def test_sectors_split_a_dyad_only_when_both_are_known() -> None:
    events = [
        event("The Sylvanian army shelled Freedonia.", "shelled", "194", "SYLMIL", "FRE", article="a1"),
        event("Sylvania shelled Freedonia.", "shelled", "194", "SYL", "FRE", article="a2"),
        event("Sylvanian police shelled Freedonia.", "shelled", "194", "SYLCOP", "FRE", article="a3"),
    ]
    assert sorted(len(c.mentions) for c in find_claims(events)) == [1, 2]


def test_coarse_dates_and_missing_targets_do_not_cross_articles() -> None:
    events = [
        event("Sylvania met Freedonia this year.", "met", "040", "SYL", "FRE", article="a1", date="2017-02"),
        event("Sylvania met Freedonia this year.", "met", "040", "SYL", "FRE", article="a2", date="2017-02"),
        event("Sylvania held talks.", "talks", "040", "SYL", None, article="a3"),
        event("Sylvania held talks.", "talks", "040", "SYL", None, article="a4"),
    ]
    assert [len(c.mentions) for c in find_claims(events)] == [1, 1, 1, 1]


def test_allegations_answer_only_accusations() -> None:
    events = [
        event("Freedonian troops shelled Sylvania.", "shelled", "194", "FRE", "SYL", article="a1"),
        event("Sylvania rejected the allegations.", "rejected", "120", "SYL", "FRE", article="a2"),
    ]
    assert sorted(c.family for c in find_claims(events)) == ["force", "reject"]


def test_denying_verbs_deny_and_reject_only_denies_claims() -> None:
    events = [
        event(
            "Sylvania denied any collusion with Freedonia.", "denied", "120", "SYLGOV", "FREGOV", article="a1"
        ),
        event(
            "Sylvania rejected the peace plan of Freedonia.",
            "rejected",
            "127",
            "SYLGOV",
            "FREGOV",
            article="a2",
        ),
    ]
    stances = {m.trigger: (m.stance, c.status) for c in find_claims(events) for m in c.mentions}
    assert stances == {"denied": ("denied", "denied"), "rejected": ("asserted", "uncontested")}


def test_domestic_accusations_are_answered_only_in_their_article() -> None:
    events = [
        event(
            "The Sylvanian opposition accused the government of fraud.",
            "accused",
            "112",
            "SYLOPP",
            "SYLGOV",
            article="a1",
        ),
        event(
            "The Sylvanian government rejected the allegations.",
            "rejected",
            "120",
            "SYLGOV",
            "SYLOPP",
            article="a2",
        ),
    ]
    assert sorted(c.status for c in find_claims(events)) == ["denied", "uncontested"]
