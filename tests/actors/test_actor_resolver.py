"""ActorResolver on sentences written for these tests (one per kind of actor)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from eventwire.actors import ActorResolver, ArticleMemory
from eventwire.actors.build import OutsideActor, StoryActor
from eventwire.errors import DataFileError
from eventwire.models import Actor
from eventwire.settings import Settings

DAY = dt.date(2017, 6, 1)


def _head(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


def _resolve(nlp: Any, resolver: ActorResolver, sentence: str, word: str, **kw: Any) -> list[Actor]:
    doc = nlp(sentence)
    memory = kw.pop("memory", None) or ArticleMemory()
    return resolver.resolve(_head(doc, word), kw.pop("day", DAY), memory)


def _codes(actors: list[Actor]) -> list[str | None]:
    return [a.code for a in actors]


@pytest.mark.parametrize(
    ("sentence", "word", "codes"),
    [
        ("Iranian President Hassan Rouhani said his country supported the uprising.", "country", ["IRN"]),
        ("The Iranian foreign minister said his government would not negotiate.", "government", ["IRNGOV"]),
        ("German officials said their country would send troops to Mali.", "country", ["DEU"]),
        ('"Our nation will respond," the Malian defence minister said.', "nation", ["MLI"]),
    ],
)
def test_a_state_owned_by_a_personal_possessive_is_its_owners(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str, codes: list[str]
) -> None:
    """ "his country", "their government": the state of the one the possessive stands for."""
    assert _codes(_resolve(nlp, resolver, sentence, word)) == codes


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("His government's decision was condemned by the Kenyan opposition.", "decision"),
        ("Their country's proposal was rejected by Chile on Monday.", "proposal"),
        ("Her government's plan to raise taxes should be dropped, a senator said.", "plan"),
    ],
)
def test_a_possessive_does_not_stand_for_the_phrase_it_is_part_of(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str
) -> None:
    """ "his government's decision was condemned": "his" does not stand for the decision it is part
    of. Reading it so resolved the act through its owner and the owner through the act, without end;
    now the act is its owner's, whoever that is ("government" read alone)."""
    doc = nlp(sentence)
    owner = next(c for c in _head(doc, word).children if c.dep_ == "poss")
    act = resolver.resolve(_head(doc, word), DAY, ArticleMemory())
    assert _codes(act) == _codes(resolver.resolve(owner, DAY, ArticleMemory()))


