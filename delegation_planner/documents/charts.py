"""Bar charts as PNG pictures for the annual report, drawn with Pillow (no Qt).

The charts are drawn at print resolution (300 dpi at their width in the
document), so they stay sharp on paper, and they are deterministic: the same
figures give the same bytes (no time stamps in the PNG), which keeps the
report's tests and a comparison of two reports meaningful.

A chart without a title (the report's: its heading and caption name it) is drawn
in one byte a pixel and written as a palette PNG: its text is ink on white (or on a
grid line, also grey) so every antialiased pixel lies on one grey ramp, and the
bars take a few entries of their own. The pixels are those of a colour drawing to
a level or two of the ramp, and the PNG encoder has a third of the bytes to filter
and compress (a year's four charts took 0.3 s at 300 dpi in colour). A chart with
a title (the window's), or with more bar colours than entries set aside, is drawn
in colour.

Two shapes: vertical bars for a few short categories (the twelve months) and
horizontal bars for named categories (partner regions), whose names would not
fit under a bar. Every bar carries its value, so the chart reads without the grid.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw, ImageFont

DPI = 300
WIDTH_CM = 16.0
WIDTH_PX = round(WIDTH_CM / 2.54 * DPI)

Colour = tuple[int, int, int]
ACCENT: Colour = (0x1F, 0x3A, 0x5F)  # the template's heading colour
LIGHT: Colour = (0x9D, 0xB7, 0xD5)
_INK: Colour = (0x22, 0x22, 0x22)
_GRID: Colour = (0xD9, 0xD9, 0xD9)
_WHITE: Colour = (0xFF, 0xFF, 0xFF)

# Regular and bold faces tried in turn; Pillow looks in the system's font folders.
_REGULAR = ("arial.ttf", "Arial.ttf", "DejaVuSans.ttf", "LiberationSans-Regular.ttf", "Helvetica.ttc")
_BOLD = ("arialbd.ttf", "Arial Bold.ttf", "DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf")

# Sizes in pixels at 300 dpi (1 pt = 300 / 72 px).
_TITLE, _LABEL, _VALUE = 46, 36, 32
_MAX_NAME = 30  # characters of a category name before it is shortened with "…"

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont
Fill = Colour | int

# A palette chart: entries 0–3 for the bars' colours, 4 the ink, up to 255 the white,
# and every entry between them the ink blended with white in even steps.
_SPOTS = 4
_INK_ENTRY, _WHITE_ENTRY = _SPOTS, 255


@dataclass(frozen=True)
class Series:
    """One row of bars in a chart: a value per category (none where nothing was recorded)."""

    name: str
    values: Sequence[float | None]
    colour: Colour = ACCENT


@dataclass(frozen=True)
class Chart:
    """A bar chart of the annual report, drawn as an image."""

    title: str
    categories: Sequence[str]
    series: Sequence[Series]
    value_axis: str
    category_axis: str = ""
    value_text: Callable[[float], str] = lambda v: f"{v:,.0f}"
    whole_numbers: bool = False  # counts: grid lines on whole numbers only


def load_font(size: int, bold: bool = False) -> Font:
    """A TrueType font if the system has one of the usual ones, else Pillow's own."""
    path = _font_file(bold)
    return ImageFont.load_default(size) if path is None else ImageFont.truetype(path, size)


@cache
def _font_file(bold: bool) -> str | None:
    # Pillow looks for a font name through all the system's font folders, each time: the
    # names not found cost milliseconds a chart. The file found is remembered (a font
    # object is not: FreeType's faces are not to be shared between the worker threads).
    for name in _BOLD + _REGULAR if bold else _REGULAR:
        try:
            return str(ImageFont.truetype(name, 10).path)
        except OSError:
            continue
    return None


class _Fonts:
    def __init__(self) -> None:
        self.title = load_font(_TITLE, bold=True)
        self.label = load_font(_LABEL)
        self.value = load_font(_VALUE)


class _Inks:
    """What each colour is drawn with: itself, or its palette entry in a palette chart."""

    def __init__(self, chart: Chart, palette: bool) -> None:
        spots = list(dict.fromkeys(series.colour for series in chart.series))
        self.indexed = palette and not chart.title and len(spots) <= _SPOTS
        self.mode = "L" if self.indexed else "RGB"
        self._spots = {colour: index for index, colour in enumerate(spots)}

    def __call__(self, colour: Colour) -> Fill:
        if not self.indexed:
            return colour
        if colour in self._spots:
            return self._spots[colour]
        # The greys (ink, grid, white) are places on the ramp.
        share = (colour[0] - _INK[0]) / (_WHITE[0] - _INK[0])
        return _INK_ENTRY + round(share * (_WHITE_ENTRY - _INK_ENTRY))

    def palette(self) -> list[int]:
        entries: list[Colour] = [_WHITE] * _SPOTS
        for colour, index in self._spots.items():
            entries[index] = colour
        steps = _WHITE_ENTRY - _INK_ENTRY
        for step in range(steps + 1):
            r, g, b = (round(i + (w - i) * step / steps) for i, w in zip(_INK, _WHITE, strict=True))
            entries.append((r, g, b))
        return [value for colour in entries for value in colour]


