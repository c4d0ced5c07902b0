"""Rules applied after the CRF: a name after a role noun, title or age phrase is a person.

"Regierungssprecher Steffen Hebestreit", "Bundesinnenministerin Nancy Faeser",
"der 45-jährige Torben Quaschnik", "Herr Quaschnik": when the CRF leaves such capitalised
words untagged and they look like a name (a known first name, or a capitalised word the German
lexicon does not know), they are tagged PER. The CRF sees the same cues as features; the rules
catch the cases where the learned weights are too weak for an unseen name.
"""

from __future__ import annotations

from lagebild.ner.features import FeatureExtractor

# Most tokens a rule-made person name may span ("Jean-Claude van der Berg" is four tokens).
MAX_NAME_TOKENS = 4


def _name_like(word: str, flags: frozenset[str]) -> bool:
    if not word[:1].isupper() or len(word) < 2 or word.isupper():
        return False
    if flags & {"role", "title", "country", "city", "region", "geo", "orggaz", "adj", "orghead"}:
        return False
    return "fn" in flags or "unknown_cap" in flags or "fn_gen" in flags


def apply_rules(words: list[str], labels: list[str], fx: FeatureExtractor) -> list[str]:
    """Return ``labels`` with person names after roles, titles and age phrases filled in.

    (Splitting spans at "und"/commas was tried: -0.1 F1 on dev CV, organisation names such as
    "Ministerium für Bildung und Forschung" contain them.)
    """
    out = list(labels)
    n = len(words)
    for i in range(n - 1):
        flags = fx.flags(words[i])
        if not flags & {"role", "title", "age"} or out[i] != "O":
            continue
        j = i + 1
        while (
            j < n
            and j - i <= MAX_NAME_TOKENS
            and out[j] == "O"
            and _name_like(words[j], fx.flags(words[j]))
        ):
            j += 1
        if j == i + 1:
            continue
        # a single unknown word is only taken when a first name or a title makes it likely
        first = fx.flags(words[i + 1])
        lone_unknown = "unknown_cap" in first and (j >= n or not words[j][:1].isupper())
        if j - i == 2 and not flags & {"title", "age"} and "fn" not in first and not lone_unknown:
            continue
        out[i + 1] = "B-PER"
        for k in range(i + 2, j):
            out[k] = "I-PER"
    return out
