"""The group picture: searching, filtering, sorting and opening a child (offscreen)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from forebyg_desktop.core.profile import (
    AgeBand,
    LocalText,
    Position,
    Profile,
    ReportingDuty,
    ReportingGuidance,
    Signpost,
    WorryScale,
)
from forebyg_desktop.services.overview.overview_rows import OverviewRow
from forebyg_desktop.store.profile_repo import bundled_profile_ids, load_bundled_profile
from forebyg_desktop.ui.kit.i18n import install_translator
from forebyg_desktop.ui.kit.position_chip import (
    ChipSpec,
    chip_for,
    chip_size,
    contrast_ratio,
    text_colour_for,
)
from forebyg_desktop.ui.overview.overview_filter_proxy import NO_POSITION, months_before
from forebyg_desktop.ui.overview.overview_table_model import (
    CHILD_ID_ROLE,
    CHIP_ROLE,
    POSITION_KEY_ROLE,
    Column,
    search_key,
)
from forebyg_desktop.ui.overview.overview_view import OverviewView

pytestmark = pytest.mark.usefixtures("danish")

TODAY = date(2025, 6, 15)
T = LocalText


def _position(key: str, colour: str, da: str, en: str, symbol: str) -> Position:
    signpost = Signpost(T("Gør", "Do"), T("Inddrag", "Involve"), 8, ReportingDuty.NO)
    return Position(key, colour, T(da, en), T(da, en), signpost, symbol)


def _profile() -> Profile:
    t = T("x", "x")
    return Profile(
        id="test",
        version=1,
        name=T("Test", "Test"),
        municipality="",
        source=t,
        description=t,
        scale=WorryScale(
            T("Skala", "Scale"),
            (
                _position("green", "#2E7D32", "Grøn", "Green", "●"),
                _position("yellow", "#FBC02D", "Gul", "Yellow", "▲"),
                _position("red", "#C62828", "Rød", "Red", "■"),
            ),
        ),
        age_bands=(
            AgeBand("0_2", T("0–2 år", "0–2 years"), 0, 36),
            AgeBand("3_5", T("3–5 år", "3–5 years"), 36, 72),
        ),
        sign_domains=(),
        protective_factors=(),
        plan_templates=(),
        framework=(),
        reporting=ReportingGuidance(t, t, t),
    )


PROFILE = _profile()


def row(
    child_id: str,
    name: str,
    *,
    group: str = "Sommerfuglene",
    position: str | None = "green",
    age_months: int = 48,
    last: date | None = date(2025, 5, 1),
    plan: str | None = None,
    follow_up: date | None = None,
) -> OverviewRow:
    band = next((b.key for b in PROFILE.age_bands if b.contains(age_months)), "")
    return OverviewRow(
        child_id=child_id,
        name=name,
        group=group,
        birth_date=date(2021, 4, 12),
        age_months=age_months,
        age_band=band,
        position=position,
        position_date=last if position else None,
        last_assessment=last,
        open_plan_id=plan,
        next_follow_up=follow_up,
    )


ROWS = [
    row("c1", "Ida Sørensen", position="yellow", last=date(2025, 4, 12), plan="p1"),
    row("c2", "Emil Hansen", group="Bjørnene", position="green", age_months=20),
    row("c3", "Åse Østergaard", position="red", last=date(2024, 11, 1)),
    row("c4", "Noah Jensen", group="Bjørnene", position=None, last=None),
    row("c5", "Freja Sørensen", position="yellow", age_months=30, last=date(2024, 1, 5)),
    row("c6", "Zakaria Ali", position="green"),
]


@pytest.fixture
def view(qtbot) -> OverviewView:
    v = OverviewView()
    qtbot.addWidget(v)
    v.resize(1366, 700)
    v.set_rows(ROWS, PROFILE, TODAY)
    v.show()
    qtbot.waitExposed(v)
    return v


def shown_names(view: OverviewView) -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]


def type_search(qtbot, view: OverviewView, text: str) -> None:
    view.search_field.clear()
    qtbot.keyClicks(view.search_field, text)
    qtbot.waitUntil(lambda: not view._search_timer.isActive())


def choose(combo, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


# --- search ---------------------------------------------------------------------


def test_search_ignores_case_and_danish_letters(qtbot, view: OverviewView) -> None:
    type_search(qtbot, view, "sor")
    assert shown_names(view) == ["Freja Sørensen", "Ida Sørensen"]
    assert "Emil Hansen" not in shown_names(view)
    type_search(qtbot, view, "SØR")
    assert shown_names(view) == ["Freja Sørensen", "Ida Sørensen"]
    type_search(qtbot, view, "ida soeren")  # every word must match, "oe" for ø
    assert shown_names(view) == ["Ida Sørensen"]
    type_search(qtbot, view, "aase oster")  # "aa" for å
    assert shown_names(view) == ["Åse Østergaard"]
    type_search(qtbot, view, "hansen")
    assert shown_names(view) == ["Emil Hansen"]


def test_count_label_tells_how_many_are_shown(qtbot, view: OverviewView) -> None:
    assert "6" in view.count_label.text()
    type_search(qtbot, view, "sor")
    text = view.count_label.text()
    assert "2" in text and "6" in text
    many = [row(f"x{i}", f"Barn {i}") for i in range(20_000)]
    view.set_rows(many, PROFILE, TODAY)
    assert "20.000" in view.count_label.text()  # Danish thousands separator


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("Ida Sørensen", "soren"),
        ("Ida Sørensen", "soeren"),
        ("Åse Holm", "ase"),
        ("Åse Holm", "aase"),
        ("Mette Kjær", "kjaer"),
        ("Emir Öztürk", "ozturk"),
        ("Zofia Wiśniewska", "wisniew"),
        ("Ayşe Demir", "ayse"),
    ],
)
def test_search_key_finds_names_typed_without_special_letters(name: str, query: str) -> None:
    assert query in search_key(name)


# --- filters --------------------------------------------------------------------


def test_position_filter_shows_only_that_position(view: OverviewView) -> None:
    choose(view.position_filter, "yellow")
    keys = {view.proxy.index(r, 0).data(POSITION_KEY_ROLE) for r in range(view.proxy.rowCount())}
    assert keys == {"yellow"}
    assert shown_names(view) == ["Freja Sørensen", "Ida Sørensen"]
    choose(view.position_filter, NO_POSITION)
    assert shown_names(view) == ["Noah Jensen"]
    view.position_filter.setCurrentIndex(0)
    assert len(shown_names(view)) == len(ROWS)


def test_position_filter_offers_the_profile_labels(view: OverviewView) -> None:
    items = [view.position_filter.itemText(i) for i in range(view.position_filter.count())]
    assert items[1:4] == ["Grøn", "Gul", "Rød"]
    assert len(items) == 5  # "all" and "no position yet" around them


def test_group_and_age_filters(view: OverviewView) -> None:
    choose(view.group_filter, "Bjørnene")
    assert shown_names(view) == ["Emil Hansen", "Noah Jensen"]
    choose(view.age_filter, "0_2")
    assert shown_names(view) == ["Emil Hansen"]
    view.clear_filters()
    assert len(shown_names(view)) == len(ROWS)


def test_not_assessed_for_months_counts_back_from_today(view: OverviewView) -> None:
    choose(view.stale_filter, 6)
    # Assessed 2024-11-01 and 2024-01-05 (more than 6 months before 2025-06-15), or never.
    assert shown_names(view) == ["Freja Sørensen", "Noah Jensen", "Åse Østergaard"]
    choose(view.stale_filter, 12)
    assert shown_names(view) == ["Freja Sørensen", "Noah Jensen"]
    choose(view.stale_filter, 3)
    assert "Ida Sørensen" not in shown_names(view)  # assessed 2025-04-12, two months ago
    view.set_rows(ROWS, PROFILE, date(2025, 8, 1))  # time passes: now over 3 months ago
    assert "Ida Sørensen" in shown_names(view)


def test_months_before_clamps_the_day() -> None:
    assert months_before(date(2025, 5, 31), 3) == date(2025, 2, 28)
    assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert months_before(date(2025, 1, 15), 12) == date(2024, 1, 15)


def test_set_rows_keeps_filters_search_and_selection(qtbot, view: OverviewView) -> None:
    choose(view.group_filter, "Sommerfuglene")
    type_search(qtbot, view, "sør")
    assert view.select_child("c1")
    view.set_rows([*ROWS, row("c7", "Karla Sørensen", group="Bjørnene")], PROFILE, TODAY)
    assert view.group_filter.currentData() == "Sommerfuglene"
    assert shown_names(view) == ["Freja Sørensen", "Ida Sørensen"]
    assert view.current_child_id() == "c1"


def test_update_rows_changes_only_those_under_the_filters(qtbot, view: OverviewView) -> None:
    resets: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(1))
    choose(view.position_filter, "yellow")
    type_search(qtbot, view, "sør")
    assert view.select_child("c5")
    assert shown_names(view) == ["Freja Sørensen", "Ida Sørensen"]
    # Ida is now red: she leaves the yellow filter; Freja stays selected.
    view.update_rows([row("c1", "Ida Sørensen", position="red", plan="p1")])
    assert shown_names(view) == ["Freja Sørensen"]
    assert view.current_child_id() == "c5"
    # A new yellow child matching the search arrives in her place by name; Emil
    # turns yellow but does not match the search.
    view.update_rows(
        [
            row("c7", "Asta Sørensen", group="Mus", position="yellow"),
            row("c2", "Emil Hansen", group="Bjørnene", position="yellow", age_months=20),
        ]
    )
    assert shown_names(view) == ["Asta Sørensen", "Freja Sørensen"]
    assert view.group_filter.findData("Mus") >= 0  # its new group can be filtered by
    assert view.count_label.text().startswith("Viser 2 af 7")
    view.clear_filters()
    assert shown_names(view)[:3] == ["Asta Sørensen", "Emil Hansen", "Freja Sørensen"]
    assert resets == []


# --- sorting --------------------------------------------------------------------


def test_names_sort_in_danish_order_and_header_click_reverses(qtbot, view: OverviewView) -> None:
    names = ["Åge Bech", "Zara Ali", "Østen Dahl", "Ægir Holm", "Anna Berg", "Ole Bruun"]
    view.set_rows([row(f"n{i}", n) for i, n in enumerate(names)], PROFILE, TODAY)
    assert shown_names(view) == [
        "Anna Berg",
        "Ole Bruun",
        "Zara Ali",
        "Ægir Holm",
        "Østen Dahl",
        "Åge Bech",
    ]
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.NAME) + header.sectionSize(Column.NAME) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert shown_names(view)[0] == "Åge Bech"
    assert shown_names(view)[-1] == "Anna Berg"


def test_sorting_by_position_puts_the_most_worry_first(view: OverviewView) -> None:
    view.table.sortByColumn(Column.POSITION, Qt.SortOrder.DescendingOrder)
    keys = [view.proxy.index(r, 0).data(POSITION_KEY_ROLE) for r in range(view.proxy.rowCount())]
    assert keys == ["red", "yellow", "yellow", "green", "green", None]


def test_an_updated_row_moves_to_its_place_under_the_sort(view: OverviewView) -> None:
    view.table.sortByColumn(Column.POSITION, Qt.SortOrder.DescendingOrder)
    assert view.select_child("c6")  # Zakaria, green
    view.update_rows([row("c6", "Zakaria Ali", position="red")])
    assert shown_names(view)[:2] == ["Zakaria Ali", "Åse Østergaard"]  # red, ties by name
    assert view.current_child_id() == "c6"  # the selection moved with him
    # A rename re-sorts by name too.
    view.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    view.update_rows([row("c6", "Adam Ali", position="red")])
    assert shown_names(view)[0] == "Adam Ali"


def test_sorting_keeps_the_selected_child(view: OverviewView) -> None:
    assert view.select_child("c3")
    view.table.sortByColumn(Column.AGE, Qt.SortOrder.DescendingOrder)
    assert view.current_child_id() == "c3"


# --- opening a child ------------------------------------------------------------


def test_enter_on_a_row_emits_its_child_id(qtbot, view: OverviewView) -> None:
    view.table.setFocus()
    view.select_child("c5")
    with qtbot.waitSignal(view.child_activated, timeout=1000) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == ["c5"]


def test_double_click_emits_the_child_id_once(qtbot, view: OverviewView) -> None:
    got: list[str] = []
    view.child_activated.connect(got.append)
    index = view.proxy.index(2, Column.NAME)
    rect = view.table.visualRect(index)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert got == [index.data(CHILD_ID_ROLE)]


def test_keyboard_alone_searches_and_opens_a_child(qtbot, view: OverviewView) -> None:
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_field.hasFocus()
    qtbot.keyClicks(view.search_field, "hans")
    qtbot.keyClick(view.search_field, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    with qtbot.waitSignal(view.child_activated, timeout=1000) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == ["c2"]


# --- chips, dates, language -----------------------------------------------------


def test_position_cells_show_the_label_and_a_chip(view: OverviewView) -> None:
    view.select_child("c1")
    index = view.table.currentIndex().siblingAtColumn(Column.POSITION)
    assert index.data() == "Gul"
    chip = index.data(CHIP_ROLE)
    assert isinstance(chip, ChipSpec) and chip.text == "▲ Gul"
    none_index = view.proxy.index(shown_names(view).index("Noah Jensen"), Column.POSITION)
    assert none_index.data(CHIP_ROLE).background is None  # outlined, not coloured
    # The delegate paints the chip: the position's yellow is in the cell.
    image: QImage = view.table.viewport().grab(view.table.visualRect(index)).toImage()
    colours = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }
    assert "#fbc02d" in colours


def test_chip_labels_follow_the_ui_language(view: OverviewView) -> None:
    install_translator(QCoreApplication.instance(), "en")
    try:
        view.set_rows(ROWS, PROFILE, TODAY)
        labels = {view.proxy.index(r, Column.POSITION).data() for r in range(len(ROWS))}
        assert {"Green", "Yellow", "Red"} <= labels
    finally:
        install_translator(QCoreApplication.instance(), "da")


def test_chip_text_contrasts_with_every_bundled_colour() -> None:
    for profile_id in bundled_profile_ids():
        for p in load_bundled_profile(profile_id).scale.positions:
            chip = chip_for(p)
            fg = text_colour_for(chip.background)
            assert contrast_ratio(fg, chip.background) >= 4.5, (profile_id, p.key)
            assert chip.symbol and chip.label  # never the colour alone
    assert text_colour_for(QColor("#FBC02D")) == QColor("black")
    assert text_colour_for(QColor("#C62828")) == QColor("white")


def test_dates_are_in_danish_format(view: OverviewView) -> None:
    view.select_child("c1")
    index = view.table.currentIndex()
    assert index.siblingAtColumn(Column.LAST_ASSESSMENT).data() == "12.04.2025"
    assert index.siblingAtColumn(Column.AGE).data() == "4"


def test_bundled_topi_profile(qtbot) -> None:
    topi = load_bundled_profile("topi")
    rows = [
        row("t1", "Alma Nielsen", position="green"),
        row("t2", "Oscar Larsen", position="red", plan="p2", follow_up=date(2025, 6, 20)),
        row("t3", "Liva Holm", position="yellow"),
    ]
    v = OverviewView()
    qtbot.addWidget(v)
    v.set_rows(rows, topi, TODAY)
    labels = [v.position_filter.itemText(i) for i in range(v.position_filter.count())]
    assert [p.label.da for p in topi.scale.positions] == labels[1:-1]
    choose(v.position_filter, "red")
    assert shown_names(v) == ["Oscar Larsen"]
    index = v.proxy.index(0, Column.POSITION)
    assert index.data() == topi.scale.position("red").label.da
    assert v.proxy.index(0, Column.NEXT_FOLLOW_UP).data() == "20.06.2025"


# --- layout and accessibility ---------------------------------------------------


def test_fits_1366_by_768_without_cutting_titles(qtbot, view: OverviewView) -> None:
    view.resize(1366, 768 - 40)
    qtbot.wait(10)
    header = view.table.horizontalHeader()
    total = sum(header.sectionSize(c) for c in Column)
    assert total <= view.table.viewport().width()
    for c in Column:
        assert header.sectionSize(c) >= header.sectionSizeHint(c), c.name
    assert view.minimumSizeHint().width() <= 1366
    for combo in (view.group_filter, view.position_filter, view.age_filter, view.stale_filter):
        assert combo.width() >= combo.minimumSizeHint().width()


def test_longest_labels_and_names_are_not_cut_at_1366(qtbot) -> None:
    sos = load_bundled_profile("signs-of-safety")  # the longest position labels
    names = ["Sebastian Christiansen Vestergaard", "Ida Sørensen"]
    rows = [
        row(f"s{i}", n, group="Mælkebøtterne 2", position=p.key)
        for i, (n, p) in enumerate(zip(names * 6, sos.scale.positions, strict=False))
    ]
    v = OverviewView()
    qtbot.addWidget(v)
    v.resize(1366, 728)
    v.set_rows(rows, sos, TODAY)
    v.show()
    qtbot.waitExposed(v)
    header, metrics = v.table.horizontalHeader(), v.table.fontMetrics()
    assert sum(header.sectionSize(c) for c in Column) <= v.table.viewport().width()
    widest_chip = max(chip_size(chip_for(p), metrics).width() for p in sos.scale.positions)
    assert header.sectionSize(Column.POSITION) >= widest_chip
    assert header.sectionSize(Column.NAME) > metrics.horizontalAdvance(names[0])
    assert header.sectionSize(Column.GROUP) > metrics.horizontalAdvance("Mælkebøtterne 2")


def test_every_focusable_widget_has_an_accessible_name(view: OverviewView) -> None:
    focusable = [
        w
        for w in view.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
    ]
    assert view.search_field in focusable and view.table in focusable
    unnamed = [type(w).__name__ for w in focusable if not w.accessibleName()]
    assert unnamed == []
    assert view.search_field.placeholderText()


@pytest.mark.parametrize("width", [1366, 910])  # 910: a 1366 px screen at 150 %
def test_filter_texts_are_not_cut_in_danish(qtbot, qapp, width) -> None:
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    install_translator(qapp, "da")
    try:
        v = OverviewView()
        qtbot.addWidget(v)
        v.resize(width, 500)
        v.set_rows([row("a", "Ida Sørensen")], load_bundled_profile("topi"), TODAY)
        v.show()
        qtbot.waitExposed(v)
        qtbot.waitUntil(lambda: v.stale_filter.width() > 0)
        for combo in (v.group_filter, v.position_filter, v.age_filter, v.stale_filter):
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            field = combo.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                combo,
            )
            needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
            assert needed <= field.width(), combo.currentText()
    finally:
        install_translator(qapp, "en")
