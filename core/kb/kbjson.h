#pragma once

#include "core/kb/article.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace civicdesk::core::kbjson {

// Largest article accepted by any import, in bytes of text: far beyond any real answer, small
// enough that a pasted log file or binary is refused instead of bloating the index.
constexpr qsizetype kMaxArticleBytes = 64 * 1024;

// CivicDesk KB JSON (one object per article; see docs/kb.md). `where` prefixes every error,
// e.g. "articles.jsonl:12". Only title and answer_markdown are required; a missing id is made
// from the title.
Article fromJson(const QJsonObject &object, const QString &where);
QJsonObject toJson(const Article &article);

// A whole JSON Lines file. Blank lines are skipped; errors name the file and line.
QList<Article> parseJsonLines(const QByteArray &data, const QString &sourceName);
QByteArray toJsonLines(const QList<Article> &articles);

// Checks that apply to every format: required fields, known values, size, duplicate ids.
void validate(const Article &article, const QString &where);
void checkUniqueIds(const QList<Article> &articles, const QStringList &where);

// Every field of the format, in the documented order (also the CSV columns).
const QStringList &fieldNames();

// "Report a pothole!" -> "report-a-pothole".
QString slug(const QString &title);

} // namespace civicdesk::core::kbjson
