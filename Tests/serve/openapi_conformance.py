#!/usr/bin/env python3
"""Sends every operation of a running `lkjip-lint serve` its good and bad requests and
checks each answer against the server's own /openapi.json: the status is one the
operation documents, the Content-Type one documented for that status, and a JSON body
validates against its schema. Exits 0 when all do, 1 otherwise, 77 when a module is missing.

    openapi_conformance.py BASE_URL FIXTURES_DIR   (server started with --max-upload-mb 1)
"""
import copy
import http.client
import io
import json
import sys
import urllib.parse
import uuid
import zipfile

try:
    import jsonschema
    from openapi_spec_validator import validate as validate_spec
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012
except ImportError as e:  # the Swift test turns this into a skip with the message
    print(f"missing Python module: {e.name} (scripts/setup.sh installs it)")
    sys.exit(77)


def request(base, method, path, body=b"", headers=None):
    u = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=120)
    conn.request(method, path, body=body if body or method in ("POST", "PUT") else None, headers=headers or {})
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, r.getheader("Content-Type", ""), data


def multipart(files):
    boundary = "----conformance" + uuid.uuid4().hex[:12]
    out = io.BytesIO()
    for name, data in files:
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
                  f"Content-Type: application/octet-stream\r\n\r\n".encode())
        out.write(data + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def zip_bomb():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
                   + "a" * (4 * 1024 * 1024) + "</w:t></w:r></w:p></w:body></w:document>")
    return out.getvalue()


def with_absolute_refs(node):
    """'#/components/…' → 'urn:openapi#/components/…', so schemas resolve through the registry."""
    if isinstance(node, dict):
        return {k: ("urn:openapi" + v if k == "$ref" and isinstance(v, str) and v.startswith("#") else with_absolute_refs(v))
                for k, v in node.items()}
    if isinstance(node, list):
        return [with_absolute_refs(v) for v in node]
    return node


def main():
    base, fixtures = sys.argv[1].rstrip("/"), sys.argv[2]
    status, ctype, raw = request(base, "GET", "/openapi.json")
    assert status == 200, f"/openapi.json answered {status}"
    spec = json.loads(raw)
    validate_spec(copy.deepcopy(spec))  # a valid OpenAPI 3.1 document first
    resolved = with_absolute_refs(spec)
    registry = Registry().with_resource("urn:openapi", Resource(contents=resolved, specification=DRAFT202012))

    docx = open(f"{fixtures}/01-kanim-pangkalpinang-2024.docx", "rb").read()
    md = open(f"{fixtures}/02-kanwil-sultra-2023.md", "rb").read()
    good, good_h = multipart([("01-kanim-pangkalpinang-2024.docx", docx)])
    two, two_h = multipart([("a.md", md), ("rusak.docx", b"bukan zip")])
    cases = [
        ("GET", "/healthz", b"", {}, 200),
        ("DELETE", "/healthz", b"", {}, 405),
        ("GET", "/api/v1/rules", b"", {}, 200),
        ("GET", "/api/v1/rules?lang=en", b"", {}, 200),
        ("POST", "/api/v1/rules", b"", {}, 405),
        ("GET", "/openapi.json", b"", {}, 200),
        ("PUT", "/openapi.json", b"", {}, 405),
        ("POST", "/api/v1/check", good, good_h, 200),
        ("POST", "/api/v1/check?format=html", good, good_h, 200),
        ("POST", "/api/v1/check?format=csv&lang=en", good, good_h, 200),
        ("POST", "/api/v1/check?format=bundle", good, good_h, 200),
        ("POST", "/api/v1/check", two, two_h, 200),
        ("POST", "/api/v1/check?filename=draf.md", md, {"Content-Type": "application/octet-stream"}, 200),
        ("POST", "/api/v1/check", b"", {}, 400),
        ("POST", "/api/v1/check", md, {"Content-Type": "application/octet-stream"}, 400),
        ("POST", "/api/v1/check?format=xml", good, good_h, 400),
        ("POST", "/api/v1/check?filename=virus.exe", b"MZ\x90\x00", {}, 415),
        ("POST", "/api/v1/check?filename=acak.docx", bytes(range(256)) * 16, {}, 422),
        ("POST", "/api/v1/check?filename=bom.docx", zip_bomb(), {}, 422),
        ("POST", "/api/v1/check?filename=besar.txt", b"a" * (2 * 1024 * 1024), {}, 413),
        ("GET", "/api/v1/check", b"", {}, 405),
    ]
    failures, covered = [], set()
    for method, path, body, headers, expected in cases:
        status, ctype, data = request(base, method, path, body, headers)
        route = urllib.parse.urlsplit(path).path
        where = f"{method} {path}"
        if status != expected:
            failures.append(f"{where}: status {status}, expected {expected}: {data[:200]!r}")
            continue
        op = spec["paths"].get(route, {}).get(method.lower())
        if op is None:
            # A method the path does not have: the document's Refused response (405).
            answer = spec["components"]["responses"]["Refused"] if status == 405 else None
        else:
            covered.add((route, method.lower()))
            answer = op["responses"].get(str(status))
        if answer is None:
            failures.append(f"{where}: status {status} is not documented")
            continue
        if "$ref" in answer:
            answer = spec["components"]["responses"][answer["$ref"].split("/")[-1]]
        media = ctype.split(";")[0].strip()
        content = answer.get("content", {})
        if media not in content:
            failures.append(f"{where}: Content-Type {ctype!r} not documented for {status} ({list(content)})")
            continue
        if media == "application/json":
            schema = with_absolute_refs(content[media]["schema"])
            errors = list(jsonschema.Draft202012Validator(schema, registry=registry).iter_errors(json.loads(data)))
            for e in errors[:3]:
                failures.append(f"{where}: {e.message} at {list(e.absolute_path)}")
        print(f"ok   {where} -> {status} {media}")
    for route, ops in spec["paths"].items():
        for m in ops:
            if (route, m) not in covered:
                failures.append(f"{m.upper()} {route}: documented but never exercised here")
    for f in failures:
        print("FAIL " + f)
    print(f"{len(cases)} requests, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
