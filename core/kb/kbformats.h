#pragma once

#include "core/kb/article.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace civicdesk::core::kbformats {

// Reads articles from a .jsonl file, a .csv file, a .md file or a folder of .md files (see
// docs/kb.md). Everything is parsed and validated before anything is returned, so a caller can
// import all or nothing. Errors name the file, line and field.
QList<Article> read(const QString &path);

QList<Article> parseCsv(const QByteArray &data, const QString &sourceName);
QByteArray toCsv(const QList<Article> &articles);

// One article as Markdown with front matter: the answer is the body.
Article parseMarkdown(const QByteArray &data, const QString &sourceName);
QByteArray toMarkdown(const Article &article);
// Writes one <id>.md per article into `folder` (created if needed).
void writeMarkdownFolder(const QList<Article> &articles, const QString &folder);

// Decodes UTF-8, or throws naming the first line that is not valid UTF-8.
QString decodeUtf8(const QByteArray &data, const QString &sourceName);

} // namespace civicdesk::core::kbformats
