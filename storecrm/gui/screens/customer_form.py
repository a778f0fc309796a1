"""Adding or editing a customer: every field of the profile, each with its own error line.

Keyboard-first: Enter moves to the next field (a card reader types the number and Enter, which
must not save a half-filled form); Ctrl+S or Ctrl+Enter saves.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, QObject, QStringListModel, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.birthday import Birthday, Calendar, check_birthday, days_in_month
from storecrm.domain.customer import (
    MAX_CARD,
    MAX_NAME,
    MAX_TEXT,
    BusinessFields,
    CustomerDraft,
    Gender,
    Source,
    validate,
)
from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.gui.format import lunar_day_name, lunar_month_name
from storecrm.gui.look import icon, set_property
from storecrm.gui.names import business_field_label, business_fields, gender_name, source_name
from storecrm.gui.screens.customer_picker import CustomerPickerDialog
from storecrm.gui.widgets import error_label, show_error
from storecrm.services import customers
from storecrm.services.customers import DuplicateCustomer, InvalidCustomer
from storecrm.services.dto import CustomerDetail
from storecrm.services.session import StoreContext

TAG_SEPARATORS = (",", "，", "、", ";", "；")
FIELD_WIDTH = 260  # one line of text; the form does not stretch across a wide window


def split_tags(text: str) -> list[str]:
    for separator in TAG_SEPARATORS[1:]:
        text = text.replace(separator, ",")
    seen: dict[str, None] = {}
    for part in text.split(","):
        name = part.strip()
        if name:
            seen.setdefault(name, None)
    return list(seen)


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the ones before it."""

    def __init__(self, names: list[str], edit: QLineEdit) -> None:
        super().__init__(QStringListModel(names), edit)
        self.edit = edit
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt API
        for separator in TAG_SEPARATORS:
            path = path.replace(separator, ",")
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: object) -> str:  # noqa: N802 - Qt API
        chosen = super().pathFromIndex(index)  # type: ignore[arg-type]
        text = self.edit.text()
        cut = max(text.rfind(s) for s in TAG_SEPARATORS)
        done = text[: cut + 1] if cut >= 0 else ""
        return f"{done} {chosen}, ".lstrip() if done else f"{chosen}, "


