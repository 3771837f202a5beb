"""The store owns every SQL statement (issue 10).

Outside `store/` no module runs SQL (`.execute(` and kin), holds SQL text
(a statement or a `where`/`order by` fragment meant for one) or reaches for
the store's connection (`store.db`, `.conn`) or an SQLite driver: services
and sync call the store's named methods (store/*_repo.py, Store), so a
schema change is made in one layer. Tests, benchmarks and scripts may
tamper with a store on purpose and are not checked.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "forebyg_desktop"
STORE = PACKAGE / "store"

EXECUTE_CALLS = {"execute", "executemany", "executescript"}
CONNECTION_ATTRIBUTES = {"db", "conn"}
DRIVERS = {"sqlite3", "sqlcipher3", "sqlite_utils"}
QUERY_KEYWORDS = {"where", "order_by"}  # Store.find took SQL text under these names

# Keywords in capitals, as SQL is written here; English text in messages and
# docstrings writes them in lower case, so it does not match.
SQL_PATTERNS = [
    re.compile(p)
    for p in (
        r"\bSELECT\b[\s\S]*\bFROM\b",
        r"\bINSERT\s+(OR\s+[A-Z]+\s+)?INTO\b",
        r"\bUPDATE\s+\w+\s+SET\b",
        r"\bDELETE\s+FROM\b",
        r"\bCREATE\s+(TABLE|INDEX|UNIQUE\s+INDEX|VIEW|TRIGGER)\b",
        r"\bALTER\s+TABLE\b",
        r"\bDROP\s+(TABLE|INDEX)\b",
        r"\bPRAGMA\b",
        # fragments of a statement: a `where` with a bound parameter, an ordering
        r"\w\s*(=|!=|<>|<=|>=|<|>)\s*\?",
        r"\bIN\s*\(\s*\?",
        r"\bIS\s+(NOT\s+)?NULL\b",
        r"\bORDER\s+BY\b",
        r"\bGROUP\s+BY\b",
        r"\w\s+(ASC|DESC)\b",
    )
]

# What may stay outside store/ for now, each with why. Keyed by file name and
# function, so an entry survives a module moving to another package.
# Places outside store/ allowed to hold SQL, with the reason (none today; an
# entry must still match a real use, see the last test).
ALLOWED: dict[tuple[str, str], str] = {}


def _modules_outside_store() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if STORE not in p.parents)


def _functions(tree: ast.AST) -> dict[ast.AST, str]:
    """Each node -> the name of the outermost function it is in ("" at module level)."""
    owner: dict[ast.AST, str] = {}
    for top in ast.walk(tree):
        if isinstance(top, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(top):
                owner.setdefault(node, top.name)
    return owner


def _docstrings(tree: ast.AST) -> set[ast.AST]:
    found: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(
            node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
        ) and (
            node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        ):
            found.add(node.body[0].value)
    return found


def _uses(path: Path) -> list[tuple[tuple[str, str], str]]:
    """Every SQL use in the module at `path`: ((file name, function), "file:line what")."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    owner, docs = _functions(tree), _docstrings(tree)
    name = path.relative_to(PACKAGE) if PACKAGE in path.parents else path.name
    found: list[tuple[ast.AST, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in EXECUTE_CALLS:
                found.append((node, f"calls .{node.func.attr}()"))
            found += [
                (node, f"passes a query fragment ({k.arg}=)")
                for k in node.keywords
                if k.arg in QUERY_KEYWORDS
            ]
        elif isinstance(node, ast.Attribute) and node.attr in CONNECTION_ATTRIBUTES:
            found.append((node, f"uses the store's connection (.{node.attr})"))
        elif isinstance(node, ast.Import | ast.ImportFrom):
            modules = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                modules.append(node.module)
            found += [(node, f"imports {m}") for m in modules if m.split(".")[0] in DRIVERS]
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and node not in docs
            and any(p.search(node.value) for p in SQL_PATTERNS)
        ):
            found.append((node, f"holds SQL text {node.value[:60]!r}"))
    return [
        ((path.name, owner.get(node, "")), f"{name}:{node.lineno} {what}")
        for node, what in sorted(found, key=lambda f: (f[0].lineno, f[0].col_offset))
    ]


def offences(path: Path) -> list[str]:
    """Every SQL use in the module at `path` ("file:line what"), allowed ones left out."""
    return [text for where, text in _uses(path) if where not in ALLOWED]


def test_no_sql_outside_the_store() -> None:
    modules = _modules_outside_store()
    assert len(modules) > 50, "the package was not found"
    found = [o for m in modules for o in offences(m)]
    assert found == [], "SQL outside store/ (add a named store method):\n" + "\n".join(found)


def test_every_allowed_exception_is_still_needed() -> None:
    """An allow-list entry nothing needs any more is removed, not left to hide a new use."""
    needed = {where for m in _modules_outside_store() for where, _text in _uses(m)}
    assert set(ALLOWED) - needed == set()


def test_the_check_sees_each_kind_of_sql(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        '"""Reads children: SELECT ... FROM in a docstring is only words."""\n'
        "import sqlcipher3\n"
        "def f(store, cur, child_id, table):\n"
        '    store.db.execute("SELECT id FROM children WHERE deleted = 0")\n'
        '    store.find("assessment", "child_id = ? AND supersedes IS NOT NULL", [child_id])\n'
        '    store.find("handover", order_by="date DESC, id DESC")\n'
        '    cur.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?)", [])\n'
        '    return "Select a child from the list, then update the plan."\n'
    )
    assert sorted(line.split(" ", 1)[1] for line in offences(probe)) == sorted(
        [
            "imports sqlcipher3",
            "calls .execute()",
            "uses the store's connection (.db)",
            "holds SQL text 'SELECT id FROM children WHERE deleted = 0'",
            "holds SQL text 'child_id = ? AND supersedes IS NOT NULL'",
            "passes a query fragment (order_by=)",
            "holds SQL text 'date DESC, id DESC'",
            "calls .executemany()",
            "holds SQL text 'INSERT OR REPLACE INTO '",
        ]
    )
