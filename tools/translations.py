"""The console's translation pipeline: extract, fill, compile and check.

    python tools/translations.py update          # pyside6-lupdate app/console/**/*.py → .ts
    python tools/translations.py export          # what is still untranslated, as a fill skeleton
    python tools/translations.py fill FILE.json  # write translations into the .ts files
    python tools/translations.py build           # pyside6-lrelease .ts → .qm (shipped)
    python tools/translations.py check           # unfinished, placeholders, glossary; exit 1
    python tools/translations.py lint            # user-visible literals not passed through tr()

resources/translations/standby_{sv,nl,it,es}.ts are the source of truth. `update` keeps every
translation they hold. `fill` reads {"source": {"sv": …, "nl": …, "it": …, "es": …}}; a key
"Context|source" applies to that context only. See resources/translations/README.md.
"""

from __future__ import annotations

import argparse
import ast
import copy
import functools
import itertools
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CONSOLE = ROOT / "app" / "console"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("sv", "nl", "it", "es")
LOCALES = {"sv": "sv_SE", "nl": "nl_NL", "it": "it_IT", "es": "es_ES"}
BIN = Path(sys.executable).parent
GONE = ("vanished", "obsolete")

# Domain terms every translation must use (resources/translations/GLOSSARY.md): when the
# English source names the term, the translation must match the language's pattern.
GLOSSARY_CHECK: dict[str, dict[str, str]] = {
    r"\bfail(ed|ing|s)?[ -]?over": {
        "sv": r"redundans",
        "nl": r"failover",
        "it": r"failover",
        "es": r"conmuta\w* por error",
    },
    r"\bfail(ed|ing|s)?[ -]?back": {
        "sv": r"återställ",
        "nl": r"failback",
        "it": r"failback",
        "es": r"conmuta\w* por recuperaci[oó]n",
    },
    r"\brecovery plans?\b": {
        "sv": r"återställningsplan",
        "nl": r"herstelplan",
        "it": r"pian[oi] di ripristino",
        "es": r"plan(es)? de recuperaci[oó]n",
    },
    r"\brecovery points?\b": {
        "sv": r"återställningspunkt",
        "nl": r"herstelpunt",
        "it": r"punt[oi] di ripristino",
        "es": r"puntos? de recuperaci[oó]n",
    },
    r"\breverse[ -]replicat": {
        "sv": r"omvänd\w* replikering",
        "nl": r"omgekeerde replicatie",
        "it": r"replica inversa",
        "es": r"replicaci[oó]n inversa",
    },
    r"\breplication polic": {
        "sv": r"replikeringsprincip",
        "nl": r"replicatiebeleid",
        "it": r"criteri[o]? di replica",
        "es": r"directivas? de replicaci[oó]n",
    },
    r"\bvaults?\b": {
        "sv": r"valv",
        "nl": r"kluis",
        "it": r"insiem[ei] di credenziali",
        "es": r"almac[eé]n",
    },
}


# --- the .ts files ------------------------------------------------------------------------


class Message:
    def __init__(self, context: ET.Element, element: ET.Element):
        self.context_element = context
        self.element = element

    @property
    def context(self) -> str:
        return self.context_element.findtext("name") or ""

    @property
    def source(self) -> str:
        return self.element.findtext("source") or ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.element.findtext("comment") or "")

    @property
    def translation_element(self) -> ET.Element:
        found = self.element.find("translation")
        if found is None:
            found = ET.SubElement(self.element, "translation", type="unfinished")
        return found

    @property
    def translation(self) -> str:
        element = self.translation_element
        forms = element.findall("numerusform")
        return (forms[0].text or "") if forms else (element.text or "")

    @property
    def finished(self) -> bool:
        element = self.translation_element
        return element.get("type") not in ("unfinished", *GONE) and bool(self.translation)

    @property
    def translation_kept(self) -> bool:
        """A finished translation of a string lupdate dropped or marked vanished."""
        element = self.translation_element
        return element.get("type") in GONE and bool(self.translation)

    def set_translation(self, text: str | list[str]) -> None:
        element = self.translation_element
        element.attrib.pop("type", None)
        if self.element.get("numerus") == "yes":
            for form in list(element):
                element.remove(form)
            for form in [text] * 2 if isinstance(text, str) else text:
                ET.SubElement(element, "numerusform").text = form
        else:
            element.text = text if isinstance(text, str) else text[0]


