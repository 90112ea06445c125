"""The flyer editor: a form on the left, the real PDF on the right, preflight underneath.

The preview is the very PDF that export writes, shown with QtPdf. Typing never waits for it:
edits restart a short timer (debounce), the render runs in the thread pool, at most one at a
time (the newest edit wins, intermediate ones are skipped), and the finished document replaces
the old one in the view only when it is ready.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    QRect,
    QRunnable,
    QSize,
    QSizeF,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.services.flyers import images
from desktop.services.flyers.labels import LANGUAGES, RTL_LANGUAGES, default_texts, languages
from desktop.services.flyers.preflight import Issue, preflight
from desktop.services.flyers.render import render_flyer
from desktop.services.flyers.spec import FlyerSpec, PointLike
from desktop.services.flyers.store import (
    FlyerError,
    FlyerValues,
    RegionInfo,
    get_flyer,
    live_regions,
    new_flyer_values,
    office_contact,
    region_info,
    save_flyer,
    spec_from_values,
    suggested_name,
    validate,
)
from desktop.services.flyers.templates import TEMPLATES
from desktop.services.flyers.themes import THEMES
from desktop.services.focal_points import information_points
from desktop.services.validation import FieldError
from desktop.views.context import AppContext
from desktop.views.form_widgets import ErrorLabel, add_shortcut, with_error
from desktop.views.save_dialog import ask_save_path, file_name

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 400
"""Pause after the last keystroke before the preview is redrawn."""
PRINT_MAX_PIXELS = 30_000_000
"""Pages are rasterised for the printer at its resolution, but a banner at 600 dpi would need
gigabytes: above this many pixels the resolution is lowered."""


# --------------------------------------------------------------------------------------------
# Rendering off the GUI thread


@dataclass(frozen=True)
class PreviewResult:
    generation: int
    pdf: bytes
    issues: list[Issue]
    points_printed: int
    points_total: int
    error: str = ""
    """Why the render failed (then ``pdf`` is empty)."""


class _JobSignals(QObject):
    done = Signal(object)


class _RenderJob(QRunnable):
    def __init__(self, generation: int, spec: FlyerSpec, signals: _JobSignals,
                 idle: threading.Event) -> None:
        super().__init__()
        self.generation = generation
        self.spec = spec
        self.signals = signals
        self.idle = idle

    def run(self) -> None:
        try:
            rendered = render_flyer(self.spec)
            issues = preflight(self.spec, rendered.report)
            outcome = PreviewResult(self.generation, rendered.pdf, issues,
                                    rendered.report.points_printed,
                                    rendered.report.points_total)
        except Exception as exc:  # shown in the preview pane, logged with its traceback
            log.exception("Flyer preview failed")
            outcome = PreviewResult(self.generation, b"", [], 0, 0, str(exc) or repr(exc))
        try:
            self.signals.done.emit(outcome)
        finally:
            self.idle.set()


class PreviewRenderer(QObject):
    """One render at a time in the thread pool; a request made meanwhile replaces any queued
    one, so a burst of edits costs at most two renders."""

    finished = Signal(object)  # PreviewResult
    started = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _JobSignals()
        self._signals.done.connect(self._on_done)
        self._busy = False
        self._queued: tuple[int, FlyerSpec] | None = None
        self._idle = threading.Event()
        self._idle.set()
        self.renders_started = 0

    def request(self, generation: int, spec: FlyerSpec) -> None:
        if self._busy:
            self._queued = (generation, spec)
            return
        self._start(generation, spec)

    def _start(self, generation: int, spec: FlyerSpec) -> None:
        self._busy = True
        self._idle.clear()
        self.renders_started += 1
        self.started.emit(generation)
        QThreadPool.globalInstance().start(_RenderJob(generation, spec, self._signals,
                                                      self._idle))

    def _on_done(self, outcome: object) -> None:
        self._busy = False
        if self._queued is not None:
            generation, spec = self._queued
            self._queued = None
            self._start(generation, spec)
        self.finished.emit(outcome)

    @property
    def busy(self) -> bool:
        return self._busy

    def wait_current(self, seconds: float = 10.0) -> None:
        """Block until the running render (if any) has handed over its result."""
        self._idle.wait(seconds)

    def wait_idle(self, seconds: float = 10.0) -> None:
        """Before the editor goes away: drop queued work, let a running render finish."""
        self._queued = None
        self._idle.wait(seconds)


# --------------------------------------------------------------------------------------------
# Printing


def page_size_of(template_key: str) -> QPageSize:
    template = TEMPLATES[template_key]
    return QPageSize(QSizeF(template.width_mm, template.height_mm), QPageSize.Unit.Millimeter,
                     template.title(), QPageSize.SizeMatchPolicy.FuzzyMatch)


def print_document(document: QPdfDocument, printer: QPrinter) -> bool:
    """Draw every page of ``document`` into ``printer``, scaled to fit its printable area and
    centred (an office printer cannot print to the edge; a print shop gets the PDF)."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = printer.resolution()
        for index in range(document.pageCount()):
            if index > 0:
                printer.newPage()
            size_pt = document.pagePointSize(index)
            target = printer.pageLayout().paintRectPixels(dpi)
            scale = min(target.width() / size_pt.width(), target.height() / size_pt.height())
            width_px, height_px = size_pt.width() * scale, size_pt.height() * scale
            pixels = width_px * height_px
            raster = 1.0 if pixels <= PRINT_MAX_PIXELS else (PRINT_MAX_PIXELS / pixels) ** 0.5
            image = document.render(index, QSize(max(1, round(width_px * raster)),
                                                 max(1, round(height_px * raster))))
            x = (target.width() - width_px) / 2
            y = (target.height() - height_px) / 2
            painter.drawImage(QRect(round(x), round(y), round(width_px), round(height_px)),
                              image)
    finally:
        painter.end()
    return True


