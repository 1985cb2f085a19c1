"""Text from OpenAgenda: multilingual values and descriptions in Markdown or HTML, turned
into the plain text our fields hold (templates escape it and add the paragraphs)."""

import html
import re

import nh3
from markdown_it import MarkdownIt

FALLBACK_LANGUAGES = ("fr", "en")

# Block-level HTML ends a line or a paragraph once the tags are gone (HTML as OpenAgenda
# sends it, and as Markdown renders).
_BLOCK_END = re.compile(r"</(p|div|h[1-6]|ul|ol|blockquote|pre|table|section|article)\s*>", re.I)
_LINE_END = re.compile(r"</tr\s*>", re.I)
_LINE_BREAK = re.compile(r"<br\s*/?>", re.I)
_LIST_ITEM = re.compile(r"<li(\s[^>]*)?>", re.I)
_BLANK_LINES = re.compile(r"\n\s*\n(\s*\n)+")
# Any character that can start HTML or Markdown that plain text would not show as is.
_MARKUP = re.compile(r"[<>&*_\[#`\\]|---")
# Control characters (NUL cannot even be stored by PostgreSQL), except line breaks and tabs.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0]+")


def _list_item(self, tokens, idx, options, env):
    # The item's own marker ("-", "*", "1."), as the text was written.
    token = tokens[idx]
    return f"\n{token.info}{token.markup} "


def _image(self, tokens, idx, options, env):
    return html.escape(self.renderInlineAsText(tokens[idx].children or [], options, env))


def _link_close(self, tokens, idx, options, env):
    """A link reads as its text, followed by its address when the text does not show it."""
    start = idx - 1
    while tokens[start].type != "link_open":
        start -= 1
    url = tokens[start].attrGet("href") or ""
    label = self.renderInlineAsText(tokens[start + 1 : idx], options, env)
    if url.startswith(("http://", "https://")) and url not in label:
        return html.escape(f" ({url})")
    return ""


# CommonMark with HTML left in place (nh3 removes it below); rendered as HTML whose
# markup is then dropped, except what plain text needs: items, links and image texts.
_markdown = MarkdownIt("commonmark", {"html": True})
_markdown.add_render_rule("list_item_open", _list_item)
_markdown.add_render_rule("list_item_close", lambda *args: "")
_markdown.add_render_rule("image", _image)
_markdown.add_render_rule("link_open", lambda *args: "")
_markdown.add_render_rule("link_close", _link_close)
_markdown.add_render_rule("hr", lambda *args: "")


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
    text = _markdown.render(text)
    text = _LINE_BREAK.sub("\n", text)
    text = _LIST_ITEM.sub("\n- ", text)
    text = _BLOCK_END.sub("\n\n", text)
    text = _LINE_END.sub("\n", text)
    # nh3 drops every tag, and scripts and styles with their content; what remains is
    # escaped text, which we unescape since it is stored as text, not HTML.
    return _tidy(html.unescape(nh3.clean(text, tags=set(), attributes={})))


def _tidy(text):
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def one_line(text, max_length):
    """A summary or a title: plain text on one line, cut at a word within max_length."""
    text = " ".join(plain_text(text).split())
    if len(text) <= max_length:
        return text
    cut = text[: max_length - 1].rsplit(" ", 1)[0] or text[: max_length - 1]
    return cut.rstrip(" ,;:") + "…"