class Catalog:
    def __init__(self, tree: ET.ElementTree):
        self.tree = tree
        self.root = tree.getroot()

    @classmethod
    def load(cls, path: Path) -> Catalog:
        return cls(ET.parse(path))

    def save(self, path: Path) -> None:
        contexts = sorted(self.root.findall("context"), key=lambda c: c.findtext("name") or "")
        for context in list(self.root):
            self.root.remove(context)
        for context in contexts:
            if context.find("message") is not None:
                self.root.append(context)
        ET.indent(self.tree, space="    ")
        body = ET.tostring(self.root, encoding="unicode")
        path.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
        )

    def messages(self, *, all_: bool = False) -> list[Message]:
        found = [
            Message(context, element)
            for context in self.root.findall("context")
            for element in context.findall("message")
        ]
        return (
            found if all_ else [m for m in found if m.translation_element.get("type") not in GONE]
        )

    def context(self, name: str) -> ET.Element:
        for context in self.root.findall("context"):
            if context.findtext("name") == name:
                return context
        context = ET.SubElement(self.root, "context")
        ET.SubElement(context, "name").text = name
        return context

    def counts(self) -> tuple[int, int]:
        messages = self.messages()
        return sum(m.finished for m in messages), len(messages)

    def drop_line_numbers(self) -> None:
        """Locations name the file only: a line moving in the code changes no catalogue, so
        `update` on an unchanged tree rewrites nothing (each file named once per message)."""
        for message in self.messages(all_=True):
            seen: set[str] = set()
            for location in message.element.findall("location"):
                location.attrib.pop("line", None)
                name = location.get("filename", "")
                if name in seen:
                    message.element.remove(location)
                seen.add(name)

    def mark_plurals(self) -> None:
        """lupdate reads plural forms from self.tr(text, "", n) only, not from
        QCoreApplication.translate(context, text, "", n): every "%n" text is a plural one."""
        for message in self.messages():
            if "%n" in message.source and message.element.get("numerus") != "yes":
                message.element.set("numerus", "yes")
                element = message.translation_element
                if element.find("numerusform") is None:
                    ET.SubElement(element, "numerusform").text = element.text or ""
                    element.text = None

    def keep_translations(self, before: Catalog) -> None:
        """Give every untranslated message the translation `before` had for it: in the same
        context, else (a class renamed, a string moved) the same source text elsewhere."""
        finished = [m for m in before.messages(all_=True) if m.finished or m.translation_kept]
        exact = {m.key: m.translation_element for m in finished}
        by_source = {m.source: m.translation_element for m in reversed(finished)}
        for message in self.messages():
            old = exact.get(message.key) or by_source.get(message.source)
            if not message.finished and old is not None:
                message.element.remove(message.translation_element)
                kept = copy.deepcopy(old)
                kept.attrib.pop("type", None)
                message.element.append(kept)


# Modules whose tr() is handed in by a caller with another context, and that do not (yet)
# declare it themselves with TR_CONTEXT = "…" (the way to say it in the module); and
# `other.tr(…)` calls, which lupdate files under the variable's name.
CONTEXT_OF: dict[str, str] = {"app/console/plans/rules.py": "PlanRules"}
HELPERS = ("tr", "_tr")  # module-level helpers lupdate reads (-tr-function-alias tr+=_tr)
RENAMED: dict[tuple[str, str], str] = {
    ("app/console/drill/menu.py", "window"): "MainWindow",
    ("app/console/drill/pages.py", "page"): "FailoverPage CleanupPage",  # both call it
}


def _module_tree(path: Path) -> ast.Module | None:
    try:
        return ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return None


@functools.cache
def declared_context(path: Path) -> str | None:
    """A module's TR_CONTEXT = "X": every tr() in it is translated in context X at run time."""
    tree = _module_tree(path)
    for node in tree.body if tree else []:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and any(isinstance(t, ast.Name) and t.id == "TR_CONTEXT" for t in node.targets)
        ):
            return str(node.value.value)
    rel = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else ""
    return CONTEXT_OF.get(rel)


@functools.cache
def helper_context(path: Path) -> str | None:
    """The context of a module's tr() calls made outside any class: its TR_CONTEXT, or the
    literal context of its module-level `def tr(text): return ….translate("X", text)`, or of
    the one it imports (`from .flow import tr`)."""
    declared = declared_context(path)
    tree = _module_tree(path)
    if declared or tree is None:
        return declared
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in HELPERS:
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr == "translate"
                    and inner.args
                ):
                    first = inner.args[0]
                    if isinstance(first, ast.Constant):
                        return str(first.value)
                    if isinstance(first, ast.Name) and first.id in constants:
                        return str(constants[first.id])
        if (
            isinstance(node, ast.ImportFrom)
            and node.level
            and any((alias.asname or alias.name) in HELPERS for alias in node.names)
        ):
            base = path.parent
            for _ in range(node.level - 1):
                base = base.parent
            module = base.joinpath(*(node.module or "__init__").split("."))
            return helper_context(module.with_suffix(".py"))
    return None


