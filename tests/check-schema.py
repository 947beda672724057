#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate .journey files against the Waymark JSON Schema.

  check-schema.py SCHEMA FILE...      validate each FILE; one line per problem:
                                      FILE: PATH: message
  check-schema.py --self-test SCHEMA  check that SCHEMA is a valid draft 2020-12 schema that
                                      accepts a valid workspace and rejects broken ones

Exit status: 0 when everything is valid, 1 on any problem, 2 on a usage error, 77 (skipped, for
meson) when python3-jsonschema is missing.

Run it with /usr/bin/python3: Debian's python3-jsonschema is importable only from there.
"""

import datetime
import json
import re
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError:
    print("check-schema.py: python3-jsonschema is missing (run this with /usr/bin/python3)",
          file=sys.stderr)
    sys.exit(77)

MAX_MESSAGE = 240

RFC3339 = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?"
                     r"([Zz]|[+-](\d{2}):(\d{2}))$")


def is_rfc3339_date_time(instance):
    if not isinstance(instance, str):
        return True
    match = RFC3339.match(instance)
    if match is None:
        return False
    year, month, day, hour, minute, second = (int(g) for g in match.group(1, 2, 3, 4, 5, 6))
    try:
        # A leap second (60) is valid RFC 3339; datetime cannot hold it.
        datetime.datetime(year, month, day, hour, minute, min(second, 59))
    except ValueError:
        return False
    if second > 60:
        return False
    if match.group(9) is not None:
        if int(match.group(9)) > 23 or int(match.group(10)) > 59:
            return False
    return True


def make_format_checker():
    """jsonschema checks "date-time" only when rfc3339-validator is installed, which Debian 12
    does not do by default; fall back to our own check then."""
    checker = jsonschema.FormatChecker()
    if "date-time" not in checker.checkers:
        checker.checks("date-time")(is_rfc3339_date_time)
    return checker


def make_validator(schema):
    return Draft202012Validator(schema, format_checker=make_format_checker())


def format_path(path):
    text = ""
    for part in path:
        if isinstance(part, int):
            text += "[%d]" % part
        else:
            text += ("." if text else "") + str(part)
    return text or "(root)"


def path_key(path):
    """Sorts indexes numerically, so that lanes[10] comes after lanes[9]."""
    return [(0, part, "") if isinstance(part, int) else (1, 0, str(part)) for part in path]


def one_line(exception):
    return getattr(exception, "message", None) or str(exception).splitlines()[0]


def shorten(text):
    if len(text) <= MAX_MESSAGE:
        return text
    return text[:MAX_MESSAGE - 1] + "…"


def describe(error, document):
    """A one-line message for a validation error."""
    if error.schema is False:
        # A member the schema forbids in this place, such as cards in an emotion lane.
        parent = document
        for part in list(error.absolute_path)[:-1]:
            parent = parent[part]
        if isinstance(parent, dict) and isinstance(parent.get("kind"), str):
            return "not allowed in a lane of kind '%s'" % parent["kind"]
        return "not allowed here"
    return shorten(error.message)


def reject_constant(name):
    raise ValueError("%s is not valid JSON" % name)


def load_json(text):
    """Parses strict JSON; duplicate members are reported rather than silently merged."""
    duplicates = []

    def pairs_hook(pairs):
        result = {}
        for key, value in pairs:
            if key in result:
                duplicates.append(key)
            result[key] = value
        return result

    document = json.loads(text, object_pairs_hook=pairs_hook, parse_constant=reject_constant)
    return document, duplicates


def problems_of(validator, text):
    """Returns a list of (path, message) for a file's contents."""
    try:
        document, duplicates = load_json(text)
    except ValueError as e:
        return [("(root)", "not valid JSON: %s" % e)]
    problems = [("(root)", "duplicate member '%s'" % key) for key in duplicates]
    errors = sorted(validator.iter_errors(document), key=lambda e: path_key(e.absolute_path))
    for error in errors:
        problems.append((format_path(error.absolute_path), describe(error, document)))
    return problems


