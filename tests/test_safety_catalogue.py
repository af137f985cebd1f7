"""The safety facts: every substance says what stopping risks, with a primary source and the
date it was checked; every source is in resources/SOURCES.md; no dosing advice."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from interventionplanner import paths
from interventionplanner.storage.catalogue import load_catalogue, translations_missing

SOURCES = (paths.resource("SOURCES.md")).read_text("utf-8")
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
WEAK = ("floridacenterforrecovery", "colleaga", "doctorpedia", "internationalmentalhealth")
DOSING = re.compile(r"\b[0-9]+(\.[0-9]+)?\s?(mg|milligram|ml|mcg)\b", re.I)
# The sites whose own Spanish pages the Spanish facts and lines may cite: agencies, the 988
# Lifeline, and the site where ASAM publishes its guides (#3, #13, #35 in SOURCES.md); never a
# clinic, a news site or a copy on someone else's site.
SPANISH_SITES = (
    "fda.gov", "nida.nih.gov", "salud.nih.gov", "teens.drugabuse.gov", "cdc.gov",
    "poisonhelp.hrsa.gov", "988lifeline.org", "eguideline.guidelinecentral.com",
)  # fmt: skip
# How many Spanish facts and crisis lines cite a Spanish page (SOURCES.md, "En español"):
# a floor, so the count can grow and never quietly shrink.
SPANISH_CITED_FACTS = 9
SPANISH_CITED_LINES = 3


def test_every_substance_has_a_withdrawal_risk_statement_with_a_source():
    catalogue = load_catalogue()
    assert len(catalogue.substances) >= 20
    for substance in catalogue.substances:
        statement = substance.withdrawal
        assert statement is not None, substance.id
        assert statement.text.strip(), substance.id
        assert statement.source.strip(), substance.id
        assert statement.url.startswith("https://"), substance.id
        assert substance.key_fact is statement
        if substance.needs_medical_supervision:
            assert substance.supervision_reason.strip(), substance.id


def test_every_fact_and_line_names_a_listed_primary_source_checked_on_a_date():
    catalogue = load_catalogue()
    cited = [f for s in catalogue.substances for f in s.all_facts] + list(
        catalogue.crisis_resources
    )
    for item in cited:
        assert DATE.match(item.checked_on), item
        assert item.url in SOURCES, f"{item.url} is not in SOURCES.md"
        assert not any(weak in item.url for weak in WEAK), item.url


def test_the_named_substances_and_lines_are_there():
    catalogue = load_catalogue()
    ids = {s.id for s in catalogue.substances}
    for wanted in (
        "temazepam", "chlordiazepoxide", "clorazepate", "zolpidem", "eszopiclone", "zaleplon",
        "gabapentinoids", "barbiturates", "carisoprodol", "ghb", "kratom", "cannabis",
        "xylazine", "opioids", "stimulants", "alcohol", "other",
    ):  # fmt: skip
        assert wanted in ids, wanted
    contacts = " ".join(r.contact for r in catalogue.crisis_resources)
    for number in ("911", "988", "1-800-222-1222", "1-800-662-4357", "TTY 1-800-487-4889"):
        assert number in contacts


def test_the_facts_the_reviewers_asked_for_are_stated():
    catalogue = load_catalogue()
    opioids = " ".join(f.text for f in catalogue.get("opioids").all_facts)
    assert "without a prescription" in opioids
    assert "2023" in opioids
    assert "methadone or buprenorphine" in opioids.lower()
    assert "not recommended" in opioids
    assert "2016" in opioids
    assert "fentanyl" in " ".join(f.text for f in catalogue.get("stimulants").all_facts)
    assert "2019" in " ".join(f.text for f in catalogue.get("zolpidem").all_facts)
    other = catalogue.get("other")
    assert other.needs_medical_supervision
    assert "seizures" in other.supervision_reason


def test_no_fact_gives_a_dose():
    catalogue = load_catalogue()
    for substance in catalogue.substances:
        for fact in substance.all_facts:
            assert not DOSING.search(fact.text), fact.text


def test_every_fact_reason_and_line_is_said_in_spanish():
    assert translations_missing("es") == []
    english, spanish = load_catalogue(), load_catalogue(language="es")
    assert load_catalogue(language="fr") is english  # a language not written: English
    for en, es in zip(english.substances, spanish.substances, strict=True):
        assert (en.id, en.needs_medical_supervision) == (es.id, es.needs_medical_supervision)
        for en_fact, es_fact in zip(en.all_facts, es.all_facts, strict=True):
            assert es_fact.text != en_fact.text, es_fact.text
            assert es_fact.url in SOURCES
            assert DATE.match(es_fact.checked_on)
            assert not DOSING.search(es_fact.text), es_fact.text
            # the figures a fact states are the same in both languages
            assert re.findall(r"[0-9]+", es_fact.text) == re.findall(r"[0-9]+", en_fact.text)
        if en.supervision_reason:
            assert es.supervision_reason
            assert es.supervision_reason != en.supervision_reason
    assert set(spanish.groups) == set(english.groups)
    assert spanish.groups["opioids"] == "Opioides"


def test_the_spanish_crisis_lines_keep_one_number_and_say_how_to_reach_spanish():
    english, spanish = load_catalogue(), load_catalogue(language="es")
    for en, es in zip(english.crisis_resources, spanish.crisis_resources, strict=True):
        assert es.number == en.number
        assert es.number in es.contact
        assert es.url in SOURCES
        assert DATE.match(es.checked_on)
    lines = {r.id: r for r in spanish.crisis_resources}
    assert "marque 2" in lines["crisis_line"].contact
    assert "AYUDA" in lines["crisis_line"].contact
    assert lines["crisis_line"].url == "https://988lifeline.org/get-help/what-to-expect"
    assert "español" in lines["samhsa"].when
    assert spanish.number("samhsa") == english.number("samhsa")


def _spanish_citations() -> tuple[list[dict], list[dict]]:
    """The "es" entries that name their own source: (facts, crisis lines)."""
    data = json.loads(paths.resource("substances.json").read_text("utf-8"))
    facts = [
        fact["es"]
        for s in data["substances"]
        for fact in (s["withdrawal"], *s.get("facts", ()))
        if "url" in fact["es"]
    ]
    lines = [r["es"] for r in data["crisis_resources"] if "url" in r["es"]]
    return facts, lines


def test_spanish_pages_are_listed_dated_and_on_their_sources_own_site():
    facts, lines = _spanish_citations()
    for entry in facts + lines:
        assert entry["url"].startswith("https://"), entry["url"]
        assert entry["url"] in SOURCES, f"{entry['url']} is not in SOURCES.md"
        assert entry["source"].strip(), entry["url"]
        assert entry["date"].strip(), entry["url"]
        assert DATE.match(entry["checked_on"]), entry
        host = urlsplit(entry["url"]).hostname or ""
        assert any(host == site or host.endswith("." + site) for site in SPANISH_SITES), host


def test_the_spanish_packet_prints_the_spanish_page_it_cites():
    facts, lines = _spanish_citations()
    assert len(facts) >= SPANISH_CITED_FACTS
    assert len(lines) >= SPANISH_CITED_LINES
    spanish = load_catalogue(language="es")
    printed = {f.url for s in spanish.substances for f in s.all_facts}
    printed |= {r.url for r in spanish.crisis_resources}
    assert {e["url"] for e in facts + lines} <= printed
    english = load_catalogue()
    assert english.get("kratom").withdrawal.url.startswith("https://www.fda.gov/")
    assert spanish.get("kratom").withdrawal.url.startswith("https://salud.nih.gov/")
