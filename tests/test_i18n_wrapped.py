"""Every user-facing string in the GUI goes through Qt's translation, with a literal
argument lupdate can find."""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[1] / "guardian_desktop" / "gui"

TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "setTitle",
    "setSubTitle", "addItem", "setInformativeText", "setDetailedText", "setLabelText",
    "setPrefix", "setSuffix", "setSpecialValueText", "showMessage", "addButton", "addTab",
    "setTabText", "setHeaderLabels", "setHorizontalHeaderLabels", "addAction", "setButtonText",
    "setWindowIconText", "insertItem", "setItemText", "setDisplayFormat",
}  # fmt: skip
TEXT_WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QCommandLinkButton", "QMenu",
}  # fmt: skip
TRANSLATE = {"tr", "translate"}
# Wrappers hide the text from lupdate, so its strings would never be translated.
WRAPPERS = {"_tr", "qtr", "_", "tr_"}
# Not words for a person: date formats and the like.
ALLOWED = {"yyyy-MM-dd HH:mm", "yyyy-MM-dd", "HH:mm", "dd/MM/yyyy HH:mm", "dd/MM/yyyy"}


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _is_words(node: ast.AST) -> bool:
    if isinstance(node, ast.JoinedStr):
        # f"{n}. {title}" joins translated parts; words inside the f-string are not.
        return any(_is_words(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value.strip()
        return any(ch.isalpha() for ch in text) and text not in ALLOWED
    if isinstance(node, ast.List | ast.Tuple):
        return any(_is_words(e) for e in node.elts)
    if isinstance(node, ast.BinOp):
        return _is_words(node.left) or _is_words(node.right)
    return False


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # The one-line wrappers (def _tr(text): return translate("Ctx", text)) pass text on.
    wrappers = {
        id(n)
        for f in ast.walk(tree)
        if isinstance(f, ast.FunctionDef) and f.name in TRANSLATE
        for n in ast.walk(f)
    }
    out: list[str] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr in TRANSLATE
        ):
            where = f"{path.relative_to(GUI.parent.parent)}:{node.lineno}"
            out.append(f"{where}: an alias of {node.value.attr}() hides text from lupdate")
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in wrappers:
            continue
        name = _name(node.func)
        where = f"{path.relative_to(GUI.parent.parent)}:{node.lineno}"
        if name in WRAPPERS:
            out.append(f"{where}: {name}() hides text from lupdate; use self.tr or translate")
            continue
        if name in TRANSLATE:
            if name == "translate":
                # QCoreApplication.translate("Context", "text"); QRect.translate(dx, dy) is not.
                first = node.args[0] if node.args else None
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    continue
                text_arg = node.args[1] if len(node.args) > 1 else None
            else:
                text_arg = node.args[0] if node.args else None
            # The text must be a literal so lupdate can find it.
            if text_arg is not None and not isinstance(text_arg, ast.Constant):
                out.append(f"{where}: {name}() needs a literal string")
            continue
        if name in TEXT_METHODS or name in TEXT_WIDGETS:
            candidates = list(node.args) + [k.value for k in node.keywords if k.arg == "text"]
            for arg in candidates:
                if _is_words(arg):
                    out.append(f"{where}: {name}() gets text that is not translated")
    return out


def test_all_gui_text_is_translated() -> None:
    files = sorted(GUI.rglob("*.py"))
    assert len(files) > 10
    problems = [p for f in files for p in _problems(f)]
    assert not problems, "\n".join(problems)


def test_checker_finds_an_untranslated_label(tmp_path: Path) -> None:
    bad = GUI / "_probe_for_test.py"
    try:
        bad.write_text(
            "from PySide6.QtWidgets import QLabel\n"
            "def f(w):\n"
            "    w.setText('Save the evidence')\n"
            "    QLabel(f'{w} items')\n"
            "    w.setToolTip(w.tr('fine'))\n"
            "    w.tr(some_variable)\n"
            "    w.setText(_tr('hidden from lupdate'))\n"
            "    t = QCoreApplication.translate\n",
            encoding="utf-8",
        )
        found = _problems(bad)
    finally:
        bad.unlink()
    assert len(found) == 5, found
