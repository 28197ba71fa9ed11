"""Own words: facts and ideas carry over from the seeds, sentences do not (content.md).

Every string in every bundled content file, in both languages, is compared with
every seed after collapsing whitespace and ignoring case. Sharing a run of 60
or more characters with a seed fails.
"""

from __future__ import annotations

from tests.content.conftest import OWN_WORDS_RUN, normalise, strings_in


def copied_run(text: str, windows: dict[str, str]) -> tuple[str, str] | None:
    """The first window of `text` that also occurs in a seed, with that seed's name."""
    flat = normalise(text)
    for start in range(len(flat) - OWN_WORDS_RUN + 1):
        window = flat[start : start + OWN_WORDS_RUN]
        if window in windows:
            return window, windows[window]
    return None


def test_no_content_string_copies_a_seed(content_docs, seed_windows):
    checked = 0
    problems = []
    for path, doc in content_docs.items():
        for key, text in strings_in(doc):
            checked += 1
            hit = copied_run(text, seed_windows)
            if hit:
                problems.append(f"{path.parent.name}/{path.name} {key}: shares {hit[0]!r} with {hit[1]}")
    assert checked > 500, f"only {checked} strings found; is the content there?"
    assert not problems, "not in own words:\n" + "\n".join(problems)


def test_the_check_catches_a_copy_despite_layout_and_case(seed_texts, seed_windows):
    """Guard the guard: a pasted passage is caught even with other line breaks, case and hyphenation."""
    text = seed_texts["001_ffb7c0f8827de8ce.txt"]
    start = text.index("Verdiep je van tevoren")
    pasted = text[start : start + 150]
    assert copied_run(pasted, seed_windows)
    assert copied_run(" \n ".join(pasted.upper().split()), seed_windows)
    # The seed breaks words across lines ("vermoe-\ndelijk"); the joined form is caught too.
    start = text.index("De werkrelatie bepaalt vermoe-")
    joined = text[start : start + 140].replace("-\n", "")
    assert copied_run(joined, seed_windows)
    assert copied_run("A sentence in our own words that no seed contains at all, not even close.", seed_windows) is None