@pytest.mark.parametrize(
    ("sentence", "word", "codes"),
    [
        ("Mexico rejected the proposal on Monday.", "Mexico", ["MEX"]),
        ("Algerian fundamentalists staged a sit-in.", "fundamentalists", ["DZARAD"]),
        ("A Kenyan opposition movement called a strike.", "movement", ["KENOPP"]),
        ("Chilean border patrol agents stopped the truck.", "agents", ["CHLCOP"]),
        ("The Chilean and Peruvian sides agreed.", "sides", ["CHL", "PER"]),
        ("The U.S. imposed new tariffs.", "U.S.", ["USA"]),
        ("Burma released the prisoners.", "Burma", ["MMR"]),
        ("A Mexican delegation arrived in Texas.", "delegation", ["MEXGOV"]),
        ("Israeli troops entered the town.", "troops", ["ISRMIL"]),
        ("Palestinian protesters threw stones.", "protesters", ["PSECVL"]),
        ("U.S. military officials met their counterparts.", "officials", ["USAMIL"]),
        ("Mexico's Foreign Ministry issued a statement.", "Ministry", ["MEXGOV"]),
        ("Russia s Pacific Fleet held drills near Japan.", "Fleet", ["RUSMIL"]),
        ("Moscow rejected the accusation.", "Moscow", ["RUSGOV"]),
        ("The Kremlin denied the report.", "Kremlin", ["RUSGOV"]),
        ("The White House welcomed the vote.", "House", ["USAGOV"]),
        ("The Pentagon sent more ships.", "Pentagon", ["USAMIL"]),
        ("Capitol Hill blocked the sale.", "Hill", ["USALEG"]),
        # the U.S. executive departments, whatever the story's country
        ("The Treasury Department imposed sanctions on three Iranian firms.", "Department", ["USAGOV"]),
        ("The Justice Department sued the state of California.", "Department", ["USAJUD"]),
        ("The Environmental Protection Agency withdrew the rule.", "Agency", ["USAGOV"]),
        ("Republican leaders urged him to withdraw.", "leaders", ["USAPTY"]),
        ("Democratic senators blocked the nominee.", "senators", ["USALEG"]),
        ("The Republican Guard shelled the suburb.", "Guard", ["SYRMIL"]),
        ("The Kurdistan Democratic Party walked out.", "Party", ["IRQPTY"]),
        ("Brussels warned London over the border.", "Brussels", ["IGOEUR"]),
        ("The United Nations condemned the attack.", "Nations", ["IGOUNO"]),
        ("The U.N. Security Council met on Friday.", "Council", ["IGOUNS"]),
        ("Iran's Supreme National Security Council met on Friday.", "Council", ["IRNGOV"]),
        ("Turkey's National Security Council met on Friday.", "Council", ["TURGOV"]),
        ("UN peacekeepers patrolled the area.", "peacekeepers", ["IGOUNOMIL"]),
        ("NATO expanded its mission.", "NATO", ["IGONAT"]),
        ("The Red Cross delivered food.", "Cross", ["NGOICR"]),
        ("The Organisation for Islamic Cooperation condemned the move.", "Organisation", ["IGOOIC"]),
        ("Human Rights Watch criticised the law.", "Watch", ["NGOHRW"]),
        ("Hezbollah fired rockets.", "Hezbollah", ["LBNREB"]),
        ("Boko Haram kidnapped the girls.", "Haram", ["NGAREB"]),
        ("Kenyan police arrested the suspects.", "police", ["KENCOP"]),
        ("Turkey's Constitutional Court annulled the decree.", "Court", ["TURJUD"]),
        ("Brazilian lawmakers approved the bill.", "lawmakers", ["BRALEG"]),
        ("Syrian rebels seized the town.", "rebels", ["SYRREB"]),
        ("Venezuelan opposition leaders called a strike.", "leaders", ["VENOPP"]),
        ("Afghan refugees crossed the border.", "refugees", ["AFGREF"]),
        ("A Chinese newspaper criticised the move.", "newspaper", ["CHNMED"]),
        ("Senior Hungarian and Romanian officials agreed on Wednesday.", "officials", ["HUNGOV", "ROUGOV"]),
        ("Ukrainian forces shot down drones launched by Russia.", "drones", ["RUSMIL"]),
        ("Rebels attacked troops led by the United States.", "troops", ["USAMIL"]),
        # a bomber that is an aircraft by its kind, not a person who bombs
        ("Two Chilean strategic bombers flew over the Pacific.", "bombers", ["CHLMIL"]),
        ("Peruvian long-range bombers struck rebel camps.", "bombers", ["PERMIL"]),
        ("A Chilean suicide bomber attacked the market.", "bomber", ["CHLREB"]),
        ("The minister met his Indian and Pakistani counterparts.", "counterparts", ["INDGOV", "PAKGOV"]),
        ("The envoy met her Canadian counterpart on Monday.", "counterpart", ["CANGOV"]),
        ("Seoul held a National Security Council meeting on Friday.", "Council", ["GOV"]),
        ("Israel and the Palestinians resumed talks.", "Israel", ["ISR", "PSECVL"]),
        ("Israeli soldiers and police raided the village.", "soldiers", ["ISRMIL", "ISRCOP"]),
        ("A mission of observers from the OSCE arrived.", "mission", ["IGOOSCGOV"]),
        ("Refugees from Syria crossed the border.", "Refugees", ["SYRREF"]),
        ("Nigerian refugees from Sudan arrived.", "refugees", ["NGAREF"]),
        ("The al-Qaeda terror network threatened the United States.", "network", ["IMGAQD"]),
        ("Serbian workers stopped work on Monday.", "workers", ["SRBLAB"]),
        ("Radical French farmers blocked the roads.", "farmers", ["FRAAGR"]),
        ("Kenyan aid workers left the camp.", "workers", ["KENNGO"]),
        ("The Sejm passed the media law on Friday.", "Sejm", ["POLLEG"]),
        ("The Japanese Diet approved the budget.", "Diet", ["JPNLEG"]),
        ("ISWAP fighters raided the army base.", "fighters", ["NGAREB"]),
        ("The Polisario Front rejected the proposal.", "Front", ["ESHREB"]),
        ("The Republic of Korea protested on Monday.", "Republic", ["KOR"]),
        ("The kingdom of Saudi Arabia protested on Monday.", "kingdom", ["SAU"]),
        ("The state of Qatar protested on Monday.", "state", ["QAT"]),
        ("The nation of Chad protested on Monday.", "nation", ["TCD"]),
        ("The government of Qatar protested on Monday.", "government", ["QATGOV"]),
        ("The Kenyan House of Representatives protested on Monday.", "House", ["KENLEG"]),
        ("The House of Commons protested on Monday.", "House", ["LEG"]),
        ("The house of a Kenyan farmer burned on Monday.", "house", []),
        ("The state of emergency worried Kenya.", "state", []),
        ("Mexican workers sued General Motors Co on Monday.", "Co", ["USABUS"]),  # organisations.yaml
        ("Members of the Kenyan caucus protested on Monday.", "Members", ["KENLEG"]),
        ("Kenyan congressional leaders protested on Monday.", "leaders", ["KENLEG"]),
        ("The Kenyan caucus protested on Monday.", "caucus", ["KENLEG"]),
        ("Five of the Kenyan worshippers protested on Monday.", "Five", ["KENREL"]),
        ("Kenyan assailants fled on Monday.", "assailants", ["KENREB"]),
        ("Shining Path guerrillas ambushed a patrol.", "guerrillas", ["PERREB"]),
        ("The Kosovo Liberation Army attacked a police post.", "Army", ["XKXREB"]),
        ("The Quds Force sent advisers to Iraq.", "Force", ["IRNMIL"]),
        ("ICE agents detained the men.", "agents", ["USACOP"]),
        ("Fidesz won a third term.", "Fidesz", ["HUNPTY"]),
        ("Tasnim published the letter.", "Tasnim", ["IRNMED"]),
        ("Kenyan gangs attacked a prison.", "gangs", ["KENREB"]),  # the wire gold's REB (or CRM)
        ("Gunmen attacked a Kenyan police station.", "station", ["KENCOP"]),  # the modifier's sector
        ("Gunmen attacked a Kenyan radio station.", "station", ["KENMED"]),
        ("Kenyan general secretary Jane Doe spoke.", "Doe", ["KENPTY"]),  # a party's, not a general
        # a formal name with words before its head and an "of" or "for" phrase after it
        ("The Federal Bureau of Investigation questioned him.", "Bureau", ["USACOP"]),
        ("The Democratic Forces for the Liberation of Rwanda attacked a village.", "Forces", ["RWAREB"]),
        ("The Syrian Observatory for Human Rights said ten died.", "Observatory", ["SYRNGO"]),  # national NGO
        # a region adjective stands for the organisation that organisations.yaml gives it, else for the
        # region's group of states (regions.tsv)
        ("European lawmakers urged Kenya to act.", "lawmakers", ["IGOEURLEG"]),
        ("European officials criticized Kenya.", "officials", ["IGOEUR"]),
        ("African leaders criticized Kenya.", "leaders", ["AFRGOV"]),
        ("Kenyan and European officials met.", "officials", ["KENGOV"]),
        # a region inside a country (countries.tsv "place" rows) places its people in that country
        ("North Kivu's governor accused the rebels.", "governor", ["CODGOV"]),
        ("Officials in Balochistan condemned the attack.", "Officials", ["PAKGOV"]),
        ("The Republika Srpska parliament voted on Monday.", "parliament", ["BIHLEG"]),
    ],
)
def test_actor_kinds(nlp: Any, resolver: ActorResolver, sentence: str, word: str, codes: list[str]) -> None:
    assert _codes(_resolve(nlp, resolver, sentence, word)) == codes


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The talks ended without agreement.", "talks"),
        ("He proposed a tax on imports.", "tax"),
        ("Imports rose sharply in May.", "Imports"),
        ("The plan was approved in March.", "plan"),
        ("Latvia lifted curbs on the Russian language.", "Russian"),
    ],
)
def test_non_actors(nlp: Any, resolver: ActorResolver, sentence: str, word: str) -> None:
    assert _resolve(nlp, resolver, sentence, word) == []