def relocate_helper_contexts(catalog: Catalog, base: Path) -> list[str]:
    """Put each message where the console looks it up at run time. lupdate files tr() calls
    made outside a class under the empty context (they go through the module's helper), and
    a module with TR_CONTEXT has every message in that context."""
    unknown = []
    for message in catalog.messages():
        by_context: dict[str, list[ET.Element]] = {}
        for location in message.element.findall("location"):
            path = (base / location.get("filename", "")).resolve()
            rel = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else ""
            context = (
                declared_context(path)
                or RENAMED.get((rel, message.context))
                or message.context
                or helper_context(path)
            )
            if not context:
                where = f"{path.relative_to(ROOT)}:{location.get('line')}"
                unknown.append(f"{where} {message.source!r}")
            for name in (context or "").split() or [""]:
                by_context.setdefault(name, []).append(location)
        if set(by_context) == {message.context}:
            continue
        message.context_element.remove(message.element)
        for context_name, locations in by_context.items():
            target = catalog.context(context_name)
            twin = next(
                (e for e in target.findall("message") if e.findtext("source") == message.source),
                None,
            )
            if twin is None:
                twin = copy.deepcopy(message.element)
                for location in twin.findall("location"):
                    twin.remove(location)
                for index, location in enumerate(locations):
                    twin.insert(index, copy.deepcopy(location))
                target.append(twin)
            else:
                for location in locations:
                    twin.insert(0, copy.deepcopy(location))
    return unknown


def dynamic_source() -> str:
    """QT_TRANSLATE_NOOP lines for texts the console translates from domain values: enum
    words (fmt.words) and operation labels, in the contexts that translate them."""
    from app.console.i18n import reason_parts
    from app.domain import enums as e
    from app.domain.alert_text import ALERT_TEXTS
    from app.domain.health import REASON_TEXTS
    from app.domain.operations import OPERATION_LABELS, ItemStatus, check
    from app.domain.step_text import TEXTS

    def words(enum: type) -> list[str]:
        return [
            (v.value.replace("-", " ")[:1].upper() + v.value.replace("-", " ")[1:]) for v in enum
        ]

    labels = list(OPERATION_LABELS.values())
    reasons: list[str] = []  # every refusal the operation table can give, part by part
    for operation, replication, drill, location in itertools.product(
        e.Operation, e.ReplicationState, e.TestFailoverState, e.ActiveLocation
    ):
        verdict = check(operation, ItemStatus(replication, drill, location))
        reasons += reason_parts(verdict.reason) if not verdict.allowed else []
    table = {
        "ReplicationState": words(e.ReplicationState),
        "Health": words(e.Health),
        "Actions": labels,
        "FabricText": words(e.ActiveLocation) + words(e.PowerState),
        "JobsModel": labels + words(e.JobState),
        "AlertsModel": words(e.Severity),
        "JobsPane": labels + words(e.JobState),
        "VmPane": words(e.RecoveryPointKind) + words(e.PowerState) + words(e.ActiveLocation),
        "OperationReason": sorted(set(reasons)),
        "StepText": list(TEXTS.values()),  # job steps' names and lines (app/console/job_text)
        "HealthText": list(REASON_TEXTS.values()),  # health reasons (app/console/reason_text)
        "AlertText": list(ALERT_TEXTS.values()),  # alerts (app/console/alert_text)
    }
    lines = ["# Generated by tools/translations.py update; deleted after the run.", "TEXTS = ["]
    for context, texts in table.items():
        lines += [f"    QT_TRANSLATE_NOOP({context!r}, {text!r})," for text in dict.fromkeys(texts)]
    return "\n".join([*lines, "]", ""])


# --- lint: user-visible literals that skip tr() -------------------------------------------

TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText", "setTitle",
    "setSubTitle", "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "addTab",
    "insertTab", "setTabText", "addMenu", "addAction", "setHeaderLabels", "showMessage",
    "setHorizontalHeaderLabels", "setButtonText", "setLabelText", "addRow", "addItem", "addItems",
    "setItemText", "setInformativeText", "setDetailedText", "setSuffix", "setPrefix",
    "setSpecialValueText", "setFormat", "QLabel", "QPushButton", "QAction", "QCheckBox",
    "QRadioButton", "QGroupBox", "QMenu", "QToolButton", "QCommandLinkButton", "QMessageBox",
    "QTreeWidgetItem", "QListWidgetItem", "QStandardItem", "QWizardPage", "setDefaultSuffix",
}  # fmt: skip
TRANSLATORS = {"tr", "translate", "_tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _visible(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[A-Za-z]{2}", node.value)) and "://" not in node.value
    if isinstance(node, ast.JoinedStr):
        return any(_visible(v) for v in node.values)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_visible(v) for v in node.elts)
    return False