def load_schema(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def validate_files(schema_path, files):
    schema = load_schema(schema_path)
    Draft202012Validator.check_schema(schema)
    validator = make_validator(schema)
    failed = False
    for name in files:
        try:
            with open(name, encoding="utf-8") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as e:
            print("%s: (root): cannot read: %s" % (name, e))
            failed = True
            continue
        for path, message in problems_of(validator, text):
            print("%s: %s: %s" % (name, path, message))
            failed = True
    return 1 if failed else 0


# Self-test ------------------------------------------------------------------------------------

PNG_1X1 = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/"
           "eL9GtQAAAABJRU5ErkJggg==")


def valid_workspace():
    """A small workspace with one object of every type."""
    return {
        "format": "waymark",
        "version": 1,
        "id": "ws",
        "title": "Self-test",
        "created": "2026-11-23T09:30:00Z",
        "modified": "2026-11-23T09:31:12.5Z",
        "personas": [{
            "id": "p1", "name": "Ana", "colour": "#c01c28",
            "photo": {"mime": "image/png", "data": PNG_1X1},
            "age": "38", "goals": ["Coffee by Saturday"], "tech_proficiency": 0,
        }],
        "maps": [{
            "id": "m1", "name": "Purchase", "personas": ["p1"],
            "stages": [{"id": "s1", "name": "Buy", "colour": "#99c1f1",
                        "steps": [{"id": "st1", "name": "Checkout"}]}],
            "lanes": [
                {"id": "l1", "kind": "actions",
                 "cards": [{"id": "c1", "step": "st1", "text": "Pays", "tags": ["web"],
                            "evidence": "observed", "owner": "Lea", "link": "p1"}]},
                {"id": "l2", "kind": "emotion",
                 "points": [{"id": "pt1", "step": "st1", "persona": "p1", "score": -2}]},
                {"id": "l3", "kind": "metrics", "title": "Conversion", "unit": "%",
                 "values": [{"id": "v1", "step": "st1", "value": 12.5}]},
                {"id": "l4", "kind": "images",
                 "cards": [{"id": "c2", "step": "st1",
                            "image": {"mime": "image/png", "data": PNG_1X1}}]},
            ],
        }],
        "empathy_maps": [{
            "id": "e1", "name": "Ana", "persona": "p1", "goal": "Coffee",
            "says": [{"id": "n1", "text": "Hurry", "colour": "#f9f06b"}],
        }],
        "blueprints": [{
            "id": "b1", "name": "Order", "persona": "p1", "map": "m1",
            "steps": [{"id": "bs1", "name": "Order", "duration": 2.5}],
            "lanes": [{"id": "bl1", "title": "Customer actions", "kind": "customer",
                       "items": [{"id": "i1", "step": "bs1", "text": "Waits", "kind": "wait",
                                  "duration": 30},
                                 {"id": "i2", "step": "bs1", "kind": "fail"}]}],
            "arrows": [{"id": "a1", "from": "i1", "to": "i2", "label": "then"}],
        }],
    }


def mutated(change):
    document = valid_workspace()
    change(document)
    return document


def first_lane(d):
    return d["maps"][0]["lanes"][0]


def first_item(d):
    return d["blueprints"][0]["lanes"][0]["items"][0]


def set_(getter, key, value):
    def change(d):
        getter(d)[key] = value
    return change


def delete(getter, key):
    def change(d):
        del getter(d)[key]
    return change


def root(d):
    return d


def persona(d):
    return d["personas"][0]


def point(d):
    return d["maps"][0]["lanes"][1]["points"][0]


def card(d):
    return first_lane(d)["cards"][0]


def arrow(d):
    return d["blueprints"][0]["arrows"][0]


VALID = [
    ("minimal workspace", {"format": "waymark", "version": 1, "id": "x"}),
    ("workspace with every object type", valid_workspace()),
    ("unknown members are kept",
     mutated(lambda d: (d.update({"x-future": {"a": [1]}}),
                        card(d).update({"x-note": "kept"})))),
    ("score of 0 written explicitly", mutated(set_(point, "score", 0))),
    ("point without persona", mutated(delete(point, "persona"))),
    ("colour in capitals", mutated(set_(persona, "colour", "#C01C28"))),
]

