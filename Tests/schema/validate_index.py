#!/usr/bin/env python3
"""Validate a presswatch index.json against docs/index.schema.json.

Usage: python3 Tests/schema/validate_index.py docs/index.schema.json path/to/index.json
       python3 Tests/schema/validate_index.py --record docs/index.schema.json articles/<id>.json...

Uses the third-party `jsonschema` package (Draft 2020-12, with format checking), so the
contract is checked by a client nobody on the project wrote. Beyond the schema it checks what
JSON Schema cannot express: ids are unique. Prints "ok: N articles" and exits 0, or prints
each error (with its JSON path) and exits 1. Exits 2 on usage or setup errors.
With --record, each file is checked against $defs/record (the articles/<id>.json record) and
"ok: N records" is printed.
"""
import json
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("error: the python3 'jsonschema' package is missing (apt-get install python3-jsonschema "
          "or pip install jsonschema)", file=sys.stderr)
    sys.exit(2)


def location(error):
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return path or "(top level)"


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def validator_for(schema, definition=None):
    Draft202012Validator.check_schema(schema)
    if definition is not None:
        schema = dict(schema)
        for key in ("properties", "required", "additionalProperties", "type"):
            schema.pop(key, None)
        schema["$ref"] = f"#/$defs/{definition}"
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def check_records(schema_path, paths):
    """Each record must hold a valid body (#/$defs/record) and, without it, be a valid entry."""
    schema = load(schema_path)
    body_validator = validator_for(schema, "record")
    entry_validator = validator_for(schema, "entry")
    failed = False
    for path in paths:
        try:
            record = load(path)
        except (OSError, ValueError) as e:
            print(f"{path}: {e}")
            failed = True
            continue
        errors = list(body_validator.iter_errors(record))
        if isinstance(record, dict):
            errors += entry_validator.iter_errors({k: v for k, v in record.items() if k != "body"})
        for e in sorted(errors, key=lambda e: [str(p) for p in e.absolute_path]):
            print(f"{path}: {location(e)}: {e.message}")
            failed = True
    if failed:
        return 1
    print(f"ok: {len(paths)} records")
    return 0


def main(argv):
    if len(argv) >= 4 and argv[1] == "--record":
        return check_records(argv[2], argv[3:])
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    schema_path, index_path = argv[1], argv[2]
    try:
        schema = load(schema_path)
        document = load(index_path)
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1 if isinstance(e, ValueError) else 2

    validator = validator_for(schema)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    messages = [f"{index_path}: {location(e)}: {e.message}" for e in errors]

    if isinstance(document, dict) and isinstance(document.get("articles"), list):
        seen = set()
        for i, entry in enumerate(document["articles"]):
            if isinstance(entry, dict) and "id" in entry:
                if entry["id"] in seen:
                    messages.append(f"{index_path}: .articles[{i}].id: duplicate id {entry['id']!r}")
                seen.add(entry["id"])

    if messages:
        for message in messages:
            print(message)
        return 1
    print(f"ok: {len(document['articles'])} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
