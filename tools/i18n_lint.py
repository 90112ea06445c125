"""Find user-visible strings that never reach a translator.

``pyside6-lupdate`` only extracts ``tr("literal")`` and ``translate("Context", "literal")`` calls
it can read; PySide's ``self.tr`` looks strings up under the *runtime* class name. So these
slip through silently and show in English in every language:

* a non-literal text or context: f-strings, ``"a" + b``, ``"x {n}".format(...)`` *inside* the
  call, a variable (typically a ``def _tr(text): return translate("Ctx", text)`` helper — its
  callers are never extracted);
* ``other.tr(...)``: lupdate files the text under the *variable name* (``dialog``), Qt looks it up
  under the object's class (``QProgressDialog``);
* ``self.tr`` in a class that another class inherits from: at run time the subclass's name is the
  context, so the base class's texts are not found;
* ``self.tr`` outside a class (empty context);
* a literal call that lupdate does not extract for a syntax reason (checked against lupdate's
  own output).

Usage: ``python tools/i18n_lint.py [FILES...]`` (default: the translated sources); prints
``file:line: problem`` and exits 1 when there is one.

``python tools/i18n_lint.py --fix FILES...`` rewrites the commonest slip mechanically: calls of a
module-level helper ``def _t(text): return translate(CTX, text)`` become
``translate("Context", "literal")`` (and ``translate(CTX, ...)`` gets the literal context); the
helper is removed once nothing uses it. It prints the lines that became longer than 100
characters, to rewrap by hand.
"""

from __future__ import annotations

import ast
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from update_translations import run_lupdate, source_files  # noqa: E402


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        try:
            shown = self.path.relative_to(ROOT)
        except ValueError:
            shown = self.path
        return f"{shown}:{self.line}: {self.text}"


@dataclass(frozen=True)
class Call:
    """A translation call whose context and source are literals."""

    path: Path
    line: int
    context: str
    source: str


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


_QT_APPS = frozenset({"QCoreApplication", "QApplication", "QGuiApplication"})


def _is_qt_translate(func: ast.expr, node: ast.Call) -> bool:
    """Our translate()/Qt's, not a painter's or a canvas's ``translate(dx, dy)``."""
    if isinstance(func, ast.Name):
        return True
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
            and func.value.id in _QT_APPS | {"i18n"}:
        return True
    return _literal(node.args[0]) is not None or _literal(node.args[1]) is not None


def _names_translate(node: ast.expr) -> bool:
    """``translate`` or ``X.translate`` used as a value (not called)."""
    return (isinstance(node, ast.Name) and node.id == "translate") or (
        isinstance(node, ast.Attribute) and node.attr == "translate")


