"""The ADMX/ADML template IT imports (packaging/windows/policy) matches what app/policy.py reads."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from app import policy

ROOT = Path(__file__).resolve().parents[1] / "packaging" / "windows" / "policy"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}


def test_every_admx_value_is_one_the_app_reads_and_every_setting_is_in_the_template():
    admx = ET.parse(ROOT / "nabij.admx").getroot()
    names = {e.get("valueName") for e in admx.iter() if e.get("valueName")}
    read = set(policy.SETTING_VALUES) | {policy.PACK_VALUE}
    assert names == read | {n + "Locked" for n in read}
    for item in admx.iterfind(".//p:policy", NS):
        assert item.get("key") == policy.REGISTRY_PATH.split("\\", 1)[1]
        assert item.get("class") == "Machine"


def test_both_languages_give_every_string_and_presentation_the_admx_uses():
    text = (ROOT / "nabij.admx").read_text(encoding="utf-8")
    strings = set(re.findall(r"\$\(string\.(\w+)\)", text))
    presentations = set(re.findall(r"\$\(presentation\.(\w+)\)", text))
    assert strings and presentations
    for language in ("en-US", "nl-NL"):
        adml = ET.parse(ROOT / language / "nabij.adml").getroot()
        have = {s.get("id") for s in adml.iterfind(".//p:string", NS)}
        shown = {s.get("id") for s in adml.iterfind(".//p:presentation", NS)}
        assert strings <= have, (language, strings - have)
        assert presentations <= shown, (language, presentations - shown)
        for item in adml.iterfind(".//p:string", NS):
            assert (item.text or "").strip(), (language, item.get("id"))