INVALID = [
    ("wrong format", mutated(set_(root, "format", "Waymark"))),
    ("missing format", mutated(delete(root, "format"))),
    ("version 2", mutated(set_(root, "version", 2))),
    ("version as a string", mutated(set_(root, "version", "1"))),
    ("missing id", mutated(delete(root, "id"))),
    ("id with a space", mutated(set_(root, "id", "a b"))),
    ("empty id", mutated(set_(root, "id", ""))),
    ("id of 65 characters", mutated(set_(root, "id", "a" * 65))),
    ("score 3", mutated(set_(point, "score", 3))),
    ("score -3", mutated(set_(point, "score", -3))),
    ("score 1.5", mutated(set_(point, "score", 1.5))),
    ("colour without #", mutated(set_(persona, "colour", "c01c28"))),
    ("colour with 3 digits", mutated(set_(persona, "colour", "#c01"))),
    ("colour name", mutated(set_(card, "colour", "red"))),
    ("missing lane kind", mutated(delete(first_lane, "kind"))),
    ("unknown lane kind", mutated(set_(first_lane, "kind", "feelings"))),
    ("unknown evidence", mutated(set_(card, "evidence", "verified"))),
    ("unknown item kind", mutated(set_(first_item, "kind", "delay"))),
    ("unknown blueprint lane kind",
     mutated(set_(lambda d: d["blueprints"][0]["lanes"][0], "kind", "actions"))),
    ("missing blueprint lane kind",
     mutated(delete(lambda d: d["blueprints"][0]["lanes"][0], "kind"))),
    ("missing persona name", mutated(delete(persona, "name"))),
    ("missing card step", mutated(delete(card, "step"))),
    ("missing arrow end", mutated(delete(arrow, "to"))),
    ("tech_proficiency 101", mutated(set_(persona, "tech_proficiency", 101))),
    ("age as a number", mutated(set_(persona, "age", 38))),
    ("negative duration", mutated(set_(first_item, "duration", -5))),
    ("goals holding a number", mutated(set_(persona, "goals", ["ok", 3]))),
    ("tags as a string", mutated(set_(card, "tags", "web"))),
    ("image of an unknown type",
     mutated(set_(lambda d: persona(d)["photo"], "mime", "image/gif"))),
    ("image without data", mutated(delete(lambda d: persona(d)["photo"], "data"))),
    ("image data not base64", mutated(set_(lambda d: persona(d)["photo"], "data", "%%%%"))),
    ("timestamp without zone", mutated(set_(root, "created", "2026-11-23T09:30:00"))),
    ("impossible date", mutated(set_(root, "modified", "2026-02-30T09:30:00Z"))),
    ("cards in an emotion lane",
     mutated(lambda d: d["maps"][0]["lanes"][1].update({"cards": [{"id": "c9", "step": "st1"}]}))),
    ("points in a card lane",
     mutated(set_(first_lane, "points", [{"id": "p9", "step": "st1", "score": 1}]))),
    ("personas not a list", mutated(set_(root, "personas", {}))),
]


def self_test(schema_path):
    failures = []
    try:
        schema = load_schema(schema_path)
        Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        print("self-test: FAIL: %s is not a valid draft 2020-12 schema: %s"
              % (schema_path, one_line(e)))
        return 1
    validator = make_validator(schema)

    for name, document in VALID:
        errors = list(validator.iter_errors(document))
        if errors:
            failures.append("%s: rejected (%s: %s)" % (name, format_path(errors[0].absolute_path),
                                                      describe(errors[0], document)))
    for name, document in INVALID:
        if validator.is_valid(document):
            failures.append("%s: accepted" % name)

    invalid_json = [("NaN", '{"format": "waymark", "version": 1, "id": "x", "n": NaN}'),
                    ("duplicate member",
                     '{"format": "waymark", "version": 1, "id": "x", "id": "y"}')]
    for name, text in invalid_json:
        if not problems_of(validator, text):
            failures.append("%s: accepted" % name)

    total = len(VALID) + len(INVALID) + len(invalid_json) + 1
    for failure in failures:
        print("self-test: FAIL: %s" % failure)
    print("self-test: %d of %d checks passed" % (total - len(failures), total))
    return 1 if failures else 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--self-test":
        return self_test(argv[2])
    if len(argv) >= 3 and not argv[1].startswith("--"):
        try:
            return validate_files(argv[1], argv[2:])
        except (OSError, ValueError, jsonschema.SchemaError) as e:
            print("check-schema.py: cannot use schema %s: %s" % (argv[1], one_line(e)),
                  file=sys.stderr)
            return 1
    print("usage: check-schema.py SCHEMA FILE...\n"
          "       check-schema.py --self-test SCHEMA", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