def test_title_country_is_the_modifier_not_the_post(nlp: Any, resolver: ActorResolver) -> None:
    sentence = "Japanese Ambassador to Brazil Kenji Sato attended the ceremony."
    (actor,) = _resolve(nlp, resolver, sentence, "Ambassador")
    assert (actor.country, actor.sector, actor.role, actor.name) == ("JPN", "GOV", "Ambassador", "Kenji Sato")


def test_apposition_gives_role_and_sector(nlp: Any, resolver: ActorResolver) -> None:
    sentence = "Anna Berg, commander of the Swedish navy, visited the port."
    (actor,) = _resolve(nlp, resolver, sentence, "Berg")
    assert (actor.name, actor.country, actor.sector, actor.role) == ("Anna Berg", "SWE", "MIL", "commander")


def test_pro_prefix_does_not_give_nationality(nlp: Any, resolver: ActorResolver) -> None:
    (actor,) = _resolve(nlp, resolver, "Pro-Russian separatists shelled the city.", "separatists")
    assert (actor.country, actor.sector) == (None, "REB")


def test_people_resolve_by_article_date(nlp: Any, resolver: ActorResolver) -> None:
    sentence = "Trump spoke with Pena Nieto by phone."
    (trump,) = _resolve(nlp, resolver, sentence, "Trump", day=dt.date(2017, 2, 1))
    assert (trump.name, trump.code, trump.role) == ("Donald Trump", "USAGOV", "President")
    (later,) = _resolve(nlp, resolver, sentence, "Trump", day=dt.date(2023, 5, 1))
    assert (later.country, later.sector, later.role) == ("USA", None, None)
    (again,) = _resolve(nlp, resolver, sentence, "Trump", day=dt.date(2025, 3, 1))
    assert again.code == "USAGOV"
    (pena,) = _resolve(nlp, resolver, sentence, "Nieto", day=dt.date(2017, 2, 1))
    assert (pena.name, pena.code) == ("Enrique Pena Nieto", "MEXGOV")


def test_person_with_several_offices(nlp: Any, resolver: ActorResolver) -> None:
    sentence = "Putin met the delegation."
    (pm,) = _resolve(nlp, resolver, sentence, "Putin", day=dt.date(2010, 1, 1))
    (president,) = _resolve(nlp, resolver, sentence, "Putin", day=dt.date(2015, 1, 1))
    assert (pm.role, president.role) == ("Prime Minister", "President")


def test_accented_and_plain_spellings(nlp: Any, resolver: ActorResolver) -> None:
    (actor,) = _resolve(nlp, resolver, "Peña Nieto canceled the trip.", "Nieto", day=dt.date(2016, 1, 1))
    assert actor.name == "Enrique Pena Nieto"


def test_memory_resolves_later_mentions(nlp: Any, resolver: ActorResolver) -> None:
    memory = ArticleMemory()
    doc = nlp(
        "Maria Lund, chief of the Danish navy, visited Oslo. Lund praised the crews. "
        "She left on Friday. The chief said more ships would follow."
    )
    first = resolver.resolve(_head(doc, "Lund"), DAY, memory)
    later = resolver.resolve([t for t in doc if t.text == "Lund"][1], DAY, memory)
    pronoun = resolver.resolve(_head(doc, "She"), DAY, memory)
    role = resolver.resolve([t for t in doc if t.text == "chief"][1], DAY, memory)
    assert first[0].code == later[0].code == pronoun[0].code == role[0].code == "DNKMIL"
    assert later[0].name == pronoun[0].name == "Maria Lund"


def test_pronoun_after_two_people_is_the_one_who_was_the_subject(nlp: Any, resolver: ActorResolver) -> None:
    memory = ArticleMemory()
    doc = nlp("Danish navy chief Maria Lund met Swedish army chief Per Holm. He said nothing.")
    resolver.resolve(_head(doc, "Lund"), DAY, memory)
    resolver.resolve(_head(doc, "Holm"), DAY, memory)
    (actor,) = resolver.resolve(_head(doc, "He"), DAY, memory)
    assert (actor.name, actor.code) == ("Maria Lund", "DNKMIL")


def test_pronoun_after_two_people_both_subjects_stays_unresolved(nlp: Any, resolver: ActorResolver) -> None:
    memory = ArticleMemory()
    doc = nlp("Danish navy chief Maria Lund and Swedish army chief Jonas Holm met in Oslo. He said nothing.")
    resolver.resolve(_head(doc, "Lund"), DAY, memory)
    resolver.resolve(_head(doc, "Holm"), DAY, memory)
    assert resolver.resolve(_head(doc, "He"), DAY, memory) == []


def test_home_country_for_unqualified_officials(nlp: Any, resolver: ActorResolver) -> None:
    memory = ArticleMemory()
    memory.home_country = resolver.country_of("Manila")
    (actor,) = _resolve(nlp, resolver, "Police arrested three men.", "Police", memory=memory)
    assert actor.code == "PHLCOP"
    assert _resolve(nlp, resolver, "Police arrested three men.", "Police")[0].code == "COP"