# --------------------------------------------------------------------------------------------
# The editor


class ColorButton(QPushButton):
    """Shows a colour; clicking picks another. Empty means "the theme's colour"."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._color = ""
        self.clicked.connect(self._pick)

    def color(self) -> str:
        return self._color

    def set_color(self, value: str) -> None:
        self._color = value
        if value:
            self.setStyleSheet(f"QPushButton {{ border-left: 14px solid {value}; "
                               f"padding-left: 6px; }}")
        else:
            self.setStyleSheet("")
        self.setToolTip(value or QCoreApplication.translate("FlyerEditor", "The theme's colour"))

    def _pick(self) -> None:
        start = QColor(self._color) if self._color else QColor("#1D4E89")
        chosen = QColorDialog.getColor(start, self, QCoreApplication.translate(
            "FlyerEditor", "Choose a colour"))
        if chosen.isValid():
            self.set_color(chosen.name().upper())
            self.changed.emit()


ASK_BEFORE_PRINTING = frozenset({"example_url"})
"""Preflight warnings that still ask before a flyer is exported or printed."""


class FlyerEditor(QDialog):
    """Edit a saved flyer (``flyer_id``) or a new one (``values``), with a live PDF preview."""

    preview_updated = Signal()
    saved = Signal(str)

    def __init__(self, ctx: AppContext, flyer_id: str | None = None,
                 values: FlyerValues | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.flyer_id = flyer_id
        self.setWindowTitle(self.tr("Flyer"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1200, 820)
        self._loading = True
        self._dirty = False
        self._closed = False
        self._generation = 0
        self._shown_generation = 0
        self._points: tuple[PointLike, ...] = ()
        self._region: RegionInfo | None = None
        with ctx.db.sessions() as session:
            self._office_contact = office_contact(session)
        self._image_data: bytes | None = None
        self._campaign_code = ""  # kept as loaded: the flyer's QR code carries it
        self._image_name = ""
        self.last_result: PreviewResult | None = None
        self.preview_document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None

        with ctx.db.sessions() as session:
            self._regions = live_regions(session)
            if flyer_id is not None:
                initial = get_flyer(session, flyer_id)
                current = region_info(session, initial.region_code)
                if current is not None and current.code not in {r.code for r in self._regions}:
                    self._regions.append(current)  # a retired region stays selectable here
            else:
                initial = values or new_flyer_values(
                    session, ctx.language if ctx.language in LANGUAGES else "en",
                    ctx.office.region_code or None)

        self._build()
        self.renderer = PreviewRenderer(self)
        self.renderer.finished.connect(self._on_rendered)
        self.renderer.started.connect(lambda _g: self.preview_state.setText(
            self.tr("Updating the preview…")))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.set_values(initial)
        self._loading = False
        self._dirty = flyer_id is None and values is not None
        self._update_title()
        ctx.bus.changed.connect(self._on_data_changed)
        self.refresh_preview()

    # -- building the form ---------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(splitter, 1)

        form_box = QWidget(self)
        form = QFormLayout(form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, ErrorLabel] = {}

        def row(label: str, key: str, widget: QWidget, accessible: str) -> None:
            widget.setAccessibleName(accessible)
            error = ErrorLabel(form_box)
            self.errors[key] = error
            form.addRow(label, with_error(widget, error, form_box))

        self.name_edit = QLineEdit(form_box)
        self.name_edit.setPlaceholderText(self.tr("Made from region, language and format"))
        row(self.tr("&Name:"), "name", self.name_edit, self.tr("Flyer name"))

        self.region_combo = QComboBox(form_box)
        self.region_combo.addItem(self.tr("National (no region)"), "")
        for region in self._regions:
            self.region_combo.addItem(f"{region.name} ({region.code})", region.code)
        row(self.tr("&Region:"), "region_code", self.region_combo, self.tr("Region"))

        self.language_combo = QComboBox(form_box)
        for language in languages():
            name = language.name()
            text = name if name == language.native else f"{name} – {language.native}"
            self.language_combo.addItem(text, language.code)
        row(self.tr("&Language:"), "language", self.language_combo, self.tr("Flyer language"))

        self.template_combo = QComboBox(form_box)
        for key, template in TEMPLATES.items():
            self.template_combo.addItem(template.title(), key)
        row(self.tr("&Format:"), "template", self.template_combo, self.tr("Format"))

        self.headline_edit = QPlainTextEdit(form_box)
        self.headline_edit.setTabChangesFocus(True)
        self.headline_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        row(self.tr("&Headline:"), "headline", self.headline_edit, self.tr("Headline"))

        self.body_edit = QPlainTextEdit(form_box)
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.body_edit.setToolTip(self.tr("Short sentences read best. Printed as typed."))
        row(self.tr("&Body text:"), "body", self.body_edit, self.tr("Body text"))

        self.cta_edit = QLineEdit(form_box)
        row(self.tr("&Call to action:"), "call_to_action", self.cta_edit,
            self.tr("Call to action"))

        self.url_edit = QLineEdit(form_box)
        self.url_edit.setPlaceholderText("https://")
        self.url_edit.setToolTip(self.tr("The platform's address; the QR code opens it."))
        row(self.tr("&Web address:"), "url", self.url_edit, self.tr("Web address"))

        defaults = QPushButton(self.tr("Use the &default texts of this language"), form_box)
        defaults.setToolTip(self.tr("Replace headline, body and call to action with the "
                                    "standard texts in the flyer's language"))
        defaults.clicked.connect(self.fill_default_texts)
        form.addRow("", defaults)

        picture = QWidget(form_box)
        picture_row = QHBoxLayout(picture)
        picture_row.setContentsMargins(0, 0, 0, 0)
        self.image_label = QLabel(picture)
        self.image_button = QPushButton(self.tr("C&hoose…"), picture)
        self.image_button.clicked.connect(self.choose_image)
        self.image_remove = QPushButton(self.tr("Remo&ve"), picture)
        self.image_remove.clicked.connect(self.remove_image)
        picture_row.addWidget(self.image_label, 1)
        picture_row.addWidget(self.image_button)
        picture_row.addWidget(self.image_remove)
        row(self.tr("Picture or logo:"), "image_data", picture, self.tr("Picture or logo"))

        self.theme_combo = QComboBox(form_box)
        for key, theme in THEMES.items():
            self.theme_combo.addItem(theme.title(), key)
        row(self.tr("Colour &theme:"), "theme", self.theme_combo, self.tr("Colour theme"))

        colours = QWidget(form_box)
        colour_row = QHBoxLayout(colours)
        colour_row.setContentsMargins(0, 0, 0, 0)
        self.primary_button = ColorButton(self.tr("Main colour…"), colours)
        self.accent_button = ColorButton(self.tr("Accent colour…"), colours)
        reset = QPushButton(self.tr("Reset"), colours)
        reset.setToolTip(self.tr("Forget the custom colours and use the theme's"))
        reset.clicked.connect(self.reset_colours)
        for widget in (self.primary_button, self.accent_button, reset):
            colour_row.addWidget(widget)
        colour_row.addStretch(1)
        row(self.tr("Own colours:"), "primary_color", colours, self.tr("Own colours"))
        self.errors["accent_color"] = self.errors["primary_color"]

        options = QGroupBox(self.tr("For a print shop"), form_box)
        options_row = QVBoxLayout(options)
        self.bleed_box = QCheckBox(self.tr("3 mm &bleed (backgrounds run past the cut)"), options)
        self.crop_box = QCheckBox(self.tr("Cr&op marks"), options)
        self.cmyk_box = QCheckBox(self.tr("C&MYK colours"), options)
        for box in (self.bleed_box, self.crop_box, self.cmyk_box):
            options_row.addWidget(box)
        form.addRow(options)

        self.points_label = QLabel(form_box)
        self.points_label.setWordWrap(True)
        form.addRow(self.points_label)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_box)
        scroll.setMinimumWidth(420)
        splitter.addWidget(scroll)

        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        self.preview = QPdfView(right)
        self.preview.setZoomMode(QPdfView.ZoomMode.Custom)
        self.preview.viewport().installEventFilter(self)
        self.preview.setPageMode(QPdfView.PageMode.SinglePage)
        self.preview.setAccessibleName(self.tr("Preview of the printed flyer"))
        self.preview.setMinimumSize(360, 420)
        right_column.addWidget(self.preview, 1)
        self.preview_state = QLabel(right)
        right_column.addWidget(self.preview_state)
        self.issues_list = QListWidget(right)
        self.issues_list.setAccessibleName(self.tr("Preflight results"))
        self.issues_list.setWordWrap(True)
        self.issues_list.setMaximumHeight(150)
        right_column.addWidget(self.issues_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 720])

        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export PDF…"), self)
        self.export_button.setToolTip(self.tr("Write the flyer as a PDF file (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_pdf)
        add_shortcut(self, "Ctrl+E", self.export_pdf)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setToolTip(self.tr("Print on a printer of this computer (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_flyer)
        add_shortcut(self, QKeySequence.StandardKey.Print, self.print_flyer)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save the flyer (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        add_shortcut(self, QKeySequence.StandardKey.Save, self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setToolTip(self.tr("Close the editor (Esc)"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        for edit in (self.name_edit, self.cta_edit, self.url_edit):
            edit.textChanged.connect(self._changed)
        for text_edit in (self.headline_edit, self.body_edit):
            text_edit.textChanged.connect(self._changed)
        for combo in (self.template_combo, self.theme_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.region_combo.currentIndexChanged.connect(self._region_changed)
        for check in (self.bleed_box, self.crop_box, self.cmyk_box):
            check.toggled.connect(self._changed)
        self.primary_button.changed.connect(self._changed)
        self.accent_button.changed.connect(self._changed)
        self.headline_edit.setFocus()

    # -- values --------------------------------------------------------------------------
    def set_values(self, values: FlyerValues) -> None:
        loading, self._loading = self._loading, True
        self.name_edit.setText(values.name)
        index = self.region_combo.findData(values.region_code or "")
        self.region_combo.setCurrentIndex(max(index, 0))
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(values.language),
                                                0))
        self._apply_direction()
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(values.template),
                                                0))
        self.headline_edit.setPlainText(values.headline)
        self.body_edit.setPlainText(values.body)
        self.cta_edit.setText(values.call_to_action)
        self.url_edit.setText(values.url)
        self._image_data = values.image_data
        self._image_name = values.image_name
        self.theme_combo.setCurrentIndex(max(self.theme_combo.findData(values.theme), 0))
        self.primary_button.set_color(values.primary_color)
        self.accent_button.set_color(values.accent_color)
        self.bleed_box.setChecked(values.bleed)
        self.crop_box.setChecked(values.crop_marks)
        self.cmyk_box.setChecked(values.cmyk)
        self._campaign_code = values.campaign_code
        self._show_image_state()
        self._load_points()
        self._loading = loading

    def values(self) -> FlyerValues:
        return FlyerValues(
            name=self.name_edit.text().strip(),
            region_code=str(self.region_combo.currentData() or "") or None,
            template=str(self.template_combo.currentData()),
            language=str(self.language_combo.currentData()),
            headline=self.headline_edit.toPlainText(),
            body=self.body_edit.toPlainText(),
            call_to_action=self.cta_edit.text(),
            url=self.url_edit.text().strip(),
            image_name=self._image_name if self._image_data else "",
            image_data=self._image_data,
            theme=str(self.theme_combo.currentData()),
            primary_color=self.primary_button.color(),
            accent_color=self.accent_button.color(),
            bleed=self.bleed_box.isChecked(),
            crop_marks=self.crop_box.isChecked(),
            cmyk=self.cmyk_box.isChecked(),
            campaign_code=self._campaign_code,
        )

    def spec(self) -> FlyerSpec:
        values = self.values()
        if not values.name:
            values.name = suggested_name(values, self._region.name if self._region else "")
        return spec_from_values(values, self._region, self._points, self._office_contact)

    # -- reacting to edits ---------------------------------------------------------------
    def _changed(self, *_args: Any) -> None:
        if self._loading:
            return
        self._dirty = True
        self._update_title()
        self._timer.start()

    def _apply_direction(self) -> None:
        """Arabic is typed right to left; the text fields follow the flyer's language."""
        rtl = str(self.language_combo.currentData()) in RTL_LANGUAGES
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.cta_edit.setLayoutDirection(direction)
        for edit in (self.headline_edit, self.body_edit):
            edit.setLayoutDirection(direction)
            option = edit.document().defaultTextOption()
            option.setTextDirection(direction)
            option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            edit.document().setDefaultTextOption(option)

    def _language_changed(self, *_args: Any) -> None:
        self._apply_direction()
        self._changed()

    def _region_changed(self, *_args: Any) -> None:
        if self._loading:
            return
        self._load_points()
        self._changed()

    def _on_data_changed(self, entity: str) -> None:
        if entity in ("focal_point", "region", "*"):
            self._load_points()
            self._timer.start()

    def _load_points(self) -> None:
        """The region's information points now (a withdrawn consent drops them at once)."""
        code = str(self.region_combo.currentData() or "")
        with self.ctx.db.sessions() as session:
            self._region = region_info(session, code) if code else None
            self._points = tuple(information_points(session, code)) if code else ()
        if not code:
            text = self.tr("A national flyer lists no focal points.")
        elif self._points:
            text = self.tr("%Ln focal point(s) of this region will be printed: those "
                           "active, listed on flyers and with recorded consent.", "",
                           len(self._points))
        else:
            text = self.tr("No focal point of this region can be printed yet (they need to be "
                           "active, listed on flyers and have recorded consent).")
        self.points_label.setText(text)

    def _update_title(self) -> None:
        name = self.name_edit.text().strip() or self.tr("New flyer")
        self.setWindowTitle(self.tr("Flyer – {name}").format(name=name)
                            + (" *" if self._dirty else ""))

    def _show_field_errors(self, errors: list[FieldError]) -> None:
        by_field: dict[str, str] = {}
        for error in errors:
            by_field.setdefault(error.field, error.message)
        for key, label in self.errors.items():
            message = by_field.get(key, "")
            if key == "primary_color":
                message = message or by_field.get("accent_color", "")
            label.show_error(message)

    # -- preview -------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Validate the fields and ask for a new render (it arrives in :meth:`_on_rendered`)."""
        self._timer.stop()
        with self.ctx.db.sessions() as session:
            _cleaned, errors = validate(session, self.values())
        self._show_field_errors(errors)
        self._generation += 1
        self.renderer.request(self._generation, self.spec())

    def _on_rendered(self, outcome: object) -> None:
        assert isinstance(outcome, PreviewResult)
        if outcome.generation < self._shown_generation:
            return
        self._shown_generation = outcome.generation
        self.last_result = outcome
        if outcome.error:
            self.preview_state.setText(self.tr("The preview could not be drawn: {error}")
                                       .format(error=outcome.error))
            return
        buffer = QBuffer(self)
        buffer.setData(QByteArray(outcome.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(buffer)
        old_document, old_buffer = self.preview_document, self._buffer
        self.preview.setDocument(document)
        self.preview_document, self._buffer = document, buffer
        self._fit_preview()
        if old_document is not None:
            old_document.deleteLater()
        if old_buffer is not None:
            old_buffer.deleteLater()
        self._show_issues(outcome.issues)
        latest = outcome.generation == self._generation and not self.renderer.busy
        self.preview_state.setText(self.tr("Preview up to date.") if latest
                                   else self.tr("Updating the preview…"))
        self.preview_updated.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.preview.viewport():
            self._fit_preview()
        return super().eventFilter(watched, event)

    def _fit_preview(self) -> None:
        """Whole page in view (QPdfView's own FitInView leaves the bottom of tall pages
        out): the zoom that fits the page's width and height in the viewport."""
        document = self.preview_document
        if document is None or document.pageCount() == 0:
            return
        page = document.pagePointSize(0)
        margins = self.preview.documentMargins()
        viewport = self.preview.viewport().size()
        px_per_pt = self.preview.logicalDpiX() / 72.0
        width = viewport.width() - margins.left() - margins.right() - 4
        height = viewport.height() - margins.top() - margins.bottom() - 4
        if page.width() <= 0 or page.height() <= 0 or width <= 0 or height <= 0:
            return
        zoom = min(width / (page.width() * px_per_pt), height / (page.height() * px_per_pt))
        self.preview.setZoomFactor(max(zoom, 0.01))

    def _show_issues(self, issues: list[Issue]) -> None:
        self.issues_list.clear()
        style = self.style()
        if not issues:
            item = QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                                   self.tr("Preflight: no problems found."))
            self.issues_list.addItem(item)
            return
        for issue in issues:
            icon = (QStyle.StandardPixmap.SP_MessageBoxCritical if issue.is_error
                    else QStyle.StandardPixmap.SP_MessageBoxWarning)
            item = QListWidgetItem(style.standardIcon(icon), issue.message)
            item.setData(Qt.ItemDataRole.UserRole, issue.code)
            self.issues_list.addItem(item)

    def wait_for_preview(self) -> PreviewResult | None:
        """The render of the current values (export and print use exactly what is shown);
        None, after telling the user, if it failed."""
        self.refresh_preview()
        target = self._generation
        while self._shown_generation < target:
            self.renderer.wait_current()
            QCoreApplication.processEvents()
        result = self.last_result
        if result is None or result.error:
            QMessageBox.warning(self, self.tr("Flyer not ready"),
                                self.tr("The flyer could not be drawn: {error}").format(
                                    error=result.error if result else ""))
            return None
        return result

    # -- picture and colours -------------------------------------------------------------
    def choose_image(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a picture or logo"), "",
            self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.load_image(Path(path))

    def load_image(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
            images.inspect(data)
        except (OSError, images.ImageError) as exc:
            self.errors["image_data"].show_error(str(exc))
            return False
        self._image_data = data
        self._image_name = path.name
        self._show_image_state()
        self._changed()
        return True

    def remove_image(self) -> None:
        self._image_data = None
        self._image_name = ""
        self._show_image_state()
        self._changed()

    def _show_image_state(self) -> None:
        if self._image_data:
            try:
                info = images.inspect(self._image_data)
                detail = f"{self._image_name} ({info.width} × {info.height})"
            except images.ImageError:
                detail = self._image_name
            self.image_label.setText(detail)
        else:
            self.image_label.setText(self.tr("None"))
        self.image_remove.setEnabled(bool(self._image_data))
        self.errors["image_data"].show_error("")

    def reset_colours(self) -> None:
        self.primary_button.set_color("")
        self.accent_button.set_color("")
        self._changed()

    def fill_default_texts(self) -> None:
        texts = default_texts(str(self.language_combo.currentData()),
                              self._region.name if self._region else "")
        self.headline_edit.setPlainText(texts.headline)
        self.body_edit.setPlainText(texts.body)
        self.cta_edit.setText(texts.call_to_action)

    # -- save, export, print -------------------------------------------------------------
    def save(self) -> bool:
        try:
            with self.ctx.db.transaction() as session:
                self.flyer_id = save_flyer(session, self.values(), self.flyer_id)
                saved = get_flyer(session, self.flyer_id)
        except FlyerError as exc:
            self._show_field_errors(exc.errors)
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("Nothing was saved: {problems}").format(
                                    problems=str(exc)))
            return False
        except LookupError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return False
        self._loading = True
        self.name_edit.setText(saved.name)
        self._loading = False
        self._dirty = False
        self._update_title()
        self.ctx.bus.announce("flyer")
        self.ctx.bus.status_message.emit(self.tr("Flyer saved."), 4000)
        self.saved.emit(self.flyer_id)
        return True

    def _confirm_problems(self, result: PreviewResult, action: str) -> bool:
        """Ask before exporting or printing a flyer with errors, or with a warning that would
        waste a print run (the example web address would send readers to the wrong site)."""
        asked = [i for i in result.issues if i.is_error or i.code in ASK_BEFORE_PRINTING]
        if not asked:
            return True
        problems = "\n".join(f"• {i.message}" for i in asked)
        answer = QMessageBox.question(
            self, self.tr("Preflight found problems"),
            self.tr("{problems}\n\n{action} anyway?").format(problems=problems, action=action),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def default_file_name(self) -> str:
        name = self.name_edit.text().strip() or suggested_name(
            self.values(), self._region.name if self._region else "")
        return file_name(name or self.tr("Flyer"), suffix=".pdf")

    def export_pdf(self) -> None:
        result = self.wait_for_preview()
        if result is None or not self._confirm_problems(result, self.tr("Export")):
            return
        path = ask_save_path(self, self.ctx.settings, "flyer", self.tr("Export PDF"),
                             self.default_file_name(), self.tr("PDF (*.pdf)"),
                             self.ctx.paths.data_dir)
        if path is not None:
            self.write_pdf(path, result)

    def write_pdf(self, path: Path, result: PreviewResult | None = None) -> bool:
        result = result or self.wait_for_preview()
        if result is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            path.write_bytes(result.pdf)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not exported"),
                                self.tr("Could not write {path}: {error}").format(
                                    path=path, error=exc))
            return False
        self.ctx.bus.status_message.emit(self.tr("Flyer exported to {path}.").format(
            path=path), 6000)
        return True

    def print_flyer(self) -> None:
        result = self.wait_for_preview()
        if result is None or not self._confirm_problems(result, self.tr("Print")):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.prepare_printer(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print flyer"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def prepare_printer(self, printer: QPrinter) -> None:
        template = str(self.template_combo.currentData())
        printer.setDocName(self.default_file_name().removesuffix(".pdf"))
        size = page_size_of(template)
        orientation = QPageLayout.Orientation.Portrait
        printer.setPageSize(size)
        printer.setPageOrientation(orientation)

    def print_to(self, printer: QPrinter) -> bool:
        """Print the current flyer on ``printer`` (already set up by the print dialog)."""
        stale = self.preview_document is None or self._shown_generation < self._generation
        if stale and self.wait_for_preview() is None:
            return False
        assert self.preview_document is not None
        if not print_document(self.preview_document, printer):
            QMessageBox.warning(self, self.tr("Not printed"),
                                self.tr("The printer could not be started."))
            return False
        return True

    # -- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("Save the changes to this flyer before closing?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        self._shutdown()
        super().reject()

    def done(self, result: int) -> None:
        self._shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty:
            event.ignore()
            self.reject()
            return
        self._shutdown()
        super().closeEvent(event)

    def _shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self.ctx.bus.changed.disconnect(self._on_data_changed)
        self.renderer.wait_idle()
