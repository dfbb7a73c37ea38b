#pragma once

#include <QString>
#include <QStringView>

namespace duizhao {

// Escaping for Markdown as CommonMark, GitHub and Obsidian read it. Essay text is scraped
// from the web: whatever it holds must come out as the same characters, never as markup.
namespace MarkdownText {

// Essay text as literal Markdown text. Backslash-escapes every character that can start
// markup anywhere in a line (\ ` * _ [ ] < > # | ~ ^ $ % = & !) and, at the start of a
// line, what would make it a list item ("- ", "+ ", "1. ", "1) "). Leading spaces and
// tabs are dropped (four of them would start a code block). Lines are joined with
// "\n" + linePrefix, so a multi-line text can sit in a blockquote.
//   "[link](javascript:x)"  →  "\[link\](javascript:x)"
//   "# 1. <b>"              →  "\# 1. \<b\>"
//   "1. First"              →  "1\. First"
QString escape(QStringView text, QStringView linePrefix = {});

// The user's note is Markdown and stays Markdown, with two things neutralised: raw HTML
// ("<" is escaped, so a pasted <script> shows as text) and links to javascript:,
// vbscript: and data: URLs (the "]" or "[" that would make the link is escaped).
// Lines are joined with "\n" + linePrefix.
//   "*see* <img src=x>"        →  "*see* \<img src=x>"
//   "[a](javascript:alert(1))" →  "[a\](javascript:alert(1))"
QString note(QStringView text, QStringView linePrefix = {});

// A YAML double-quoted scalar: backslash and quote escaped, control characters, DEL,
// U+0085, U+2028 and U+2029 as \uXXXX, everything else as is.
//   He said "hi"\n  →  "He said \"hi\"\u000a"  (with \n written \n)
QString yamlString(QStringView text);

// A tag as an Obsidian #tag body: spaces become hyphens; anything but letters, digits,
// "_", "-" and "/" becomes a hyphen; runs of hyphens collapse; hyphens at the ends go.
// Empty when nothing is left.
//   "export controls"  →  "export-controls";  "<b>US</b>"  →  "b-US-/b"
QString tag(QStringView text);

} // namespace MarkdownText
} // namespace duizhao