def lint_paths(paths: list[Path]) -> list[tuple[str, str]]:
    findings = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if name in TRANSLATORS and any(isinstance(a, ast.JoinedStr) for a in node.args):
                findings.append((where, "f-string inside tr(): use tr('… {0}').format(…)"))
            elif name in TEXT_CALLS:
                for arg in node.args:
                    if _visible(arg):
                        findings.append((where, f"{name}({ast.unparse(arg)[:70]})"))
    return findings


# --- commands -----------------------------------------------------------------------------


def tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        sys.exit(f"{name} not found next to {sys.executable}: pip install PySide6-Essentials")
    return str(path)


def ts_path(language: str) -> Path:
    return TS_DIR / f"standby_{language}.ts"


def console_sources() -> list[Path]:
    return sorted(p for p in CONSOLE.rglob("*.py") if "__pycache__" not in p.parts)


def extract(path: Path, language: str, sources: list[str]) -> tuple[Catalog, list[str]]:
    """Run lupdate into `path` (a .ts in TS_DIR), keeping the translations it holds."""
    before = Catalog.load(path) if path.exists() else None
    if before is not None:
        before.mark_plurals()  # a file lupdate can read back
        before.save(path)
    command = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "absolute"]
    command += ["-tr-function-alias", "tr+=_tr", "-target-language", LOCALES[language]]
    # lupdate notes plural forms it trims from messages marked by mark_plurals(): noise
    done = subprocess.run([*command, *sources, "-ts", str(path)], capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"pyside6-lupdate failed:\n{done.stdout}{done.stderr}")
    catalog = Catalog.load(path)
    unknown = relocate_helper_contexts(catalog, TS_DIR)
    catalog.drop_line_numbers()
    catalog.mark_plurals()
    if before is not None:
        catalog.keep_translations(before)
    catalog.save(path)
    return catalog, unknown


class Sources:
    """The console's sources plus the generated file of domain texts, while in use."""

    def __enter__(self) -> list[str]:
        TS_DIR.mkdir(parents=True, exist_ok=True)
        self.generated = TS_DIR / ".dynamic_strings.py"
        self.generated.write_text(dynamic_source(), encoding="utf-8")
        return [*map(str, console_sources()), str(self.generated)]

    def __exit__(self, *_exc: object) -> None:
        self.generated.unlink(missing_ok=True)


def cmd_update(_args: argparse.Namespace) -> int:
    with Sources() as sources:
        for language in LANGUAGES:
            catalog, unknown = extract(ts_path(language), language, sources)
            done, total = catalog.counts()
            print(f"{ts_path(language).name}: {total} messages, {done} translated")
            if language == LANGUAGES[0]:
                for where in unknown:
                    print(f"  no translation context for tr() at {where}", file=sys.stderr)
    return 0


def cmd_fill(args: argparse.Namespace) -> int:
    table: dict[str, dict[str, str]] = {}
    for name in args.files:
        table.update(json.loads(Path(name).read_text(encoding="utf-8")))
    for language in LANGUAGES:
        path = ts_path(language)
        catalog = Catalog.load(path)
        filled = 0
        for message in catalog.messages():
            entry = table.get(f"{message.context}|{message.source}") or table.get(message.source)
            if entry and entry.get(language):
                message.set_translation(entry[language])
                filled += 1
        catalog.save(path)
        print(f"{path.name}: {filled} filled")
    return 0


def cmd_export(_args: argparse.Namespace) -> int:
    wanted: dict[str, dict] = {}
    for language in LANGUAGES:
        for message in Catalog.load(ts_path(language)).messages():
            if not message.finished:
                entry = wanted.setdefault(message.source, {"contexts": []})
                if message.context not in entry["contexts"]:
                    entry["contexts"].append(message.context)
                entry[language] = ""
    lines = [
        f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
        for k, v in wanted.items()
    ]
    print("{\n" + ",\n".join(lines) + "\n}")
    return 0


def cmd_build(_args: argparse.Namespace) -> int:
    for language in LANGUAGES:
        path = ts_path(language)
        qm = path.with_suffix(".qm")
        command = [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(path)]
        subprocess.run([*command, "-qm", str(qm)], check=True)
        print(f"{qm.name}: {qm.stat().st_size} bytes")
    return 0


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
ENDINGS = ("…", "...", ".", ":", "?", "!")


