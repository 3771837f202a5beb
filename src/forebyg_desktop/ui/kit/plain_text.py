"""Text that was typed or received is shown as text, never as markup.

Qt guesses: a QLabel, a message box or a tooltip whose text *looks* like HTML
(`<b>`, `<span style=...>`, `<!--`, `<img>`) is rendered as rich text. A child
named `<span style="font-size:0">Ida</span>`, or a sender name in a handover
file, could then hide or fake part of the screen. So the program never lets Qt
guess:

- `plain_label()` makes a label that shows its text literally, whatever is
  set later; `make_plain()` does the same for labels and message boxes made
  elsewhere (Qt's own, or a base class's).
- `message_box()` is a QMessageBox whose text and informative text are plain.
- `plain_tooltip()` turns any text into a tooltip Qt shows literally.
- A label that needs markup on purpose (bold parts) is made with
  `rich_label()` and filled with `rich()`, which escapes every value.
- `keep_plain(root)` makes every label under `root` that was left to Qt's
  guess plain: the dialogue frames call it when they are shown and after each
  job, so a label someone forgot is still safe.

Item views (tables, lists, trees, combo boxes) draw their display text
literally already; only their tooltips need `plain_tooltip()`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

PLAIN = Qt.TextFormat.PlainText


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A label that shows `text` (and any text set later) literally."""
    label = QLabel(parent)
    label.setTextFormat(PLAIN)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def make_plain(*widgets: QLabel | QMessageBox) -> None:
    """Make labels and message boxes show their texts literally from now on."""
    for widget in widgets:
        widget.setTextFormat(PLAIN)


def rich_label(parent: QWidget | None = None) -> QLabel:
    """A label that renders markup on purpose: set its text with `rich()` only."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def rich(template: str, **values: object) -> str:
    """`template` (our own markup, `{name}` placeholders) with every value HTML-escaped."""
    return template.format(**{k: html.escape(str(v), quote=True) for k, v in values.items()})


def plain_tooltip(text: str) -> str:
    """`text` as a tooltip that Qt shows literally (line breaks kept)."""
    if "<" not in text:
        return text  # nothing Qt could take for a tag: it is shown as it is
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
) -> QMessageBox:
    """A message box whose text and informative text are shown literally."""
    box = QMessageBox(parent)
    box.setTextFormat(PLAIN)  # also applies to the informative text
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


def keep_plain(root: QWidget) -> None:
    """Every label under `root` still left to Qt's guess (AutoText) becomes plain."""
    for label in root.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(PLAIN)
