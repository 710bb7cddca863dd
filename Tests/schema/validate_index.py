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
import os
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


def check_shards(schema, manifest, state):
    """Errors in the shards `manifest` lists, and the number of articles they leave."""
    messages = []
    shard_validator = validator_for(schema, "shard")
    articles = set()
    expected_first = 1
    for info in manifest.get("shards", []):
        path = os.path.join(state, info["path"])
        try:
            shard = load(path)
        except (OSError, ValueError) as e:
            messages.append(f"{path}: {e}")
            continue
        for e in sorted(shard_validator.iter_errors(shard), key=lambda e: [str(p) for p in e.absolute_path]):
            messages.append(f"{path}: {location(e)}: {e.message}")
        if messages:
            continue
        if info["firstSequence"] != expected_first:
            messages.append(f"{path}: starts at {info['firstSequence']}, expected {expected_first}")
        if (shard["firstSequence"], shard["lastSequence"]) != (info["firstSequence"], info["lastSequence"]):
            messages.append(f"{path}: its range differs from the one index.json gives")
        if len(shard["changes"]) != info["changes"]:
            messages.append(f"{path}: holds {len(shard['changes'])} changes, index.json says {info['changes']}")
        expected_first = info["lastSequence"] + 1
        previous, seen = info["firstSequence"] - 1, set()
        for i, change in enumerate(shard["changes"]):
            where = f"{path}: .changes[{i}]"
            if not previous < change["sequence"] <= info["lastSequence"]:
                messages.append(f"{where}.sequence: {change['sequence']} out of order or out of range")
            previous = change["sequence"]
            if change["id"] in seen:
                messages.append(f"{where}.id: {change['id']} appears twice in one shard")
            seen.add(change["id"])
            if change["entry"] is not None and change["entry"]["id"] != change["id"]:
                messages.append(f"{where}.entry.id: differs from the change's id")
            if change["entry"] is None:
                articles.discard(change["id"])
            else:
                articles.add(change["id"])
    if not messages and expected_first != manifest.get("lastSequence", 0) + 1:
        messages.append(f"shards end at {expected_first - 1}, lastSequence is {manifest.get('lastSequence')}")
    return messages, len(articles)


def main(argv):
    if len(argv) >= 4 and argv[1] == "--record":
        return check_records(argv[2], argv[3:])
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    schema_path, index_path = argv[1], argv[2]
    if os.path.isdir(index_path):
        index_path = os.path.join(index_path, "index.json")
    try:
        schema = load(schema_path)
        document = load(index_path)
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1 if isinstance(e, ValueError) else 2

    validator = validator_for(schema)
    errors = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
    messages = [f"{index_path}: {location(e)}: {e.message}" for e in errors]
    count = 0
    if not messages:
        shard_messages, count = check_shards(schema, document, os.path.dirname(os.path.abspath(index_path)))
        messages += shard_messages
        if not messages and count != document["articleCount"]:
            messages.append(f"{index_path}: .articleCount: {document['articleCount']}, the shards hold {count}")

    if messages:
        for message in messages:
            print(message)
        return 1
    print(f"ok: {count} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