def test_a_local_group_of_no_named_country_is_the_storys_only_for_want_of_a_place(
    nlp: Any, resolver: ActorResolver
) -> None:
    memory = ArticleMemory()
    memory.home_country = resolver.country_of("Washington")
    police = _resolve(nlp, resolver, "Police arrested three men.", "Police", memory=memory)
    assert [(type(a), a.code) for a in police] == [(StoryActor, "USACOP")]  # a place may move them
    judge = _resolve(nlp, resolver, "The judge ordered a retrial.", "judge", memory=memory)
    assert [(type(a), a.code) for a in judge] == [(StoryActor, "USAJUD")]
    for sentence, word, code in [
        ("Officials arrested three men.", "Officials", "USAGOV"),  # the state's organs act abroad
        ("Soldiers arrested three men.", "Soldiers", "USAMIL"),
        ("Egyptian police arrested three men.", "police", "EGYCOP"),  # a country of their own
        ("The general arrested three men.", "general", "USAMIL"),
    ]:
        (actor,) = _resolve(nlp, resolver, sentence, word, memory=memory)
        assert type(actor) is Actor and actor.code == code, sentence


@pytest.mark.parametrize(
    ("dateline", "sentence", "word", "country"),
    [
        ("MADRID", "The Socialists criticised the government.", "Socialists", "ESP"),
        ("OSLO", "The Liberals rejected the proposal.", "Liberals", "NOR"),
        ("WASHINGTON", "Conservatives in the House criticised the bill.", "Conservatives", "USA"),
        ("LONDON", "The Conservatives won the vote.", "Conservatives", "GBR"),  # the dictionary's own
    ],
)
def test_a_party_family_is_the_storys_party(
    nlp: Any, resolver: ActorResolver, dateline: str, sentence: str, word: str, country: str
) -> None:
    memory = resolver.article_memory(dateline)
    (actor,) = _resolve(nlp, resolver, sentence, word, memory=memory)
    assert (actor.country, actor.sector) == (country, "PTY")


def test_without_dateline_the_most_named_country_is_home(nlp: Any, resolver: ActorResolver) -> None:
    memory = resolver.article_memory(None, ["Peruvian", "Chile", "Lima", "Peru", "Atlantis"])
    assert memory.dominant_country() == "PER"
    (actor,) = _resolve(nlp, resolver, "Protesters blocked the road.", "Protesters", memory=memory)
    assert actor.code == "PERCVL"


def test_dateline_outranks_the_named_countries(resolver: ActorResolver) -> None:
    memory = resolver.article_memory("QUITO", ["Peru", "Peru", "Ecuadorean", "Chile"])
    assert memory.dominant_country() == "ECU"
    assert resolver.article_memory("QUITO", []).dominant_country() == "ECU"


def test_a_hub_dateline_gives_way_to_the_country_the_story_names(resolver: ActorResolver) -> None:
    memory = resolver.article_memory("QUITO", ["Peru", "Chile", "Peru"])  # filed from Quito about Peru
    assert memory.dominant_country() == "PER"
    assert resolver.article_memory(None, ["Atlantis"]).dominant_country() is None


def test_a_single_mention_of_another_country_keeps_the_dateline(resolver: ActorResolver) -> None:
    assert resolver.article_memory("WASHINGTON", ["Puerto Rico"]).home_country == "USA"
    assert resolver.article_memory("WASHINGTON", ["Puerto Rico", "Puerto Rico"]).home_country == "PRI"


def test_without_a_dateline_a_country_named_twice_is_home(resolver: ActorResolver) -> None:
    assert resolver.article_memory(None, ["Kenya", "Ugandan", "Kenyan"]).home_country == "KEN"
    assert resolver.article_memory(None, ["Kenya", "Uganda"]).home_country is None


def test_first_named_country_wins_a_tie() -> None:
    memory = ArticleMemory()
    memory.note_countries(["CHL", "PER", "PER", "CHL"])
    assert memory.dominant_country() == "CHL"


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Mexico", "MEX"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("UAE", "ARE"),
        ("DPRK", "PRK"),
        ("Ivory Coast", "CIV"),
        ("Swaziland", "SWZ"),
        ("Filipino", "PHL"),
        ("Palestinians", "PSE"),
        ("Pyongyang", "PRK"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Mexico City", "MEX"),
        ("Kosovo", "XKX"),
        ("Taiwan", "TWN"),
        ("Western Sahara", "ESH"),
        ("Somaliland", "SOM"),
        ("Tigray", "ETH"),
        ("Kurdish", None),
        ("Europe", None),
    ],
)
def test_country_of(resolver: ActorResolver, text: str, iso3: str | None) -> None:
    assert resolver.country_of(text) == iso3