def _describe(node: ast.expr) -> str:
    if isinstance(node, ast.JoinedStr):
        return "an f-string"
    if isinstance(node, ast.BinOp):
        return "a string built with an operator"
    if isinstance(node, ast.Call):
        return "the result of a call (format before translating?)"
    if isinstance(node, ast.Name):
        return f"the variable {node.id!r}"
    return "not a string literal"


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.functions: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
        self.calls: list[Call] = []
        self.problems: list[Problem] = []
        self.tr_classes: dict[str, int] = {}  # class name -> first line using self.tr
        self.bases: dict[str, tuple[list[str], int]] = {}  # class -> (base names, line)

    def _problem(self, node: ast.AST, text: str) -> None:
        self.problems.append(Problem(self.path, getattr(node, "lineno", 0), text))

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        names = []
        for base in node.bases:
            if isinstance(base, ast.Name):
                names.append(base.id)
            elif isinstance(base, ast.Subscript) and isinstance(base.value, ast.Name):
                names.append(base.value.id)  # Generic[...] style
        self.bases[node.name] = (names, node.lineno)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.functions.append(node)
        self.generic_visit(node)
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def _helper_parameter(self, node: ast.expr) -> str | None:
        """The enclosing function's name when ``node`` is one of its parameters (a _t helper)."""
        if not self.functions or not isinstance(node, ast.Name):
            return None
        function = self.functions[-1]
        if node.id in {a.arg for a in function.args.args}:
            return function.name
        return None

    def visit_Assign(self, node: ast.Assign) -> None:
        """``t = translate`` or ``t = functools.partial(translate, "Ctx")``: lupdate extracts
        only calls spelled ``translate(...)``/``tr(...)``, so every ``t("text")`` is lost."""
        value = node.value
        target = ast.unparse(node.targets[0]) if node.targets else "?"
        if _names_translate(value):
            self._problem(node, f"{target} = {ast.unparse(value)}: texts passed to {target}() "
                                "never reach lupdate; call translate(\"Context\", \"text\")")
        elif isinstance(value, ast.Call) and value.args and _names_translate(value.args[0]) \
                and ast.unparse(value.func).split(".")[-1] == "partial":
            self._problem(node, f"{target} = partial(translate, ...): texts passed to "
                                f"{target}() never reach lupdate; call "
                                "translate(\"Context\", \"text\")")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else (
            func.id if isinstance(func, ast.Name) else "")
        if name == "tr" and node.args:
            self._tr(node, func)
        elif name == "translate" and len(node.args) >= 2 and _is_qt_translate(func, node):
            self._translate(node)
        self.generic_visit(node)

    def _tr(self, node: ast.Call, func: ast.expr) -> None:
        source = _literal(node.args[0])
        if source is None:
            self._problem(node, f"tr() gets {_describe(node.args[0])}; lupdate cannot extract "
                                "it (pass a literal, format afterwards)")
            return
        if isinstance(func, ast.Attribute):
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id == "self":
                if not self.classes:
                    self._problem(node, "self.tr() outside a class has no context")
                    return
                context = self.classes[-1]
                self.tr_classes.setdefault(context, node.lineno)
            elif isinstance(owner, ast.Name) and owner.id[:1].isupper():
                context = owner.id
            else:
                self._problem(node, f"{ast.unparse(owner)}.tr(): lupdate files this under "
                                    f"{ast.unparse(owner)!r}, Qt looks it up under the "
                                    "object's class; use self.tr() or "
                                    "QCoreApplication.translate(\"Context\", ...)")
                return
        else:
            self._problem(node, "tr() called as a plain function: lupdate files it under the "
                                "first argument as context; use QCoreApplication.translate() "
                                "(--fix rewrites `tr = QCoreApplication.translate` aliases)")
            return
        self.calls.append(Call(self.path, node.lineno, context, source))

    def _translate(self, node: ast.Call) -> None:
        context, source = _literal(node.args[0]), _literal(node.args[1])
        helper = self._helper_parameter(node.args[1])
        if helper is not None:
            self._problem(node, f"helper {helper}(): lupdate never extracts the texts passed to "
                                "it; `tools/i18n_lint.py --fix FILE` rewrites its calls as "
                                "translate(\"Context\", \"text\")")
            return
        if context is None:
            self._problem(node, f"translate() context is {_describe(node.args[0])}; it must be "
                                "a string literal")
            return
        if source is None:
            self._problem(node, f"translate({context!r}, ...) gets {_describe(node.args[1])}; "
                                "lupdate cannot extract it (callers of a helper like _tr() are "
                                "never extracted: call translate() with literals)")
            return
        self.calls.append(Call(self.path, node.lineno, context, source))


def scan(files: list[Path]) -> tuple[list[Call], list[Problem]]:
    """Literal translation calls and the problems found, by reading the code (no lupdate)."""
    calls: list[Call] = []
    problems: list[Problem] = []
    tr_classes: dict[str, tuple[Path, int]] = {}
    bases: dict[str, tuple[Path, list[str], int]] = {}
    for path in files:
        visitor = _Visitor(path)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        calls += visitor.calls
        problems += visitor.problems
        for cls, line in visitor.tr_classes.items():
            tr_classes.setdefault(cls, (path, line))
        for cls, (names, line) in visitor.bases.items():
            bases[cls] = (path, names, line)
    for cls, (path, names, line) in bases.items():
        for base in names:
            if base in tr_classes and base != cls:
                base_path, base_line = tr_classes[base]
                shown = base_path.relative_to(ROOT) if base_path.is_relative_to(ROOT) \
                    else base_path
                problems.append(Problem(
                    path, line,
                    f"{cls} inherits {base}, whose self.tr() texts ({shown}:{base_line}) are "
                    f"then looked up under {cls!r} and stay untranslated; use "
                    f"QCoreApplication.translate({base!r}, ...) in {base}"))
    return calls, problems


