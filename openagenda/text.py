"""Text from OpenAgenda: multilingual values and descriptions in Markdown or HTML, turned
into the plain text our fields hold (templates escape it and add the paragraphs)."""

import html
import re

import nh3

FALLBACK_LANGUAGES = ("fr", "en")

# Block-level HTML ends a line or a paragraph once the tags are gone.
_BLOCK_END = re.compile(r"</(p|div|h[1-6]|ul|ol|blockquote|pre|table|section|article)\s*>", re.I)
_LINE_END = re.compile(r"</tr\s*>", re.I)
_LINE_BREAK = re.compile(r"<br\s*/?>", re.I)
_LIST_ITEM = re.compile(r"<li(\s[^>]*)?>", re.I)
# Markdown that reads badly as plain text.
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(\s*(<?[^)\s>]+>?)[^)]*\)")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
_EMPHASIS = re.compile(
    r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"
    r"|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"
    r"|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"
)
_RULE = re.compile(r"^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$", re.M)
_BLANK_LINES = re.compile(r"\n\s*\n(\s*\n)+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
# Any character that can start HTML or Markdown that plain text would not show as is.
_MARKUP = re.compile(r"[<>&*_\[#`\\]|---")
# Control characters (NUL cannot even be stored by PostgreSQL), except line breaks and tabs.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0]+")


def languages(value):
    """The languages a multilingual value has text in."""
    if isinstance(value, dict):
        return {lang for lang, text in value.items() if isinstance(text, str) and text.strip()}
    return set()


def pick(value, lang):
    """The text of a multilingual value in one language, or ""."""
    if isinstance(value, dict):
        text = value.get(lang)
        return text.strip() if isinstance(text, str) else ""
    return ""


def pick_source(value):
    """The text for the source (French) version: French, else English, else the first
    language there is. A plain string (monolingual answers) is taken as it is."""
    if isinstance(value, str):
        return value.strip()
    if not isinstance(value, dict):
        return ""
    for lang in FALLBACK_LANGUAGES:
        if text := pick(value, lang):
            return text
    for lang in sorted(value):
        if text := pick(value, lang):
            return text
    return ""


def plain_text(text):
    """Markdown or HTML (possibly hostile) → plain text with blank lines between paragraphs."""
    if not text:
        return ""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not _MARKUP.search(text):
        # Most texts are plain already: only their spacing needs tidying.
        return _tidy(text)
    text = _LINE_BREAK.sub("\n", text)
    text = _LIST_ITEM.sub("\n- ", text)
    text = _BLOCK_END.sub("\n\n", text)
    text = _LINE_END.sub("\n", text)
    # nh3 drops every tag, and scripts and styles with their content; what remains is
    # escaped text, which we unescape since it is stored as text, not HTML.
    text = html.unescape(nh3.clean(text, tags=set(), attributes={}))
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: _link_text(m.group(1), m.group(2).strip("<>")), text)
    text = _RULE.sub("", text)
    text = _HEADING.sub("", text)
    text = _QUOTE.sub("", text)
    text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or m.group(4), text)
    text = _ESCAPE.sub(r"\1", text)
    return _tidy(text)


def _tidy(text):
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _link_text(label, url):
    if url.startswith(("http://", "https://")) and url not in label:
        return f"{label} ({url})"
    return label


def one_line(text, max_length):
    """A summary or a title: plain text on one line, cut at a word within max_length."""
    text = " ".join(plain_text(text).split())
    if len(text) <= max_length:
        return text
    cut = text[: max_length - 1].rsplit(" ", 1)[0] or text[: max_length - 1]
    return cut.rstrip(" ,;:") + "…"