def test_kurds_are_an_ethnic_group(nlp: Any, resolver: ActorResolver) -> None:
    (bare,) = _resolve(nlp, resolver, "Kurdish fighters took the hill.", "fighters")
    assert (bare.country, bare.sector, bare.code) == (None, "REB", "KURREB")
    (iraqi,) = _resolve(nlp, resolver, "Iraqi Kurds voted on Monday.", "Kurds")
    assert iraqi.country == "IRQ"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_yaml_and_csv_dictionaries(nlp: Any, tmp_path: Path) -> None:
    yaml_file = _write(
        tmp_path,
        "people.yaml",
        "- {name: Olaf Kvist, aliases: [Kvist], country: NOR, sector: GOV, role: Mayor, start: 2015-01-01, "
        "end: 2019-12-31}\n",
    )
    csv_file = _write(tmp_path, "orgs.csv", "name,aliases,country,sector\nNordic Shield,Shield;NS,NOR,REB\n")
    resolver = ActorResolver(Settings.make(actor_dictionaries=(yaml_file, csv_file)))
    doc = nlp("Kvist condemned the Nordic Shield.")
    (kvist,) = resolver.resolve(_head(doc, "Kvist"), dt.date(2016, 1, 1), ArticleMemory())
    (group,) = resolver.resolve(_head(doc, "Shield"), dt.date(2016, 1, 1), ArticleMemory())
    assert (kvist.code, kvist.role, group.code) == ("NORGOV", "Mayor", "NORREB")


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("bad.yaml", "- {name: A, country: XXX}\n", "bad.yaml:1: 'XXX' is not an ISO"),
        ("bad.yaml", "- {name: A, country: USA}\n- {name: B, sector: FOO}\n", "bad.yaml:2: unknown sector"),
        (
            "bad.yaml",
            "- {name: A, start: 2020-01-01, end: 2019-01-01}\n",
            "bad.yaml:1: start 2020-01-01 is after",
        ),
        ("bad.yaml", "- {name: A, start: yesterday}\n", "bad.yaml:1: 'yesterday' is not an ISO date"),
        ("bad.yaml", "- [unclosed\n", "bad.yaml: not valid YAML"),
        ("bad.csv", "name,country\nA,USA\nB,ZZZ\n", "bad.csv:3: 'ZZZ' is not an ISO"),
        ("bad.csv", "who,country\nA,USA\n", "bad.csv:1: the CSV header"),
        ("bad.txt", "name\n", "use a .yaml, .yml or .csv file"),
    ],
)
def test_malformed_user_dictionary(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(DataFileError, match=message.replace("(", r"\(")):
        ActorResolver(Settings.make(actor_dictionaries=(path,))).initialize()


def test_known_surname_with_other_first_name_is_someone_else(nlp: Any, resolver: ActorResolver) -> None:
    (actor,) = _resolve(nlp, resolver, "First lady Michelle Obama visited the school.", "Obama")
    assert actor.name == "Michelle Obama" and actor.sector is None


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("John Smithers, Netanyahu's envoy, criticised Iran.", "Smithers"),
        ("John Smithers, an aide to Netanyahu, criticised Iran.", "Smithers"),
        ("A spokesman for Netanyahu, John Smithers, criticised Iran.", "spokesman"),
    ],
)
def test_an_unknown_name_takes_the_country_of_whom_its_title_serves(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str
) -> None:
    (actor,) = _resolve(nlp, resolver, sentence, word)
    assert actor.code == "ISRGOV" and actor.name != "John Smithers, Netanyahu"


def test_baltic_states_are_not_the_united_states(nlp: Any, resolver: ActorResolver) -> None:
    for sentence, word in [
        ("The Baltic States condemned Russia.", "States"),
        ("The Alliance of Sahel States condemned France.", "Alliance"),
    ]:
        assert all(a.country != "USA" for a in _resolve(nlp, resolver, sentence, word))


def test_labor_alone_is_no_australian_party(nlp: Any, resolver: ActorResolver) -> None:
    (nominee,) = _resolve(
        nlp, resolver, "Labor secretary nominee Andrew Puzder criticised the union.", "Puzder"
    )
    assert nominee.country != "AUS"
    (party,) = _resolve(nlp, resolver, "Australia's opposition Labor Party criticised China.", "Party")
    assert party.code == "AUSPTY"


@pytest.mark.parametrize(
    ("sentence", "word", "code"),
    [
        ("The OPCW accused Syria of using sarin.", "OPCW", "IGOOPW"),
        ("The European Central Bank raised rates.", "Bank", "IGOECB"),
        ("The Inter-American Development Bank approved a loan.", "Bank", "IGOIDB"),
        ("The Alliance of Sahel States condemned France.", "Alliance", "IGOAES"),
    ],
)
def test_intergovernmental_bodies(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str, code: str
) -> None:
    assert _codes(_resolve(nlp, resolver, sentence, word)) == [code]


def test_a_jury_is_of_the_judiciary(nlp: Any, resolver: ActorResolver) -> None:
    (jury,) = _resolve(nlp, resolver, "A Peruvian grand jury indicted the former minister.", "jury")
    assert jury.code == "PERJUD"


def test_the_wire_that_files_the_copy_is_no_actor(nlp: Any, resolver: ActorResolver) -> None:
    """ "told Reuters" names no party; "two Reuters journalists" in a Yangon story are of Myanmar."""
    assert _resolve(nlp, resolver, "The minister told Reuters the talks had failed.", "Reuters") == []
    memory = resolver.article_memory("YANGON")
    (journalists,) = _resolve(
        nlp, resolver, "Two Reuters journalists were detained.", "journalists", memory=memory
    )
    assert journalists.code == "MMRMED"


@pytest.mark.model
def test_the_wires_own_reporting_is_no_event(coder: Any) -> None:
    """ "A Reuters investigation found ..." is the newsroom's work, not an act of the story's country."""
    text = "JAKARTA (Reuters) - A Reuters investigation found that eight officials had joined the militants."
    assert [e.event_type for e in coder.code(text, date="2017-10-30")] == []


def test_company_before_title_is_not_a_name(nlp: Any, resolver: ActorResolver) -> None:
    (actor,) = _resolve(nlp, resolver, "The JPMorgan chief executive officer resigned.", "officer")
    assert (actor.name, actor.sector, actor.role) == (None, "BUS", "chief executive officer")


def test_cities_and_us_states_give_a_country(nlp: Any, resolver: ActorResolver) -> None:
    (rebels,) = _resolve(nlp, resolver, "Rebels in Goma surrendered on Monday.", "Rebels")
    assert rebels.code == "CODREB"
    (judge,) = _resolve(nlp, resolver, "An Arizona judge blocked the order.", "judge")
    assert judge.code == "USAJUD"
    assert resolver.lexicon.city("Trinidad") is None  # several towns of similar size
    tripoli = resolver.lexicon.city("Tripoli")
    assert tripoli is not None and tripoli.country == "LBY"


