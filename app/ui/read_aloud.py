"""Read-aloud of the resident view, through the computer's own speech engine (QtTextToSpeech).

Imported only when the resident view (F9) opens: QtTextToSpeech stays out of the start.

The engine is chosen once, explicitly, never per call:
- Windows: ``sapi`` (the classic Windows voices), ``winrt`` where sapi is missing;
- macOS: ``darwin``;
- elsewhere: ``speechd`` (speech-dispatcher).
Qt's ``mock`` engine is never chosen here; tests put it (or a name no engine has, which is what a
computer without engines looks like to Qt) in ``ENGINE`` before the view is built. That module
constant is the one seam.

What is spoken is only what the resident view shows, as plain text: bidi controls and markup-like
tags are stripped, each piece is cut to ``PIECE_CHARS`` and a reading to ``READING_CHARS``, so a
100 000-character line never holds the engine or the UI. No text goes to the log.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

ENGINE: str | None = None  # the seam: None is the platform's own engine; tests set "mock" or a missing name

PIECE_CHARS = 800  # one utterance at most; a longer line is cut at a space
READING_CHARS = 12_000  # one reading at most (some minutes of speech); the rest is left unread

_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
_MARKS = re.compile(r"^[\s✓•]+")


def platform_engine(available: list[str], platform: str = sys.platform) -> str:
    """The engine for this platform; the name alone when Qt does not list it (then nothing speaks)."""
    if platform == "win32":
        return "winrt" if "sapi" not in available and "winrt" in available else "sapi"
    if platform == "darwin":
        return "darwin"
    return "speechd"


def speakable(text: str) -> str:
    """The text as it may be spoken: no bidi controls, no tags, no list marks, spaces collapsed."""
    text = _TAG.sub(" ", _BIDI.sub("", text))
    return " ".join(_MARKS.sub("", text).split())


def pieces(lines: list[str]) -> list[str]:
    """The lines as utterances: cleaned, empty ones left out, each cut to PIECE_CHARS, READING_CHARS in all."""
    out: list[str] = []
    left = READING_CHARS
    for line in lines:
        text = speakable(line[: READING_CHARS * 2])  # cleaning a 100k line costs little, but need not
        while text and left > 0:
            cut = text[: min(PIECE_CHARS, left)]
            if len(cut) < len(text) and " " in cut:
                cut = cut.rsplit(" ", 1)[0]
            out.append(cut)
            left -= len(cut)
            text = text[len(cut) :].lstrip()
    return out


@dataclass(frozen=True)
class Voice:
    """A language the engine can read: the document language code and the locale it speaks it in."""

    lang: str
    locale: QLocale


def find_locale(lang: str, available: list[QLocale]) -> QLocale | None:
    """The engine's locale for a language: the language's main country first (nl_NL before nl_BE)."""
    wanted = QLocale(lang)
    same = [loc for loc in available if loc.language() == wanted.language()]
    if not same:
        return None
    return next((loc for loc in same if loc.territory() == wanted.territory()), same[0])


class ReadAloud(QObject):
    """One speech engine for the resident view: what it can read, reading, stopping."""

    speaking_changed = Signal(bool)

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        name = engine if engine is not None else ENGINE
        if name is None:
            name = platform_engine(QTextToSpeech.availableEngines())
        self.engine_name = name
        self._queue: list[str] = []
        self.spoken: list[str] = []  # what this reading handed to the engine (kept in memory only)
        self._tts: QTextToSpeech | None = None
        if name in QTextToSpeech.availableEngines():
            tts = QTextToSpeech(name, self)
            if tts.state() != QTextToSpeech.State.Error:
                self._tts = tts
                tts.stateChanged.connect(self._state_changed)

    @property
    def has_engine(self) -> bool:
        return self._tts is not None

    def voice_for(self, lang: str) -> Voice | None:
        """Whether the engine has a voice for the language (document code: "nl", "ar", ...)."""
        if self._tts is None or not lang:
            return None
        locale = find_locale(lang, list(self._tts.availableLocales()))
        if locale is None:
            return None
        return Voice(lang, locale)

    @property
    def speaking(self) -> bool:
        return self._tts is not None and (
            bool(self._queue) or self._tts.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Paused)
        )

    def read(self, voice: Voice, lines: list[str]) -> bool:
        """Read the lines in the voice's language; False when there is nothing to read or no voice."""
        self.stop()
        tts = self._tts
        if tts is None:
            return False
        utterances = pieces(lines)
        if not utterances:
            return False
        tts.setLocale(voice.locale)
        if tts.locale().language() != voice.locale.language():
            return False
        voices = list(tts.availableVoices())
        if not voices:
            return False
        if tts.voice() not in voices:
            tts.setVoice(voices[0])
        self.spoken = []
        self._queue = utterances
        self._next()
        self.speaking_changed.emit(True)
        return True

    def stop(self) -> None:
        """Stop at once (leaving the view, a lock): the queue first, so the engine's Ready starts nothing."""
        was = self.speaking
        self._queue = []
        if self._tts is not None and self._tts.state() in (
            QTextToSpeech.State.Speaking,
            QTextToSpeech.State.Paused,
            QTextToSpeech.State.Synthesizing,
        ):
            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)
        if was:
            self.speaking_changed.emit(False)

    def _next(self) -> None:
        if self._tts is None or not self._queue:
            return
        text = self._queue.pop(0)
        self.spoken.append(text)
        self._tts.say(text)

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Ready:
            if self._tts is not None and self._tts.state() != QTextToSpeech.State.Ready:
                return  # a late Ready from an earlier stop: the engine is already on the next reading
            if self._queue:
                self._next()
            else:
                self.speaking_changed.emit(False)
        elif state == QTextToSpeech.State.Error:
            self._queue = []
            self.speaking_changed.emit(False)