def vertical_bars(
    chart: Chart, width: int = WIDTH_PX, height: int | None = None, *, palette: bool = True
) -> bytes:
    """Bars standing on the category axis: for a few short category names (months).
    ``palette``: a palette PNG where the chart allows it (see above)."""
    ink = _Inks(chart, palette)
    return _png(_vertical_bars(chart, width, height, ink), ink)


def horizontal_bars(chart: Chart, width: int = WIDTH_PX, *, palette: bool = True) -> bytes:
    """Bars lying along the value axis, one row per category: for names (partners).
    ``palette``: a palette PNG where the chart allows it (see above)."""
    ink = _Inks(chart, palette)
    return _png(_horizontal_bars(chart, width, ink), ink)


@dataclass(frozen=True)
class Picture:
    """A chart for the screen: ``width`` × ``height`` pixels of three bytes (red, green,
    blue), row after row."""

    width: int
    height: int
    pixels: bytes


def screen_picture(chart: Chart, width: int, *, vertical: bool) -> Picture:
    """The chart as printed (vertical or horizontal bars), scaled down to ``width`` pixels.

    For the window's overview, which draws its charts in a worker thread: Pillow lets
    other threads run while it scales (Qt's decoding of a PNG held the window's thread
    up for 20–30 ms a chart), and no PNG is written only to be read again."""
    ink = _Inks(chart, palette=False)
    image = _vertical_bars(chart, WIDTH_PX, None, ink) if vertical else _horizontal_bars(chart, WIDTH_PX, ink)
    if width < image.width:
        height = max(1, round(image.height * width / image.width))
        image = image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=2.0)
    return Picture(image.width, image.height, image.convert("RGB").tobytes())


