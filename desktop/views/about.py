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
        rows = "".join(
            f"<tr><td>{html.escape(c.name)}</td><td>{html.escape(c.version)}</td>"
            f"<td>{html.escape(c.licence)}</td></tr>"
            for c in components()
        )
        blurb = self.tr("Diaspora associations, focal points, consultations with a transparent "
                        "selection of participants, and printable flyers — offline first.")
        licence = self.tr("Licence: GNU General Public License, version 3 or later.")
        components_title = self.tr("Components")
        head = "".join(
            f"<th align='left'>{html.escape(t)}</th>"
            for t in (self.tr("Component"), self.tr("Version"), self.tr("Licence"))
        )
        text.setHtml(
            f"<h2>{APP_NAME} {html.escape(app_version())}</h2>"
            f"<p>{html.escape(blurb)}</p><p>{html.escape(licence)}</p>"
            f"<p>Qt {html.escape(qVersion())}</p>"
            f"<h3>{html.escape(components_title)}</h3>"
            f"<table cellpadding='3'><tr>{head}</tr>{rows}</table>"
            f"<p>{html.escape(FONTS_LICENCE)}</p>"
        )
        text.setAccessibleName(self.tr("About Diaspora Desk"))
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 520)
