#!/usr/bin/env python3
"""Writes seed corpora for the fuzz targets from the conformance suite.

    python3 fuzz/seed.py            # from the repository root, or from fuzz/

fuzz/corpus/<target>/ receives one file per distinct input (named by its
SHA-1, as libFuzzer names its own finds); the corpora are not committed.

- schema_compile: every schema of tests/conformance (instance files and
  schema cases, `schemaText` as written), alone and followed by a 0xFF byte
  and each of its instances, plus the bundled schema.
- validate_seed: every conformance instance as JSON text, plus the bundled
  schema's example documents.
- formats: every string instance of the datetime, duration, uri, decimal,
  date and time cases, after the byte that picks that format in
  fuzz_targets/formats.rs.
"""

import decimal
import hashlib
import json
import pathlib
import sys

FUZZ = pathlib.Path(__file__).resolve().parent
ROOT = FUZZ.parent
CONFORMANCE = ROOT / "tests" / "conformance"
BUNDLED = ROOT / "schemas" / "hubspot"

# The order of KINDS in fuzz_targets/formats.rs.
FORMAT_PICK = {"datetime": 0, "duration": 1, "uri": 2, "decimal": 4, "date": 6, "time": 7}


def dump(value):
    """JSON text of `value`, numbers exactly as the suite wrote them."""
    if isinstance(value, dict):
        return "{" + ",".join(dump(k) + ":" + dump(v) for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(dump(v) for v in value) + "]"
    if isinstance(value, decimal.Decimal):
        return str(value)
    # Lone surrogates (which UTF-8 cannot carry) stay escaped.
    return json.dumps(value, ensure_ascii=isinstance(value, str) and not encodable(value))


def encodable(s):
    try:
        s.encode()
        return True
    except UnicodeEncodeError:
        return False


def text(value):
    return dump(value).encode()


def write(target, data, written):
    folder = FUZZ / "corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    if name not in written.setdefault(target, set()):
        written[target].add(name)
        (folder / name).write_bytes(data)


def main():
    written = {}
    for path in sorted(CONFORMANCE.rglob("*.json")):
        try:
            suite = json.loads(path.read_text(), parse_float=decimal.Decimal)
        except RecursionError:
            # The depth-limit cases nest deeper than any fuzz input may.
            print(f"skipped {path.relative_to(ROOT)}: nested too deep", file=sys.stderr)
            continue
        if suite.get("kind") == "schema":
            for case in suite["cases"]:
                if "schemaText" in case:
                    write("schema_compile", case["schemaText"].encode(), written)
                else:
                    write("schema_compile", text(case["schema"]), written)
            continue
        schema = text(suite["schema"])
        write("schema_compile", schema, written)
        pick = FORMAT_PICK.get(path.stem) if path.parent.name == "types" else None
        for case in suite["cases"]:
            instance = text(case["instance"])
            write("schema_compile", schema + b"\xff" + instance, written)
            write("validate_seed", instance, written)
            if pick is not None and isinstance(case["instance"], str) and encodable(case["instance"]):
                write("formats", bytes([pick]) + case["instance"].encode(), written)
    write("schema_compile", (BUNDLED / "batch-calls-response.struct.json").read_bytes(), written)
    for example in sorted((BUNDLED / "examples").glob("*.json")):
        write("validate_seed", example.read_bytes(), written)
    for target, names in sorted(written.items()):
        print(f"{target}: {len(names)} seeds in {FUZZ / 'corpus' / target}")


if __name__ == "__main__":
    main()