def _vertical_bars(chart: Chart, width: int, height: int | None, ink: _Inks) -> Image.Image:
    fonts = _Fonts()
    height = height or round(width * 0.5)
    image, draw = _canvas(width, height, ink)
    top = _title_and_legend(draw, chart, fonts, width, ink)
    top_max, ticks = _axis(_largest(chart), chart.whole_numbers)
    tick_width = max(_text_width(draw, chart.value_text(t), fonts.label) for t in ticks)
    left = 30 + _LABEL + 24 + tick_width + 16
    right = width - 30
    bottom = height - 30 - (_LABEL + 20 if chart.category_axis else 0) - _LABEL - 20
    top += _VALUE + 16  # room for the value above the tallest bar
    _value_axis_title(image, chart.value_axis, fonts.label, 30, (top + bottom) // 2, ink)

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * value / top_max

    for tick in ticks:
        y = y_of(tick)
        draw.line([(left, y), (right, y)], fill=ink(_GRID), width=2)
        text = chart.value_text(tick)
        draw.text((left - 16, y), text, font=fonts.label, fill=ink(_INK), anchor="rm")
    slot = (right - left) / max(1, len(chart.categories))
    bar = slot * 0.7 / max(1, len(chart.series))
    for index, name in enumerate(chart.categories):
        x0 = left + slot * index + slot * 0.15
        for number, series in enumerate(chart.series):
            value = series.values[index]
            if value is None:
                continue
            x = x0 + bar * number
            if value > 0:
                draw.rectangle([(x, y_of(value)), (x + bar - 2, bottom)], fill=ink(series.colour))
            draw.text(
                (x + bar / 2, y_of(value) - 8),
                chart.value_text(value),
                font=fonts.value,
                fill=ink(_INK),
                anchor="md",
            )
        draw.text(
            (left + slot * (index + 0.5), bottom + 14), name, font=fonts.label, fill=ink(_INK), anchor="ma"
        )
    draw.line([(left, bottom), (right, bottom)], fill=ink(_INK), width=3)
    if chart.category_axis:
        draw.text(
            ((left + right) / 2, height - 30),
            chart.category_axis,
            font=fonts.label,
            fill=ink(_INK),
            anchor="md",
        )
    return image


def _horizontal_bars(chart: Chart, width: int, ink: _Inks) -> Image.Image:
    fonts = _Fonts()
    per_row = 34 + 46 * max(1, len(chart.series))
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    names = [_shorten(name) for name in chart.categories]
    top = _TITLE + 40 + (_LABEL + 30 if len(chart.series) > 1 else 0)
    height = top + per_row * max(1, len(names)) + 40 + _LABEL + 20 + _LABEL + 40
    image, draw = _canvas(width, height, ink)
    top = _title_and_legend(draw, chart, fonts, width, ink)
    top_max, ticks = _axis(_largest(chart), chart.whole_numbers)
    name_width = max([_text_width(probe, n, fonts.label) for n in names] or [0])
    left = 30 + name_width + 24
    widest_value = max(
        [_text_width(probe, chart.value_text(v), fonts.value) for s in chart.series for v in s.values if v]
        or [0]
    )
    right = width - 30 - widest_value - 16
    bottom = top + per_row * max(1, len(names))

    def x_of(value: float) -> float:
        return left + (right - left) * value / top_max

    for tick in ticks:
        x = x_of(tick)
        draw.line([(x, top), (x, bottom)], fill=ink(_GRID), width=2)
        draw.text((x, bottom + 12), chart.value_text(tick), font=fonts.label, fill=ink(_INK), anchor="ma")
    bar = (per_row - 34) / max(1, len(chart.series))
    for index, name in enumerate(names):
        y0 = top + per_row * index + 17
        draw.text((left - 16, y0 + (per_row - 34) / 2), name, font=fonts.label, fill=ink(_INK), anchor="rm")
        for number, series in enumerate(chart.series):
            value = series.values[index]
            if value is None:
                continue
            y = y0 + bar * number
            if value > 0:
                draw.rectangle([(left, y), (x_of(value), y + bar - 4)], fill=ink(series.colour))
            text = chart.value_text(value)
            draw.text(
                (x_of(max(value, 0)) + 10, y + (bar - 4) / 2),
                text,
                font=fonts.value,
                fill=ink(_INK),
                anchor="lm",
            )
    draw.line([(left, top), (left, bottom)], fill=ink(_INK), width=3)
    draw.text(
        ((left + right) / 2, height - 30), chart.value_axis, font=fonts.label, fill=ink(_INK), anchor="md"
    )
    return image


# --- pieces ------------------------------------------------------------------------------------


def _canvas(width: int, height: int, ink: _Inks) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new(ink.mode, (width, height), ink(_WHITE))
    return image, ImageDraw.Draw(image)


def _title_and_legend(draw: ImageDraw.ImageDraw, chart: Chart, fonts: _Fonts, width: int, ink: _Inks) -> int:
    """Draw the title, if any (in a document the heading and caption name the chart,
    so it has none there), and a legend when there is more than one series; return
    the y below."""
    y = 24
    if chart.title:
        draw.text((30, 24), chart.title, font=fonts.title, fill=ink(ACCENT))
        y += _TITLE + 22
    if len(chart.series) > 1:
        x = 30
        for series in chart.series:
            draw.rectangle([(x, y + 4), (x + _LABEL - 8, y + _LABEL - 4)], fill=ink(series.colour))
            x += _LABEL + 4
            draw.text((x, y), series.name, font=fonts.label, fill=ink(_INK))
            x += _text_width(draw, series.name, fonts.label) + 40
        y += _LABEL + 30
    return y


def _value_axis_title(image: Image.Image, text: str, font: Font, x: int, middle: int, ink: _Inks) -> None:
    """The value axis's title, turned to read from the bottom up beside the axis."""
    probe = ImageDraw.Draw(image)
    width = _text_width(probe, text, font) + 8
    strip = Image.new(ink.mode, (width, _LABEL + 12), ink(_WHITE))
    ImageDraw.Draw(strip).text((4, 2), text, font=font, fill=ink(_INK))
    turned = strip.rotate(90, expand=True)
    image.paste(turned, (x, max(0, middle - turned.height // 2)))


def _text_width(draw: ImageDraw.ImageDraw, text: str, font: Font) -> int:
    left, _, right, _ = draw.textbbox((0, 0), text, font=font)
    return math.ceil(right - left)


def _shorten(name: str) -> str:
    return name if len(name) <= _MAX_NAME else name[: _MAX_NAME - 1].rstrip() + "…"


def _largest(chart: Chart) -> float:
    return max([v for s in chart.series for v in s.values if v is not None] or [0.0])


def _axis(largest: float, whole: bool) -> tuple[float, list[float]]:
    """The axis end and its grid values: the next 1, 2, 2.5 or 5 times a power of ten
    above ``largest``, in four or five steps; whole steps for counts."""
    if largest <= 0:
        return (5.0, [float(i) for i in range(6)]) if whole else (1.0, [i / 5 for i in range(6)])
    power = 10.0 ** math.floor(math.log10(largest))
    mantissa = next(m for m in (1, 2, 2.5, 5, 10) if largest <= m * power * (1 + 1e-9))
    top = mantissa * power
    step = top / (4 if mantissa == 2 else 5)
    if whole:
        step = float(max(1, math.ceil(step)))
        top = step * math.ceil(largest / step)
    count = round(top / step)
    return top, [step * i for i in range(count + 1)]


def _png(image: Image.Image, ink: _Inks) -> bytes:
    if ink.indexed:
        image.putpalette(ink.palette())  # the one-byte pixels become the palette's entries
    out = _PngBytes()
    # Flat colours compress nearly as well at level 1, in a fifth of the default's time.
    image.save(out, dpi=(DPI, DPI), compress_level=1)
    return out.getvalue()


class _PngBytes(io.BytesIO):
    """Bytes in memory named as a PNG file: Pillow takes the format from the name and loads
    its PNG writer alone (``format="PNG"`` loads its BMP, GIF, JPEG and PPM ones too, 15 ms
    of a report's first chart); the PNG written is the same."""

    name = "chart.png"
