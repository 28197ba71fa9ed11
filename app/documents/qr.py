"""QR code modules for the slip, through reportlab's encoder, with a faster choice of mask.

reportlab's ``QRCode.make()`` lays out the whole symbol eight times (once per mask pattern) and
scores each layout in pure Python, which was most of a slip's time. Here the function patterns are
laid out once, the data goes in under each mask as integer rows (a row's modules are the bits of one
integer, so masking a row is one XOR), and each candidate is scored on strings and integers with
exactly reportlab's rules (``QRUtil.getLostPoint``), so the same mask wins and the final symbol is
the one reportlab itself makes (tests/documents/test_qr.py holds it to that, module for module).

The error-correction bytes are reportlab's too, computed with log tables and a generator
polynomial made once per length (``_generator``): reportlab makes that polynomial again for every
block of every symbol, in pure Python, which was a fifth of the slip's QR code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import chain, zip_longest
from typing import Any

_RUN = re.compile(r"0{5,}|1{5,}")
_FINDER = "10111010000"  # reportlab scores this one direction only, without overlaps, and only in rows


# reportlab's QRUtil.getMask, one condition per mask pattern: where it holds, a data module is flipped
_CONDITIONS: tuple[Callable[[int, int], bool], ...] = (
    lambda r, c: (r + c) % 2 == 0,
    lambda r, c: r % 2 == 0,
    lambda r, c: c % 3 == 0,
    lambda r, c: (r + c) % 3 == 0,
    lambda r, c: (r // 2 + c // 3) % 2 == 0,
    lambda r, c: (r * c) % 2 + (r * c) % 3 == 0,
    lambda r, c: ((r * c) % 2 + (r * c) % 3) % 2 == 0,
    lambda r, c: ((r * c) % 3 + (r + c) % 2) % 2 == 0,
)


@cache
def _mask_rows(n: int, mask: int) -> tuple[int, ...]:
    """Where ``mask`` flips a module of an n-module symbol: one integer per row, column 0 its highest bit.
    Geometry only (the same for every code of that size), so kept."""
    holds = _CONDITIONS[mask]
    return tuple(sum(1 << (n - 1 - c) for c in range(n) if holds(r, c)) for r in range(n))


def masked_layouts(base: list[list[bool]], positions: list[tuple[int, int]], bits: list[bool]) -> list[list[int]]:
    """The symbol under each of the eight masks, as QRCode.mapData would leave it: rows as integers.
    ``base`` holds the function patterns with every data module light."""
    n = len(base)
    fixed = [int("".join("1" if m else "0" for m in row), 2) for row in base]
    where, dark = [0] * n, [0] * n
    for (c, r), bit in zip(positions, bits, strict=True):
        place = 1 << (n - 1 - c)
        where[r] |= place
        if bit:
            dark[r] |= place
    return [
        [f | ((d ^ m) & w) for f, d, m, w in zip(fixed, dark, _mask_rows(n, mask), where, strict=True)]
        for mask in range(8)
    ]


def _rule3(lines: list[str]) -> int:
    """QRUtil.maskScoreRule3hor: 40 for each finder-like run, scanning left to right without overlap;
    reportlab stops one place short of the end (``j < len - 11``), and so does this."""
    score = 0
    width = len(_FINDER)
    for line in lines:
        last = len(line) - width
        j = line.find(_FINDER)
        while 0 <= j < last:
            score += 40
            j = line.find(_FINDER, j + width)
    return score


def lost_points(rows: list[str]) -> int:
    """QRUtil.getLostPoint for a symbol given as rows of '0'/'1'."""
    n = len(rows)
    cols = ["".join(col) for col in zip(*rows, strict=True)]
    # rule 1: each run of five or more of one colour, in rows and columns, costs its length - 2
    score = sum(m.end() - m.start() - 2 for line in rows + cols for m in _RUN.finditer(line))
    # rule 2: each 2x2 block of one colour costs 3
    ints = [int(line, 2) for line in rows]
    inner = (1 << (n - 1)) - 1
    for upper, lower in zip(ints, ints[1:], strict=False):
        same_v = ~(upper ^ lower)
        same_h = ~(upper ^ (upper >> 1))
        score += 3 * (same_v & (same_v >> 1) & same_h & inner).bit_count()
    # rule 3, rows only: reportlab's pass over the columns compares tuples with a list, which never
    # match; the same choice of mask needs the same blind spot
    score += _rule3(rows)
    # rule 4: distance of the dark share from half, in steps of 5 %
    dark = sum(line.count("1") for line in rows)
    score += 10 * (abs(100 * dark // (n * n) - 50) // 5)
    return score


def best_mask(layouts: list[list[int]], n: int) -> int:
    """The mask reportlab's getBestMaskPattern picks among ``masked_layouts``: the lowest score, the first
    of equals."""
    best, best_score = 0, -1
    for mask, rows in enumerate(layouts):
        score = lost_points([format(row, f"0{n}b") for row in rows])
        if best_score < 0 or score < best_score:
            best, best_score = mask, score
    return best


@cache
def _generator(ec_count: int) -> tuple[int, ...]:
    """The Reed-Solomon generator polynomial of ``ec_count`` terms, highest first (reportlab's own)."""
    from reportlab.graphics.barcode.qrencoder import QRUtil

    return tuple(QRUtil.getErrorCorrectPolynomial(ec_count).num)


def _remainder(data: list[int], gen: tuple[int, ...]) -> list[int]:
    """data * x^(len(gen)-1) modulo gen over GF(256): the block's error-correction bytes."""
    from reportlab.graphics.barcode.qrencoder import EXP_TABLE, LOG_TABLE

    ec = len(gen) - 1
    tail = [LOG_TABLE[g] if g else -1 for g in gen[1:]]
    msg = list(data) + [0] * ec
    for i in range(len(data)):
        coef = msg[i]
        if coef:
            lc = LOG_TABLE[coef]
            for j, lg in enumerate(tail, start=i + 1):
                if lg >= 0:
                    msg[j] ^= EXP_TABLE[(lc + lg) % 255]
    return msg[len(data) :]


def _codewords(qr: Any) -> list[int]:
    """What reportlab's QRCode.createData returns: data and error-correction bytes, interleaved."""
    from reportlab.graphics.barcode.qrencoder import QRBitBuffer, QRCode, QRRSBlock

    blocks = QRRSBlock.getRSBlocks(qr.version, qr.errorCorrectLevel)
    buffer = QRBitBuffer()
    for data in qr.dataList:
        data.write(buffer, qr.version)
    capacity = 8 * sum(b.dataCount for b in blocks)
    if buffer.getLengthInBits() > capacity:
        raise Exception(f"code length overflow. ({buffer.getLengthInBits()} > {capacity})")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads = (QRCode.PAD0, QRCode.PAD1)
    k = 0
    while buffer.getLengthInBits() < capacity:
        buffer.put(pads[k % 2], 8)
        k += 1
    dcdata, ecdata, offset = [], [], 0
    for b in blocks:
        block = buffer.buffer[offset : offset + b.dataCount]
        offset += b.dataCount
        dcdata.append(block)
        ecdata.append(_remainder(block, _generator(b.totalCount - b.dataCount)))
    return [d for group in chain(zip_longest(*dcdata), zip_longest(*ecdata)) for d in group if d is not None]


def _function_patterns(qr: Any) -> None:
    """What QRCode.makeImpl(True, ...) lays out before the data: finders, alignment and timing patterns,
    and the format bits (from version 7 the version bits too) left blank, as while a mask is chosen; the
    data modules stay light. makeImpl maps the data too, in pure Python, and reportlab's make() lays it
    all out again for the chosen mask: here the data goes in once, after the choice."""
    n = qr.moduleCount = qr.version * 4 + 17
    qr.modules = [[False] * n for _ in range(n)]
    qr.setupPositionProbePattern(0, 0)
    qr.setupPositionProbePattern(n - 7, 0)
    qr.setupPositionProbePattern(0, n - 7)
    qr.setupPositionAdjustPattern()
    qr.setupTimingPattern()
    qr.setupTypeInfo(True, 0)
    if qr.version >= 7:
        qr.setupTypeNumber(True)


def qr_matrix(payload: str, level: str = "M") -> tuple[tuple[bool, ...], ...]:
    """The modules (True = dark) of the QR code for ``payload``, as reportlab's QRCode.make() makes them."""
    from reportlab.graphics.barcode import qrencoder

    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    qr.addData(payload)
    qr.version = qr.calculate_version()
    qr.dataCache = _codewords(qr)
    _function_patterns(qr)  # as while choosing: the format bits blank, no data yet
    positions = list(qr.dataPosIterator())
    bits = list(qr.dataBitIterator(qr.dataCache))
    bits += [False] * (len(positions) - len(bits))  # the remainder bits mapData fills with light
    n = qr.moduleCount
    layouts = masked_layouts(qr.modules, positions, bits)
    mask = best_mask(layouts, n)
    qr.modules = [[m == "1" for m in format(row, f"0{n}b")] for row in layouts[mask]]
    qr.setupTypeInfo(False, mask)  # the chosen mask's format bits, and the version bits, over the blanks
    if qr.version >= 7:
        qr.setupTypeNumber(False)
    return tuple(tuple(row) for row in qr.modules)