def test_pro_capital_and_title_with_other_bearer(nlp: Any, resolver: ActorResolver) -> None:
    sentence = "The pro-Damascus Lebanese newspaper reported the clash."
    assert _codes(_resolve(nlp, resolver, sentence, "newspaper")) == ["LBNMED"]
    (rudd,) = _resolve(nlp, resolver, "Home Secretary Rudd rejected the plan.", "Rudd")
    assert (rudd.country, rudd.role) == (None, "Home Secretary")


@pytest.mark.parametrize(
    ("sentence", "word", "day", "expected"),
    [
        ("Suu Kyi addressed the rally.", "Kyi", dt.date(2012, 5, 1), ("MMROPP", "Opposition Leader")),
        ("Suu Kyi addressed the rally.", "Kyi", dt.date(2018, 5, 1), ("MMRGOV", "State Counsellor")),
        ("Mohammed bin Salman visited Cairo.", "Salman", dt.date(2019, 5, 1), ("SAUGOV", "Crown Prince")),
        (
            "Guterres called for a ceasefire.",
            "Guterres",
            dt.date(2020, 5, 1),
            ("IGOUNO", "Secretary-General"),
        ),
    ],
)
def test_office_held_on_the_day(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str, day: dt.date, expected: tuple[str, str]
) -> None:
    (actor,) = _resolve(nlp, resolver, sentence, word, day=day)
    assert (actor.code, actor.role) == expected


def test_place_name_as_surname_is_not_the_state(nlp: Any, resolver: ActorResolver) -> None:
    (actor,) = _resolve(nlp, resolver, "Denzel Washington met fans in Rome.", "Washington")
    assert (actor.name, actor.country) == ("Denzel Washington", None)


@pytest.mark.parametrize(
    ("later", "word"),
    [
        ("The two later flew to Lima.", "two"),
        ("Both later flew to Lima.", "Both"),
        ("The two ministers later flew to Lima.", "ministers"),
    ],
)
def test_plural_anaphor_points_back_at_the_coordinated_pair(
    nlp: Any, resolver: ActorResolver, later: str, word: str
) -> None:
    memory = ArticleMemory()
    first = nlp("Chilean Foreign Minister Ana Rojas and Peruvian Defence Minister Jorge Soto met in Arica.")
    resolver.resolve(_head(first, "Rojas"), DAY, memory)
    actors = resolver.resolve(_head(nlp(later), word), DAY, memory)
    assert _codes(actors) == ["CHLGOV", "PERGOV"]
    assert [a.name for a in actors] == ["Ana Rojas", "Jorge Soto"]


def test_counted_anaphor_needs_a_group_of_that_size(nlp: Any, resolver: ActorResolver) -> None:
    memory = ArticleMemory()
    resolver.resolve(_head(nlp("Chile and Peru signed a treaty."), "Chile"), DAY, memory)
    assert resolver.resolve(_head(nlp("The three later met."), "three"), DAY, memory) == []
    quantity = resolver.resolve(_head(nlp("Two of the soldiers were hurt."), "Two"), DAY, memory)
    assert _codes(quantity) == ["MIL"]


def test_a_word_inside_an_organisation_name_is_not_an_actor_of_its_own(
    nlp: Any, resolver: ActorResolver
) -> None:
    doc = nlp("Chile wants to renegotiate the North American Free Trade Agreement.")
    assert resolver.resolve(_head(doc, "North"), DAY, ArticleMemory()) == []


def test_first_of_two_coordinated_names_taken_for_a_modifier(nlp: Any, resolver: ActorResolver) -> None:
    sentence = "A summit between Trump and Pena Nieto was canceled."
    actors = _resolve(nlp, resolver, sentence, "Nieto", day=dt.date(2017, 2, 1))
    assert _codes(actors) == ["USAGOV", "MEXGOV"]


@pytest.mark.parametrize(("day", "code"), [(dt.date(1993, 1, 1), "RWAREB"), (dt.date(2003, 1, 1), "RWAPTY")])
def test_organisation_status_follows_the_article_date(
    nlp: Any, resolver: ActorResolver, day: dt.date, code: str
) -> None:
    assert _codes(_resolve(nlp, resolver, "The RPF criticized the government.", "RPF", day=day)) == [code]


def test_a_party_name_used_in_several_countries_takes_the_named_country(
    nlp: Any, resolver: ActorResolver
) -> None:
    assert _codes(_resolve(nlp, resolver, "South Korea's Democratic Party won the vote.", "Party")) == [
        "KORPTY"
    ]
    assert _codes(_resolve(nlp, resolver, "The Democratic Party won the vote.", "Party")) == ["USAPTY"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # an object "it": the nearest subject before it that is not its own verb's subject
        ("Chile said Peru had isolated itself. Lima accused it of lying.", ["PER"]),
        # a possessive "its": the subject of the sentence before, not of its own verb
        ("Bolivia's foreign ministry summoned the envoy. Peru rejected its protest.", ["BOLGOV"]),
        # a subject "it" of an acting verb: the ministry of the sentence before
        ("Bolivia's foreign ministry summoned the envoy. It accused Peru of spying.", ["BOLGOV"]),
        # a subject that names no actor is passed over for one that does
        ("Chile said the plan had failed and Peru ended its support.", ["CHL"]),
        # an expletive or seeming "it" stands for no one
        ("Chile protested. It is wrong to close the border.", []),
        ("Chile protested. It seems the border will stay closed.", []),
        # a person is not "it"
        ("Prime Minister Ana Rojas spoke. Peru rejected its terms.", []),
    ],
)
def test_it_points_back_at_a_state_or_organisation(
    nlp: Any, resolver: ActorResolver, text: str, codes: list[str]
) -> None:
    pronoun = next(t for t in nlp(text) if t.lower_ in ("it", "its"))
    actors = resolver.resolve(pronoun, DAY, ArticleMemory())
    assert _codes(actors) == codes
    assert all(a.text == pronoun.text for a in actors)


