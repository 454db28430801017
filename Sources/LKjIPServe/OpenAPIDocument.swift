/// `GET /openapi.json`: the API as OpenAPI 3.1, written by hand. OpenAPIConformanceTests
/// sends every operation its good and bad requests and checks each answer against this.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "lkjip-lint serve",
        "version": "1",
        "description": "Checks the figures of an Indonesian government performance report (LKjIP/LAKIP) and answers with the findings of `lkjip-lint check`. Uploads are kept only for the check and never logged. Every refused request gets an Error object whose `error` is one sentence (Bahasa Indonesia, or English with ?lang=en)."
      },
      "paths": {
        "/api/v1/check": {
          "post": {
            "operationId": "check",
            "summary": "Check one or more drafts (.docx, .pdf, .txt, .md)",
            "parameters": [
              {"name": "format", "in": "query", "required": false, "description": "json (default): exactly `lkjip-lint check --format json`; html: the dossier; csv: one row per finding; bundle: all three as strings, from one check.", "schema": {"type": "string", "enum": ["json", "html", "csv", "bundle"], "default": "json"}},
              {"name": "lang", "in": "query", "required": false, "schema": {"type": "string", "enum": ["id", "en"], "default": "id"}},
              {"name": "filename", "in": "query", "required": false, "description": "For a raw body: the file's name. Only its extension is used (to pick the reader) and its last component is shown in the report.", "schema": {"type": "string"}}
            ],
            "requestBody": {
              "required": true,
              "content": {
                "multipart/form-data": {"schema": {"type": "object", "properties": {"files": {"type": "array", "items": {"type": "string", "contentMediaType": "application/octet-stream"}}}}},
                "application/octet-stream": {"schema": {"type": "string", "contentMediaType": "application/octet-stream"}}
              }
            },
            "responses": {
              "200": {
                "description": "The findings. A file that cannot be read is listed with its `error`; if no file can be read the answer is 422.",
                "content": {
                  "application/json": {"schema": {"oneOf": [{"$ref": "#/components/schemas/CheckReport"}, {"$ref": "#/components/schemas/Bundle"}]}},
                  "text/html": {"schema": {"type": "string"}},
                  "text/csv": {"schema": {"type": "string"}}
                }
              },
              "400": {"$ref": "#/components/responses/Refused"},
              "405": {"$ref": "#/components/responses/Refused"},
              "413": {"$ref": "#/components/responses/Refused"},
              "415": {"$ref": "#/components/responses/Refused"},
              "422": {"$ref": "#/components/responses/Refused"},
              "503": {"$ref": "#/components/responses/Refused"}
            }
          }
        },
        "/api/v1/rules": {
          "get": {
            "operationId": "rules",
            "summary": "Every rule with its level, pack and summary",
            "parameters": [{"name": "lang", "in": "query", "required": false, "schema": {"type": "string", "enum": ["id", "en"], "default": "id"}}],
            "responses": {
              "200": {"description": "The rules", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Rules"}}}},
              "405": {"$ref": "#/components/responses/Refused"}
            }
          }
        },
        "/healthz": {
          "get": {
            "operationId": "health",
            "summary": "Whether the server runs, and how many checks run and wait",
            "responses": {
              "200": {"description": "Running", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}},
              "405": {"$ref": "#/components/responses/Refused"}
            }
          }
        },
        "/openapi.json": {
          "get": {
            "operationId": "openapi",
            "summary": "This document",
            "responses": {
              "200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object", "required": ["openapi", "paths"]}}}},
              "405": {"$ref": "#/components/responses/Refused"}
            }
          }
        }
      },
      "components": {
        "responses": {
          "Refused": {"description": "Refused, with one sentence saying why", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
          "Error": {
            "type": "object", "additionalProperties": false, "required": ["error", "status"],
            "properties": {"error": {"type": "string", "minLength": 1}, "status": {"type": "integer", "minimum": 400, "maximum": 599}}
          },
          "Health": {
            "type": "object", "additionalProperties": false, "required": ["status", "version", "checksRunning", "checksWaiting", "maxUploadBytes"],
            "properties": {
              "status": {"const": "ok"}, "version": {"type": "string"},
              "checksRunning": {"type": "integer", "minimum": 0}, "checksWaiting": {"type": "integer", "minimum": 0},
              "maxUploadBytes": {"type": "integer", "minimum": 1}
            }
          },
          "Rules": {
            "type": "object", "additionalProperties": false, "required": ["rules", "version"],
            "properties": {
              "version": {"type": "string"},
              "rules": {"type": "array", "items": {
                "type": "object", "additionalProperties": false, "required": ["id", "severity", "pack", "summary", "rationale"],
                "properties": {
                  "id": {"type": "string"}, "severity": {"$ref": "#/components/schemas/Severity"}, "pack": {"type": "string"},
                  "summary": {"type": "string"}, "rationale": {"type": "string"}, "source": {"type": "string"}
                }
              }}
            }
          },
          "Severity": {"type": "string", "enum": ["error", "warning", "info"]},
          "CheckReport": {
            "description": "Exactly what `lkjip-lint check --format json` prints for the same files.",
            "type": "object", "additionalProperties": false, "required": ["files", "summary"],
            "properties": {
              "files": {"type": "array", "items": {"$ref": "#/components/schemas/FileReport"}},
              "summary": {
                "type": "object", "additionalProperties": false, "required": ["errors", "warnings", "infos"],
                "properties": {"errors": {"type": "integer", "minimum": 0}, "warnings": {"type": "integer", "minimum": 0}, "infos": {"type": "integer", "minimum": 0}}
              }
            }
          },
          "FileReport": {
            "type": "object", "additionalProperties": false, "required": ["path", "diagnostics"],
            "properties": {
              "path": {"type": "string"}, "unit": {"type": "string"}, "year": {"type": "integer"},
              "error": {"type": "string", "description": "Why the file could not be read; no diagnostics then."},
              "diagnostics": {"type": "array", "items": {"$ref": "#/components/schemas/Diagnostic"}}
            }
          },
          "Diagnostic": {
            "type": "object", "additionalProperties": false, "required": ["rule", "severity", "line", "column", "message", "related"],
            "properties": {
              "rule": {"type": "string"}, "severity": {"$ref": "#/components/schemas/Severity"},
              "line": {"type": "integer", "minimum": 1}, "column": {"type": "integer", "minimum": 1},
              "message": {"type": "string"}, "stated": {"type": "string"}, "expected": {"type": "string"},
              "related": {"type": "array", "items": {
                "type": "object", "additionalProperties": false, "required": ["line", "column", "message"],
                "properties": {"line": {"type": "integer"}, "column": {"type": "integer"}, "message": {"type": "string"}}
              }},
              "location": {"type": "string"}, "page": {"type": "integer"}, "paragraph": {"type": "integer"},
              "table": {"type": "integer"}, "row": {"type": "integer"}, "columnName": {"type": "string"}
            }
          },
          "Bundle": {
            "description": "format=bundle: the three downloads from one check (used by the page).",
            "type": "object", "additionalProperties": false, "required": ["json", "html", "csv", "stem"],
            "properties": {"json": {"type": "string"}, "html": {"type": "string"}, "csv": {"type": "string"}, "stem": {"type": "string"}}
          }
        }
      }
    }
    """#
}