def accelerators(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def problems(message: Message, language: str) -> list[str]:
    source, text = message.source, message.translation
    if not message.finished:
        return ["unfinished"]
    found = []
    forms = [f.text or "" for f in message.translation_element.findall("numerusform")]
    for form in forms or [text]:
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)):
            found.append(f"placeholders differ: {form!r}")
    if accelerators(source) != accelerators(text):
        found.append(f"&-accelerators differ: {text!r}")
    ending = next((e for e in ENDINGS if source.endswith(e)), "")
    if ending and not text.endswith(ending):
        found.append(f"should end with {ending!r}: {text!r}")
    if source[:1].isspace() != text[:1].isspace() or source[-1:].isspace() != text[-1:].isspace():
        found.append(f"leading/trailing space differs: {text!r}")
    if source.count("\n") != text.count("\n"):
        found.append(f"line breaks differ: {text!r}")
    for english, required in GLOSSARY_CHECK.items():
        if re.search(english, source, re.IGNORECASE) and not re.search(
            required[language], text, re.IGNORECASE
        ):
            found.append(f"glossary: {english!r} needs {required[language]!r}: {text!r}")
    return found


def fresh_keys(language: str) -> set[tuple[str, str, str]]:
    """The messages an update would write now (into a scratch copy of the .ts)."""
    scratch = TS_DIR / f".check_{language}.ts"
    try:
        with Sources() as sources:
            catalog, _unknown = extract(scratch, language, sources)
        return {m.key for m in catalog.messages()}
    finally:
        scratch.unlink(missing_ok=True)


def compiled_matches(path: Path) -> bool:
    """Whether the committed .qm is what lrelease makes of the .ts now (not by file times:
    a fresh clone's times say nothing)."""
    qm, scratch = path.with_suffix(".qm"), TS_DIR / f".check_{path.stem}.qm"
    try:
        command = [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(path)]
        subprocess.run([*command, "-qm", str(scratch)], check=True)
        return qm.exists() and qm.read_bytes() == scratch.read_bytes()
    finally:
        scratch.unlink(missing_ok=True)


def cmd_check(args: argparse.Namespace) -> int:
    failed = False
    for language in LANGUAGES:
        path = ts_path(language)
        if not path.exists():
            print(f"{path.name}: missing (run update)")
            failed = True
            continue
        catalog = Catalog.load(path)
        issues = [(m, p) for m in catalog.messages() for p in problems(m, language)]
        issues += [
            (m, "tr() outside a class, no context") for m in catalog.messages() if not m.context
        ]
        issues += [  # `window.tr(…)`: lupdate names the variable, Qt looks up the class
            (m, "context is a variable's name: see RENAMED in tools/translations.py")
            for m in catalog.messages()
            if m.context[:1].islower()
        ]
        unfinished = sum(p == "unfinished" for _m, p in issues)
        done, total = catalog.counts()
        print(
            f"{path.name}: {total} messages, {done} translated, {unfinished} unfinished, "
            f"{len(issues) - unfinished} other problems"
        )
        for message, problem in issues:
            print(f"  [{message.context}] {message.source!r}: {problem}")
        known = {m.key for m in catalog.messages()}
        fresh = known if args.catalogue_only else fresh_keys(language)
        for context, source, _comment in sorted(fresh - known):
            print(f"  [{context}] {source!r}: missing from {path.name} (run update)")
        for context, source, _comment in sorted(known - fresh):
            print(f"  [{context}] {source!r}: no longer in the code (run update)")
        if not compiled_matches(path):
            print(f"  {path.with_suffix('.qm').name} is not built from {path.name}: run build")
            failed = True
        failed = failed or fresh != known
        failed = failed or bool(issues)
    return 1 if failed else 0


def cmd_lint(_args: argparse.Namespace) -> int:
    findings = lint_paths(console_sources())
    for where, text in findings:
        print(f"{where}: {text}")
    print(f"{len(findings)} user-visible literal(s) not passed through tr()")
    return 1 if findings else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name, func in (
        ("update", cmd_update),
        ("export", cmd_export),
        ("build", cmd_build),
        ("check", cmd_check),
        ("lint", cmd_lint),
    ):
        sub.add_parser(name).set_defaults(func=func)
    check = sub.choices["check"]
    check.add_argument(
        "--catalogue-only",
        action="store_true",
        help="check the .ts/.qm files as they are, without extracting the code's strings",
    )
    fill = sub.add_parser("fill")
    fill.add_argument("files", nargs="+")
    fill.set_defaults(func=cmd_fill)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