@pytest.mark.parametrize(
    ("sentence", "word", "codes"),
    [
        ("Turkish administrators ran the hospitals.", "administrators", ["TUR"]),
        ("Russia's communications regulator fined the channel.", "regulator", ["RUS"]),
        ("Egyptian police operations moved in.", "operations", ["EGYCOP"]),
        ("The Russian language is taught there.", "language", []),  # a thing the country has
        ("The administrators ran the hospitals.", "administrators", []),  # no country named
        ("Turkish troops entered the town.", "troops", []),  # known: the dictionaries decide
    ],
)
def test_an_unknown_noun_may_stand_for_the_country_that_modifies_it(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str, codes: list[str]
) -> None:
    assert _codes(resolver.modifier_country(_head(nlp(sentence), word))) == codes


@pytest.mark.parametrize(
    ("sentence", "word", "home", "codes"),
    [
        ("The bill would bar arms sales to the rebels.", "bill", "USA", ["USALEG"]),
        ("A Russian bill would bar arms sales to the rebels.", "bill", "USA", ["RUSLEG"]),
        ("The decree ordered the arrest of the rebels.", "decree", "FRA", ["FRAGOV"]),
        ("The bill would bar arms sales to the rebels.", "bill", None, []),  # no story country
        ("The report described arms sales to the rebels.", "report", "USA", []),  # not a document that acts
    ],
)
def test_a_document_stands_for_the_legislature_or_government_that_issues_it(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str, home: str | None, codes: list[str]
) -> None:
    assert _codes(resolver.document_author(_head(nlp(sentence), word), home)) == codes


def test_a_document_as_source_codes_its_issuer_of_the_story_country(coder: Any) -> None:
    article = coder.article(
        "WASHINGTON (Reuters) - The memo called on Mexico to halt arms sales to the rebels.",
        "2019-05-10",
        "t",
        "a",
    )
    events = coder.code_article(article)
    assert [(e.event_type, _codes(e.source), _codes(e.target)) for e in events] == [
        ("REQUEST", ["USAGOV"], ["MEX"])
    ]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Eleven of 16 major Republican donors criticized the president.", ["USAPTY"]),
        ("Two of the Turkish administrators criticized the president.", ["TUR"]),
        ("Eleven of them criticized the president.", ["USA"]),  # no group named: the story's country
    ],
)
def test_a_quantity_taken_from_a_group_is_of_the_group_s_country(
    coder: Any, text: str, codes: list[str]
) -> None:
    article = coder.article("WASHINGTON (Reuters) - " + text, "2019-05-10", "t", "a")
    sources = [_codes(e.source) for e in coder.code_article(article) if e.event_type == "ACCUSE"]
    assert sources == ([codes] if codes else [])


def test_a_document_named_with_a_country_keeps_its_issuer_s_sector(coder: Any) -> None:
    article = coder.article(
        "WASHINGTON (Reuters) - A Russian decree ordered sanctions on Ukraine.", "2019-05-10", "t", "a"
    )
    events = coder.code_article(article)
    assert [(_codes(e.source), _codes(e.target)) for e in events] == [(["RUSGOV"], ["UKR"])]


@pytest.mark.parametrize(
    ("sentence", "word", "codes"),
    [
        ("Bolivia said its army would leave the border area.", "army", ["BOLMIL"]),
        ("Bolivia said its Peruvian troops would leave the border area.", "troops", ["PERMIL"]),
        ("Bolivia said the army would leave the border area.", "army", ["CHLMIL"]),  # the story's country
    ],
)
def test_its_gives_a_sector_noun_the_country_of_its_owner(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str, codes: list[str]
) -> None:
    memory = ArticleMemory()
    memory.home_country = "CHL"
    assert _codes(_resolve(nlp, resolver, sentence, word, memory=memory)) == codes


@pytest.mark.parametrize(
    ("sentence", "word", "home", "codes"),
    [
        # a party's name inside a longer name the dictionaries do not know is another party's
        ("The Democratic Renewal Alliance protested on Monday.", "Alliance", "ZAF", [None]),  # unknown
        ("The Peoples Democratic Party protested on Monday.", "Party", "NGA", ["NGAPTY"]),
        ("The Peoples' Democratic Party protested on Monday.", "Party", "NGA", ["NGAPTY"]),
        ("A spokesman for Bavaria's Christian Social Union criticized it.", "spokesman", "DEU", ["DEUPTY"]),
        # a common word opening a hyphenated word names nothing: a co-leader is no company
        ("Ahmet Yilmaz, the co-leader of the party, criticized the plan.", "Yilmaz", "TUR", ["TURPTY"]),
        ("Ahmet Yilmaz, co-chair of the committee, criticized the plan.", "Yilmaz", "TUR", [None]),
        ("Prime minister-designate Jane Cole criticized the plan.", "Cole", "NZL", ["NZLGOV"]),
        # the whole name, the adjective before a common noun or a title, and an acronym are the party's
        ("The Democratic Party protested on Monday.", "Party", "ZAF", ["USAPTY"]),
        ("The Democratic National Committee protested on Monday.", "Committee", "USA", ["USAPTY"]),
        ("Democratic senators protested on Monday.", "senators", "USA", ["USALEG"]),
        ("Republican Senator Ted Cruz protested on Monday.", "Cruz", "USA", ["USALEG"]),
        # a group noun opening a person's name, a title opening a company's, is part of the name
        # (an unknown person: no country or sector yet)
        ("Far-right leader Marine Dubois criticized the plan on Tuesday.", "Dubois", "FRA", [None]),
        ("General Motors Chief Executive Mary Barra met the minister.", "Barra", "FRA", ["USABUS"]),
        # a title before a person's name still counts
        ("President Jean Moreau criticized the plan on Tuesday.", "Moreau", "FRA", ["FRAGOV"]),
        ("General Paul Laurent criticized the plan on Tuesday.", "Laurent", "FRA", ["FRAMIL"]),
        # a region's name inside a longer name that is no place is not that region's
        ("The head of the Baja California Sur rights commission criticized it.", "head", "MEX", []),
        ("The governor of California criticized the plan.", "governor", "MEX", ["USAGOV"]),
    ],
)
def test_a_dictionary_word_inside_a_longer_name(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str, home: str, codes: list[str]
) -> None:
    memory = ArticleMemory()
    memory.home_country = home
    assert _codes(_resolve(nlp, resolver, sentence, word, memory=memory)) == codes


