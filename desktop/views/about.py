"""About box: version, the components shipped with their versions and licences."""

from __future__ import annotations

import html

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop import APP_NAME
from desktop.services.about import FONTS_LICENCE, app_version, components


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Diaspora Desk"))
        layout = QVBoxLayout(self)
        text = QTextBrowser(self)
        text.setOpenExternalLinks(True)
        blurb = self.tr("Diaspora associations, focal points, consultations with a transparent "
                        "selection of participants, and printable flyers — offline first.")
        licence = self.tr("Licence: GNU General Public License, version 3 or later.")
        components_title = self.tr("Components")
        titles = (self.tr("Component"), self.tr("Version"), self.tr("Licence"))
        # Rich text does not follow the widget's direction by itself: for Arabic the text runs
        # right to left and the table's columns are mirrored by hand.
        rtl = self.isRightToLeft()
        direction, start = ("rtl", "right") if rtl else ("ltr", "left")

        def row(cells: tuple[str, ...], tag: str) -> str:
            ordered = reversed(cells) if rtl else cells
            return "<tr>" + "".join(
                f"<{tag} align='{start}'>{html.escape(c)}</{tag}>" for c in ordered) + "</tr>"

        table = row(titles, "th") + "".join(
            row((c.name, c.version, c.licence), "td") for c in components())
        text.setHtml(
            f"<div dir='{direction}'>"
            f"<h2>{APP_NAME} {html.escape(app_version())}</h2>"
            f"<p>{html.escape(blurb)}</p><p>{html.escape(licence)}</p>"
            f"<p>Qt {html.escape(qVersion())}</p>"
            f"<h3>{html.escape(components_title)}</h3>"
            f"<table cellpadding='3' align='{start}'>{table}</table>"
            f"<p>{html.escape(FONTS_LICENCE)}</p></div>"
        )
        text.setAccessibleName(self.tr("About Diaspora Desk"))
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 520)