def extracted(files: list[Path]) -> set[tuple[str, str]]:
    """(context, source) pairs that pyside6-lupdate actually extracts from ``files``."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "lint_fr.ts"
        run_lupdate([ts], files=files, quiet=True)
        root = ET.parse(ts).getroot()
        return {
            (ctx.findtext("name") or "", msg.findtext("source") or "")
            for ctx in root.iter("context") for msg in ctx.iter("message")
        }


def lint(files: list[Path] | None = None) -> list[Problem]:
    files = files if files is not None else source_files()
    calls, problems = scan(files)
    found = extracted(files)
    for call in calls:
        if (call.context, call.source) not in found:
            problems.append(Problem(call.path, call.line,
                                    f"lupdate does not extract {call.source!r} "
                                    f"(context {call.context!r}); write the call on its own, "
                                    "outside f-strings and with plain string literals"))
    return sorted(problems, key=lambda p: (str(p.path), p.line))


@dataclass(frozen=True)
class _Wrapper:
    callee: str  # "translate" or "QCoreApplication.translate"
    context: str
    node: ast.FunctionDef


def _string_constants(tree: ast.Module) -> dict[str, str]:
    constants: dict[str, str] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                and isinstance(stmt.targets[0], ast.Name):
            value = _literal(stmt.value)
            if value is not None:
                constants[stmt.targets[0].id] = value
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            value = _literal(stmt.value)
            if value is not None:
                constants[stmt.target.id] = value
    return constants


def _context_of(node: ast.expr, constants: dict[str, str]) -> str | None:
    literal = _literal(node)
    if literal is not None:
        return literal
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _wrappers(tree: ast.Module, constants: dict[str, str]) -> dict[str, _Wrapper]:
    found: dict[str, _Wrapper] = {}
    for stmt in ast.walk(tree):
        if not isinstance(stmt, ast.FunctionDef) or len(stmt.args.args) != 1:
            continue
        body = [s for s in stmt.body
                if not (isinstance(s, ast.Expr) and _literal(s.value) is not None)]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if not isinstance(call, ast.Call) or len(call.args) != 2 or call.keywords:
            continue
        callee = ast.unparse(call.func)
        if callee.rsplit(".", 1)[-1] != "translate":
            continue
        argument = call.args[1]
        if not (isinstance(argument, ast.Name) and argument.id == stmt.args.args[0].arg):
            continue
        context = _context_of(call.args[0], constants)
        if context is not None:
            found[stmt.name] = _Wrapper(callee, context, stmt)
    return found


def _aliases(tree: ast.Module) -> dict[str, ast.Assign]:
    """``tr = QCoreApplication.translate``: names that stand for a translate function."""
    found: dict[str, ast.Assign] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) \
                and isinstance(node.value, ast.Attribute | ast.Name) \
                and ast.unparse(node.value).rsplit(".", 1)[-1] == "translate" \
                and node.targets[0].id != "translate":
            found[node.targets[0].id] = node
    return found


def _offsets(source: bytes) -> list[int]:
    starts = [0]
    for index, byte in enumerate(source):
        if byte == 0x0A:
            starts.append(index + 1)
    return starts


def fix_file(path: Path) -> list[str]:
    """Rewrite helper-wrapped and constant-context translate calls; returns notes for the user."""
    text = path.read_text(encoding="utf-8")
    data = text.encode("utf-8")
    tree = ast.parse(text, str(path))
    constants = _string_constants(tree)
    wrappers = _wrappers(tree, constants)
    aliases = _aliases(tree)
    starts = _offsets(data)

    def span(node: ast.expr) -> tuple[int, int]:
        assert node.end_lineno is not None and node.end_col_offset is not None
        return (starts[node.lineno - 1] + node.col_offset,
                starts[node.end_lineno - 1] + node.end_col_offset)

    def segment(node: ast.expr) -> str:
        begin, end = span(node)
        return data[begin:end].decode("utf-8")

    edits: list[tuple[int, int, str]] = []
    rewritten: set[int] = set()  # id() of the Name nodes of rewritten wrapper calls
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in aliases and len(node.args) >= 2 \
                and _context_of(node.args[0], constants) is not None \
                and _literal(node.args[1]) is not None:
            callee = ast.unparse(aliases[node.func.id].value)
            begin, end = span(node.func)
            edits.append((begin, end, callee))
            rewritten.add(id(node.func))
            if _literal(node.args[0]) is None:
                begin, end = span(node.args[0])
                edits.append((begin, end, f'"{_context_of(node.args[0], constants)}"'))
            continue
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in wrappers and len(node.args) == 1 and not node.keywords \
                and _literal(node.args[0]) is not None:
            wrapper = wrappers[node.func.id]
            begin, end = span(node)
            edits.append((begin, end, f'{wrapper.callee}("{wrapper.context}", '
                                      f"{segment(node.args[0])})"))
            rewritten.add(id(node.func))
        elif isinstance(node, ast.Call) and len(node.args) >= 2 \
                and ast.unparse(node.func).rsplit(".", 1)[-1] == "translate" \
                and isinstance(node.args[0], ast.Name) and node.args[0].id in constants \
                and _literal(node.args[1]) is not None:
            begin, end = span(node.args[0])
            edits.append((begin, end, f'"{constants[node.args[0].id]}"'))
    remaining = dict.fromkeys([*wrappers, *aliases], 0)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in remaining \
                and isinstance(node.ctx, ast.Load) and id(node) not in rewritten:
            remaining[node.id] += 1
    notes: list[str] = []
    removable: list[tuple[str, ast.stmt]] = [(n, w.node) for n, w in wrappers.items()]
    removable += list(aliases.items())
    for name, node in removable:
        if remaining[name] > 0 or _imported_elsewhere(path, name):
            notes.append(f"{path}:{node.lineno}: {name} is still used otherwise or imported "
                         "elsewhere; left in place")
            continue
        begin = starts[node.lineno - 1]
        assert node.end_lineno is not None
        end_line = node.end_lineno
        while end_line < len(starts) - 1 and data[starts[end_line]:starts[end_line] + 1] == b"\n" \
                and end_line - node.end_lineno < 2:
            end_line += 1
        end = starts[end_line] if end_line < len(starts) else len(data)
        edits.append((begin, end, ""))
    if not edits:
        return notes
    edits.sort(reverse=True)
    for begin, end, replacement in edits:
        data = data[:begin] + replacement.encode("utf-8") + data[end:]
    new_text = data.decode("utf-8")
    path.write_text(new_text, encoding="utf-8")
    for number, line in enumerate(new_text.splitlines(), 1):
        if len(line) > 100:
            notes.append(f"{path}:{number}: longer than 100 characters now; rewrap it")
    return notes


def _imported_elsewhere(path: Path, name: str) -> bool:
    if not path.resolve().is_relative_to(ROOT):
        return False
    module = ".".join(path.resolve().relative_to(ROOT).with_suffix("").parts)
    needle = f"from {module} import"
    for other in source_files():
        if other.resolve() == path.resolve():
            continue
        text = other.read_text(encoding="utf-8")
        if needle in text and name in text:
            return True
    return False


def main(argv: list[str]) -> int:
    if argv[:1] == ["--fix"]:
        for name in argv[1:]:
            for note in fix_file(Path(name).resolve()):
                print(note)
        return 0
    files = [Path(a).resolve() for a in argv] or None
    problems = lint(files)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