class CustomerFormDialog(QDialog):
    """Create (``customer`` is None) or edit a customer."""

    open_existing = Signal(int)  # the user chose to open the customer who has that phone/card

    def __init__(
        self,
        context: StoreContext,
        customer: CustomerDetail | None = None,
        parent: QWidget | None = None,
        *,
        business_type: str = "other",
        tag_names: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.customer = customer
        self.saved: CustomerDetail | None = None
        self.referrer_id: int | None = None
        self.duplicate_box: QMessageBox | None = None
        self.duplicate_open_button: QPushButton | None = None
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        self.setWindowTitle(
            self.tr("New customer")
            if customer is None
            else self.tr("Edit customer — %1").replace("%1", customer.name)
        )
        self.setMinimumWidth(900)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        scroll.viewport().setAutoFillBackground(False)  # the dialog's white shows through
        body.setAutoFillBackground(False)
        columns = QGridLayout(body)
        columns.setContentsMargins(24, 20, 24, 12)
        columns.setHorizontalSpacing(32)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        outer.addWidget(scroll, 1)

        left = self._form()
        right = self._form()
        columns.addWidget(self._section(self.tr("Contact")), 0, 0)
        columns.addLayout(left, 1, 0, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(self._section(self.tr("Preferences and notes")), 0, 1)
        columns.addLayout(right, 1, 1)  # the notes grow to the height of the left column
        columns.setRowStretch(2, 1)

        # -- left column: who the customer is --------------------------------------------------
        self.name_edit = self._line(MAX_NAME)
        self._row(left, self.tr("&Name *"), "name", self.name_edit)
        self.phone_edit = self._line(32, self.tr("11-digit mobile or area code + number"))
        self._row(left, self.tr("&Phone"), "phone", self.phone_edit)
        self.other_phone_edit = self._line(32)
        self._row(left, self.tr("&Other phone"), "other_phone", self.other_phone_edit)
        self.card_edit = self._line(MAX_CARD, self.tr("Swipe the card or type its number"))
        self._row(left, self.tr("&Card no."), "card_no", self.card_edit)
        self.gender_combo = QComboBox()
        for gender in (Gender.UNKNOWN, Gender.FEMALE, Gender.MALE):
            self.gender_combo.addItem(gender_name(gender), gender.value)
        self.gender_combo.setMaximumWidth(FIELD_WIDTH)
        self._row(left, self.tr("&Gender"), "gender", self.gender_combo)
        self._row(left, self.tr("&Birthday"), "birthday", self._birthday_widgets())
        self.tags_edit = self._line(200, self.tr("Separate tags with commas"))
        if tag_names is None:
            tag_names = [t.name for t in context.call(customers.list_tags)]
        self.tags_edit.setCompleter(TagCompleter(tag_names, self.tags_edit))
        self._row(left, self.tr("&Tags"), "tags", self.tags_edit)
        self.source_combo = QComboBox()
        for source in Source:
            self.source_combo.addItem(source_name(source), source.value)
        self.source_combo.setMaximumWidth(FIELD_WIDTH)
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self._row(left, self.tr("&Source"), "source", self.source_combo)
        self._row(left, self.tr("&Referred by"), "referrer", self._referrer_widgets())
        self.address_edit = self._line(MAX_TEXT)
        self._row(left, self.tr("&Address"), "address", self.address_edit)
        self.consent_check = QCheckBox(self.tr("Agrees to receive messages from the store"))
        self._row(left, self.tr("Marketing"), "marketing_consent", self.consent_check)

        # -- right column: what the store keeps about them, its own fields first ---------------
        first, others = business_fields(business_type)
        self.business_edits: dict[str, QLineEdit] = {}
        for key in first:
            self._business_row(right, key)
        self.preferences_edit = self._line(MAX_TEXT)
        self._row(right, self.tr("Pre&ferences"), "preferences", self.preferences_edit)
        for key in others:
            self._business_row(right, key)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(96)
        self._row(right, self.tr("Not&es"), "notes", self.notes_edit)

        # -- buttons ----------------------------------------------------------------------------
        bar = QWidget()
        bar.setObjectName("DialogButtons")
        buttons = QHBoxLayout(bar)
        buttons.setContentsMargins(24, 12, 24, 16)
        self.form_error = error_label()
        buttons.addWidget(self.form_error, 1)
        buttons.addStretch(0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button = QPushButton(icon("check-active"), self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Ctrl+Enter)"))
        set_property(self.save_button, "primary", True)
        for button in (self.cancel_button, self.save_button):
            button.setAutoDefault(False)  # Enter moves between fields; it never saves by itself
            buttons.addWidget(button)
        outer.addWidget(bar)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")):
            QShortcut(keys, self, self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.save)

        if customer is not None:
            self._load(customer)
        self._source_changed()
        self._calendar_changed()
        self.name_edit.setFocus()
        self.resize(940, 640)

    # -- building -------------------------------------------------------------------------------
    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("SectionTitle")
        return label

    def _line(self, max_length: int, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        edit.installEventFilter(self)
        return edit

    def _recheck(self, key: str) -> None:
        """A field whose error line shows is checked again as it is corrected: the line goes
        once the value is right (or says what is still wrong)."""
        label = self.errors.get(key)
        if label is None or label.isHidden() or not label.text():
            return
        problems = self._problems_of(key)
        show_error(label, "\n".join(messages.validation_text(p) for p in problems))
        widget = self.inputs[key]
        if not problems and widget.property("error"):
            set_property(widget, "error", False)

    def _problems_of(self, key: str) -> list[ValidationError]:
        if key == "birthday":
            try:
                self.birthday()
            except ValidationError as exc:
                return [exc]
            return []
        if key == "tags":
            too_long = any(len(t) > 24 for t in split_tags(self.tags_edit.text()))
            return [ValidationError("tags", "too_long", maximum=24)] if too_long else []
        _valid, problems = validate(self.draft())
        return [p for p in problems if p.field == key]

    def _row(self, form: QFormLayout, caption: str, key: str, widget: QWidget) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        grows = isinstance(widget, QPlainTextEdit)
        column.addWidget(widget, 1 if grows else 0)
        error = error_label()
        column.addWidget(error)
        if not grows:  # only the notes take the spare height
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.errors[key] = error
        self.inputs[key] = widget
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _text, key=key: self._recheck(key))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda key=key: self._recheck(key))
        label = QLabel(caption)
        label.setBuddy(widget if not isinstance(widget, _Group) else widget.first)
        # Level with the first line of the field, also when an error line grows the row.
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 0 if isinstance(widget, QCheckBox) else 8, 0, 0)
        form.addRow(label, box)

    def _business_row(self, form: QFormLayout, key: str) -> None:
        edit = self._line(MAX_TEXT)
        self.business_edits[key] = edit
        self._row(form, business_field_label(key), key, edit)

    def _birthday_widgets(self) -> QWidget:
        self.calendar_combo = QComboBox()
        self.calendar_combo.addItem(self.tr("Solar"), Calendar.SOLAR.value)
        self.calendar_combo.addItem(self.tr("Lunar"), Calendar.LUNAR.value)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1900, date.today().year)
        self.year_spin.setValue(1990)
        self.year_spin.setToolTip(self.tr("Year of birth"))
        self.year_spin.setGroupSeparatorShown(False)
        self.year_spin.lineEdit().setTextMargins(6, 0, 0, 0)  # Qt 6.12 ignores the QSS padding
        self.month_combo = QComboBox()
        self.day_combo = QComboBox()
        self.month_combo.setMinimumContentsLength(5)
        self.day_combo.setMinimumContentsLength(4)
        self.year_unknown = QCheckBox(self.tr("Year unknown"))
        self.leap_check = QCheckBox(self.tr("Leap month"))
        self.leap_check.setToolTip(self.tr("Born in the leap month (闰月) of the lunar year"))
        group = _Group(self.calendar_combo)
        grid = QGridLayout(group)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.calendar_combo, 0, 0)
        grid.addWidget(self.month_combo, 0, 1)
        grid.addWidget(self.day_combo, 0, 2)
        grid.addWidget(self.year_spin, 1, 0)
        checks = QHBoxLayout()
        checks.setSpacing(12)
        checks.addWidget(self.year_unknown)
        checks.addWidget(self.leap_check)
        checks.addStretch(1)
        grid.addLayout(checks, 1, 1, 1, 3)
        grid.setColumnStretch(3, 1)
        self.calendar_combo.currentIndexChanged.connect(self._calendar_changed)
        self.month_combo.currentIndexChanged.connect(self._birthday_state)
        self.year_unknown.toggled.connect(self._birthday_state)
        for changed in (
            self.month_combo.currentIndexChanged,
            self.year_spin.valueChanged,
            self.year_unknown.toggled,
            self.leap_check.toggled,
        ):
            changed.connect(lambda *_: self._fill_days())
        for changed in (
            self.calendar_combo.currentIndexChanged,
            self.month_combo.currentIndexChanged,
            self.day_combo.currentIndexChanged,
            self.year_spin.valueChanged,
            self.year_unknown.toggled,
            self.leap_check.toggled,
        ):
            changed.connect(lambda *_: self._recheck("birthday"))
        self._fill_month_day()
        return group

    def _referrer_widgets(self) -> QWidget:
        self.referrer_edit = QLineEdit()
        self.referrer_edit.setReadOnly(True)
        self.referrer_edit.setPlaceholderText(self.tr("Only for a referral"))
        self.referrer_edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.referrer_button = QPushButton(icon("search"), self.tr("Choose…"))
        self.referrer_button.setAutoDefault(False)
        self.referrer_clear = QToolButton()
        self.referrer_clear.setIcon(icon("close"))
        self.referrer_clear.setToolTip(self.tr("No referrer"))
        group = _Group(self.referrer_button)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.referrer_edit, 1)
        row.addWidget(self.referrer_button)
        row.addWidget(self.referrer_clear)
        self.referrer_button.clicked.connect(self.choose_referrer)
        self.referrer_clear.clicked.connect(lambda: self.set_referrer(None, ""))
        return group

    # -- birthday inputs --------------------------------------------------------------------------
    def _lunar(self) -> bool:
        return bool(self.calendar_combo.currentData() == Calendar.LUNAR.value)

    def _fill_month_day(self) -> None:
        month, day = self.month_combo.currentIndex(), self.day_combo.currentIndex()
        lunar = self._lunar()
        locale = QLocale()
        self.month_combo.blockSignals(True)
        self.month_combo.clear()
        self.day_combo.clear()  # refilled for the calendar by _fill_days
        self.month_combo.addItem(self.tr("Month"), 0)
        for m in range(1, 13):
            name = (
                lunar_month_name(m)
                if lunar
                else locale.monthName(m, QLocale.FormatType.ShortFormat)
            )
            self.month_combo.addItem(name, m)
        self.month_combo.setCurrentIndex(max(0, month))
        self.month_combo.blockSignals(False)
        self._fill_days(day)

    def _fill_days(self, day: int | None = None) -> None:
        """The days the chosen month has (no 30 February; 29 February with the year unknown or
        a leap year; a lunar month's 29 or 30), keeping the chosen day when it still exists."""
        if day is None:
            day = self.day_combo.currentIndex()
        lunar = self._lunar()
        year = None if self.year_unknown.isChecked() else self.year_spin.value()
        month = self.month_combo.currentIndex()
        calendar = Calendar.LUNAR if lunar else Calendar.SOLAR
        leap = lunar and self.leap_check.isChecked()
        days = days_in_month(calendar, month, year if month else None, leap)
        if self.day_combo.count() == days + 1:
            return  # the same list: nothing to do (and the chosen day stays)
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        self.day_combo.addItem(self.tr("Day"), 0)
        for d in range(1, days + 1):
            self.day_combo.addItem(lunar_day_name(d) if lunar else str(d), d)
        # A day the month no longer has is not kept: the cashier chooses it again.
        self.day_combo.setCurrentIndex(day if 0 <= day <= days else 0)
        self.day_combo.blockSignals(False)

    @Slot()
    def _calendar_changed(self) -> None:
        self._fill_month_day()
        self._birthday_state()

    @Slot()
    def _birthday_state(self) -> None:
        given = self.month_combo.currentIndex() > 0
        self.leap_check.setVisible(self._lunar())
        self.year_spin.setEnabled(given and not self.year_unknown.isChecked())
        self.year_unknown.setEnabled(given)
        self.leap_check.setEnabled(given)
        self.day_combo.setEnabled(given)

    def set_birthday(self, birthday: Birthday | None) -> None:
        if birthday is None:
            self.month_combo.setCurrentIndex(0)
            return
        self.calendar_combo.setCurrentIndex(self.calendar_combo.findData(birthday.calendar.value))
        self._fill_month_day()
        self.month_combo.setCurrentIndex(birthday.month)
        self.year_unknown.setChecked(birthday.year is None)
        if birthday.year is not None:
            self.year_spin.setValue(birthday.year)
        self.leap_check.setChecked(birthday.leap_month)
        self._fill_days()
        self.day_combo.setCurrentIndex(birthday.day)
        self._birthday_state()

    def birthday(self) -> Birthday | None:
        """What the birthday fields say; raises ValidationError(field="birthday")."""
        month = int(self.month_combo.currentData() or 0)
        day = int(self.day_combo.currentData() or 0)
        if not month and not day:
            return None
        if not month or not day:
            raise ValidationError("birthday", "impossible_date")
        year = None if self.year_unknown.isChecked() else self.year_spin.value()
        return check_birthday(
            Calendar(self.calendar_combo.currentData()),
            month,
            day,
            year,
            self._lunar() and self.leap_check.isChecked(),
            today=date.today(),
        )

    # -- referrer ---------------------------------------------------------------------------------
    @Slot()
    def _source_changed(self) -> None:
        referral = self.source_combo.currentData() == Source.REFERRAL.value
        self.referrer_button.setEnabled(referral)
        self.referrer_clear.setEnabled(referral and self.referrer_id is not None)
        self.referrer_edit.setEnabled(referral)

    @Slot()
    def choose_referrer(self) -> None:
        picker = CustomerPickerDialog(
            self.context,
            self.tr("Referred by"),
            self.tr("Find the customer who recommended the store."),
            exclude_id=self.customer.customer_id if self.customer else None,
            parent=self,
        )
        if picker.exec() and picker.chosen is not None:
            self.set_referrer(picker.chosen.customer_id, picker.chosen.name)

    def set_referrer(self, customer_id: int | None, name: str) -> None:
        self.referrer_id = customer_id
        self.referrer_edit.setText(name if customer_id is not None else "")
        self._source_changed()

    # -- loading and saving ---------------------------------------------------------------------
    def _load(self, c: CustomerDetail) -> None:
        self.name_edit.setText(c.name)
        self.phone_edit.setText(c.phone or "")
        self.other_phone_edit.setText(c.other_phone or "")
        self.card_edit.setText(c.card_no or "")
        self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(c.gender)))
        if c.birthday is not None:
            b = c.birthday
            self.set_birthday(Birthday(Calendar(b.calendar), b.month, b.day, b.year, b.leap_month))
        self.tags_edit.setText(", ".join(t.name for t in c.tags))
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(c.source)))
        if c.referrer_id is not None:
            self.set_referrer(c.referrer_id, c.referrer_name or "")
        self.address_edit.setText(c.address)
        self.consent_check.setChecked(c.marketing_consent)
        for key, edit in self.business_edits.items():
            edit.setText(str(getattr(c, key)))
        self.preferences_edit.setText(c.preferences)
        self.notes_edit.setPlainText(c.notes)

    def draft(self) -> CustomerDraft:
        source = Source(self.source_combo.currentData())
        return CustomerDraft(
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            other_phone=self.other_phone_edit.text(),
            gender=Gender(self.gender_combo.currentData()),
            card_no=self.card_edit.text(),
            address=self.address_edit.text(),
            source=source,
            referrer_id=self.referrer_id if source is Source.REFERRAL else None,
            preferences=self.preferences_edit.text(),
            notes=self.notes_edit.toPlainText(),
            business=BusinessFields(**{k: e.text() for k, e in self.business_edits.items()}),
            marketing_consent=self.consent_check.isChecked(),
        )

    def clear_errors(self) -> None:
        for key, label in self.errors.items():
            show_error(label, "")
            widget = self.inputs[key]
            if widget.property("error"):
                set_property(widget, "error", False)
        show_error(self.form_error, "")

    def show_problems(self, problems: list[ValidationError]) -> None:
        first: QWidget | None = None
        for problem in problems:
            key = problem.field if problem.field in self.errors else None
            if key is None:
                show_error(self.form_error, messages.validation_text(problem))
                continue
            label = self.errors[key]
            text = messages.validation_text(problem)
            show_error(label, f"{label.text()}\n{text}" if label.text() else text)
            widget = self.inputs[key]
            if isinstance(widget, QLineEdit | QComboBox | QPlainTextEdit):
                set_property(widget, "error", True)
            if first is None:
                first = widget.first if isinstance(widget, _Group) else widget
        if first is not None:
            first.setFocus()

    def _shown_masked(self, field_name: str) -> bool:
        """A phone left as it was shown masked (138****5678): the service keeps the number."""
        c = self.customer
        if c is None or not c.phones_masked or field_name not in ("phone", "other_phone"):
            return False
        shown = getattr(c, field_name)
        edit = self.phone_edit if field_name == "phone" else self.other_phone_edit
        return bool(shown) and edit.text().strip() == shown

    def error_text(self, key: str) -> str:
        label = self.errors[key]
        return label.text() if not label.isHidden() else ""

    @Slot()
    def save(self) -> bool:
        self.clear_errors()
        draft = self.draft()
        _valid, problems = validate(draft)
        problems = [p for p in problems if not self._shown_masked(p.field)]
        birthday: Birthday | None = None
        try:
            birthday = self.birthday()
        except ValidationError as exc:
            problems.append(exc)
        tags = split_tags(self.tags_edit.text())
        if any(len(t) > 24 for t in tags):
            problems.append(ValidationError("tags", "too_long", maximum=24))
        if problems:
            self.show_problems(problems)
            return False
        try:
            if self.customer is None:
                detail = self.context.call(
                    customers.create_customer, draft, birthday=birthday, tags=tags
                )
            else:
                detail = self.context.call(
                    customers.update_customer,
                    self.customer.customer_id,
                    draft,
                    birthday=birthday,
                    tags=tags,
                )
        except InvalidCustomer as exc:
            self.show_problems(exc.problems)
            return False
        except DuplicateCustomer as exc:
            self.show_duplicate(exc)
            return False
        except StoreCRMError as exc:
            show_error(self.form_error, messages.error_text(exc))
            return False
        self.saved = detail
        self.accept()
        return True

    def show_duplicate(self, exc: DuplicateCustomer) -> None:
        """Say whose number it is next to the field, and offer to open that customer."""
        key = "phone" if exc.field == "phone" else "card_no"
        text = messages.error_text(exc)
        show_error(self.errors[key], text)
        set_property(self.inputs[key], "error", True)
        self.inputs[key].setFocus()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Already a customer"),
            text,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(
            self.tr("Open %1's profile instead, or keep editing this form?").replace(
                "%1", exc.existing_name
            )
        )
        open_button = box.addButton(
            self.tr("Open that customer"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        existing = exc.existing_id

        def chosen(button: object) -> None:
            if button is open_button:
                self.open_existing.emit(existing)
                self.reject()

        box.buttonClicked.connect(chosen)
        self.duplicate_box = box
        self.duplicate_open_button = open_button
        box.open()

    # -- keyboard ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QLineEdit):
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                popup = watched.completer().popup() if watched.completer() else None
                if popup is not None and popup.isVisible():
                    return False
                self.focusNextChild()
                return True
        return super().eventFilter(watched, event)


class _Group(QWidget):
    """Several inputs on one form row; ``first`` is where the label's shortcut and focus go."""

    def __init__(self, first: QWidget) -> None:
        super().__init__()
        self.first = first