@pytest.mark.parametrize(
    ("sentence", "word", "named", "codes"),
    [
        # "the North" / "the South" of a divided country the article names
        ("South Korea urged the North to stop the tests.", "North", ["KOR", "PRK"], ["PRK"]),
        ("Sudan accused the South of backing the rebels.", "South", ["SDN", "SSD"], ["SSD"]),
        ("South Korea urged the North to stop the tests.", "North", ["KOR"], []),
        # ... also as a phrase's owner
        ("South Korea criticized the North's leader.", "leader", ["KOR", "PRK"], ["PRK"]),
        ("The North's army fired a missile.", "army", ["KOR", "PRK"], ["PRK"]),
    ],
)
def test_the_north_is_the_named_country_whose_name_it_opens(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str, named: list[str], codes: list[str]
) -> None:
    memory = ArticleMemory()
    memory.note_countries(named)
    assert [a.country for a in _resolve(nlp, resolver, sentence, word, memory=memory)] == codes


@pytest.mark.parametrize(
    ("sentence", "word", "codes"),
    [
        # an act noun stands for whoever owns it
        ("The Chilean government's decision angered Peru.", "decision", ["CHLGOV"]),
        ("Chile's move angered Peru.", "move", ["CHL"]),
        ("Peru criticized the Chilean government's policies.", "policies", ["CHLGOV"]),
        # without an owner it names no one
        ("The move angered Peru.", "move", []),
    ],
)
def test_an_owned_act_noun_is_its_owner(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str, codes: list[str]
) -> None:
    assert _codes(_resolve(nlp, resolver, sentence, word)) == codes


def test_an_adjunct_s_him_is_the_main_verb_s_object(nlp: Any, resolver: ActorResolver) -> None:
    """ "accusing HIM" in "expelled Mexico's ambassador, accusing him": the ambassador, not a
    person named earlier in the article."""
    memory = ArticleMemory()
    doc = nlp("Police arrested Pedro Castillo on Wednesday. Peru expelled Mexico's ambassador, accusing him.")
    resolver.resolve(_head(doc, "Castillo"), DAY, memory)
    pronoun = next(t for t in doc if t.text == "him")
    assert pronoun.dep_ == "dobj" and pronoun.head.text == "accusing"  # the parse this test is about
    assert _codes(resolver.resolve(pronoun, DAY, memory)) == ["MEXGOV"]


def test_an_adjunct_s_it_is_the_main_clause_s_object_not_its_subject(
    nlp: Any, resolver: ActorResolver
) -> None:
    """ "accusing IT" in "Chile cut ties with Peru, accusing it of spying": Peru, the object of the
    main clause's preposition; not Chile, the adjunct's own subject, nor the story's country."""
    doc = nlp("Chile cut diplomatic ties with Peru on Monday, accusing it of spying.")
    pronoun = next(t for t in doc if t.text == "it")
    assert pronoun.dep_ == "dobj" and pronoun.head.text == "accusing"  # the parse this test is about
    assert _codes(resolver.resolve(pronoun, DAY, ArticleMemory())) == ["PER"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile criticized Peru on Monday and urged it to end the blockade.",
        "Chile condemned Peru on Monday and called on it to end the blockade.",
    ],
)
def test_the_object_it_of_a_verb_sharing_the_subject_is_the_first_verb_s_object(
    nlp: Any, resolver: ActorResolver, sentence: str
) -> None:
    """Not the subject both verbs share, nor a subject of the sentence before."""
    doc = nlp(f"The French government said on Sunday it was worried. {sentence}")
    pronoun = [t for t in doc if t.text == "it"][-1]
    assert _codes(resolver.resolve(pronoun, DAY, ArticleMemory())) == ["PER"]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Venezuela says foreign governments are plotting a coup.", "governments"),
        ("Troops killed 42 militants, including some foreign fighters.", "fighters"),
        ("A foreign government offered to rebuild the dam.", "government"),
        ("Foreign troops attacked the village.", "troops"),
    ],
)
def test_a_group_placed_abroad_is_of_no_country(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str
) -> None:
    """ "foreign powers" are not the story's country, nor any other: an OutsideActor, which no
    convention places."""
    memory = ArticleMemory()
    memory.home_country = resolver.country_of("Caracas")
    actors = _resolve(nlp, resolver, sentence, word, memory=memory)
    assert [(type(a), a.country) for a in actors] == [(OutsideActor, None)]
    assert actors[0].sector is not None


@pytest.mark.parametrize(
    ("sentence", "word", "code"),
    [
        ("The foreign ministry summoned the ambassador.", "ministry", "VENGOV"),
        ("The foreign minister criticised the plan.", "minister", "VENGOV"),
        ("Government troops attacked the village.", "troops", "VENMIL"),
    ],
)
def test_the_foreign_ministry_and_other_groups_stay_the_storys(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str, code: str
) -> None:
    memory = ArticleMemory()
    memory.home_country = resolver.country_of("Caracas")
    assert _codes(_resolve(nlp, resolver, sentence, word, memory=memory)) == [code]
