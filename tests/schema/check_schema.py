#!/usr/bin/env python3
"""Checks JSON files against JourneyBoard's published schemas (assets/schema/).

Usage: check_schema.py SCHEMA_DIR [--sessions DIR] [--templates DIR] [--corpus DIR]
  --sessions DIR   every *.json in DIR is a session the app wrote: each must validate
  --templates DIR  every *.json in DIR is a template: each must validate
  --corpus DIR     the hostile session corpus with its expected.json: each file the
                   loader refuses for its structure must be rejected by the schema too,
                   each file it loads must validate (schema 1 files as schema 2: the
                   same structure; schema 0 files are a different format and skipped)
Prints one line per problem (file and JSON path) and exits 1 if there was any.
"""
import json
import os
import sys

import jsonschema

# Files the loader refuses for what a JSON Schema cannot state: references between
# entities, ids unique across the session, the calendar, a schema 1 file's own keys.
LOADER_ONLY = {
    "bad_due_feb29.json": "a calendar date (29 February 2027 does not exist)",
    "bad_modified_feb30.json": "a calendar date",
    "dangling_action_note.json": "a reference",
    "dangling_author.json": "a reference",
    "dangling_dot_note.json": "a reference",
    "dangling_dot_participant.json": "a reference",
    "dangling_loops_back_to.json": "a reference",
    "dangling_note_lane.json": "a reference",
    "dangling_note_stage.json": "a reference",
    "dangling_vote_participant.json": "a reference",
    "dangling_vote_stage.json": "a reference",
    "dot_lanes_a_stage.json": "a reference of the wrong kind",
    "dot_lanes_unknown.json": "a reference",
    "duplicate_id_lane_stage.json": "ids unique across the session",
    "duplicate_id_notes.json": "ids unique across the session",
    "duplicate_id_session.json": "ids unique across the session",
    "group_dangling_note.json": "a reference",
    "group_face_down.json": "a stack's notes are face-up (another entity's field)",
    "group_note_in_two.json": "a note in at most one stack (across entities)",
    "group_two_cells.json": "a stack's notes share a cell (across entities)",
    "matrix_note_in_group.json": "a matrix item is a stack or a note in none (across entities)",
    "matrix_twice.json": "an item placed once (across entities)",
    "matrix_unknown_item.json": "a reference",
    "ref_wrong_kind.json": "a reference of the wrong kind",
    "schema1_structure_open.json": "a schema 1 file's keys (the schema describes schema 2)",
    "schema1_with_groups.json": "a schema 1 file's keys (the schema describes schema 2)",
    "vote_duplicate.json": "one vote per participant, stage and curve (across entities)",
}


class NotJson(Exception):
    pass


def strict_load(path):
    """JSON as the app reads it: no NaN/Infinity, no repeated keys, numbers in range."""
    def constant(name):
        raise NotJson(f"{name} is not JSON")

    def pairs(items):
        seen = {}
        for key, value in items:
            if key in seen:
                raise NotJson(f'key "{key}" appears twice')
            seen[key] = value
        return seen

    def number(text):
        value = float(text)
        if value in (float("inf"), float("-inf")):
            raise NotJson(f"number {text} is out of range")
        return value

    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8-sig")  # a leading BOM is accepted, as the app does
    if "\\ud8" in text.lower() or "\\udb" in text.lower() or "\\udc" in text.lower():
        # A lone surrogate escape is refused by the app; Python would accept it.
        for i in range(len(text) - 5):
            if text[i:i + 2] == "\\u":
                code = int(text[i + 2:i + 6], 16) if all(c in "0123456789abcdefABCDEF" for c in text[i + 2:i + 6]) else 0
                if 0xD800 <= code <= 0xDBFF and text[i + 6:i + 8] != "\\u":
                    raise NotJson("a high surrogate without its low surrogate")
    return json.loads(text, parse_constant=constant, object_pairs_hook=pairs, parse_float=number)


def problems_of(validator, document):
    out = []
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
        where = "/" + "/".join(str(p) for p in error.absolute_path)
        out.append(f"{where}: {error.message[:160]}")
    return out


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    schema_dir = argv[1]
    args = dict(zip(argv[2::2], argv[3::2]))
    checker = jsonschema.FormatChecker()
    session_schema = json.load(open(os.path.join(schema_dir, "session.schema.json"), encoding="utf-8"))
    template_schema = json.load(open(os.path.join(schema_dir, "template.schema.json"), encoding="utf-8"))
    for s in (session_schema, template_schema):
        jsonschema.Draft202012Validator.check_schema(s)
    sessions = jsonschema.Draft202012Validator(session_schema, format_checker=checker)
    templates = jsonschema.Draft202012Validator(template_schema, format_checker=checker)
    bad = 0
    counts = {"sessions": 0, "templates": 0, "corpus rejected": 0, "corpus valid": 0, "loader only": 0}

    for kind, validator in (("--sessions", sessions), ("--templates", templates)):
        folder = args.get(kind)
        if not folder:
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".json"):
                continue
            path = os.path.join(folder, name)
            for p in problems_of(validator, strict_load(path)):
                print(f"{path}: {p}")
                bad += 1
            counts[kind[2:]] += 1

    corpus = args.get("--corpus")
    if corpus:
        expected = json.load(open(os.path.join(corpus, "expected.json"), encoding="utf-8"))
        for name in sorted(expected):
            path = os.path.join(corpus, name)
            loads = expected[name].startswith("OK")
            try:
                document = strict_load(path)
            except (NotJson, ValueError, UnicodeDecodeError):
                if loads:
                    print(f"{path}: the app loads it but it is not strict JSON")
                    bad += 1
                else:
                    counts["corpus rejected"] += 1  # not JSON at all: nothing for a schema to accept
                continue
            if isinstance(document, dict) and document.get("schema") == 0:
                continue  # schema 0 is another format; the app migrates it
            if isinstance(document, dict) and document.get("schema") == 1 and name not in LOADER_ONLY:
                document["schema"] = 2  # schema 1 has schema 2's structure without the new keys
            problems = problems_of(sessions, document)
            if loads:
                for p in problems:
                    print(f"{path}: the app loads it but the schema says {p}")
                    bad += 1
                counts["corpus valid"] += 1
            elif name in LOADER_ONLY:
                counts["loader only"] += 1
            elif not problems:
                print(f"{path}: the app refuses it ({expected[name][:100]}) but the schema accepts it")
                bad += 1
            else:
                counts["corpus rejected"] += 1
    print("checked: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
