#include "core/kb/kbformats.h"

#include "core/csvimport/csvreader.h"
#include "core/domain/error.h"
#include "core/interop/csvwriter.h"
#include "core/kb/kbjson.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringDecoder>

namespace civicdesk::core::kbformats {

namespace {
const QStringList kListFields = {QStringLiteral("question_variants"), QStringLiteral("keywords"),
                                 QStringLiteral("service_codes")};
// A CSV cell holds a list as items separated by " | ": commas occur inside questions.
const QString kCsvListSeparator = QStringLiteral(" | ");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("KbFormats", "cannot read %1: %2").arg(path, file.errorString()));
    // A file far larger than any knowledge base is refused before it is read into memory.
    if (file.size() > qint64(512) * 1024 * 1024)
        throw Error(QCoreApplication::translate("KbFormats", "%1 is too large to be a knowledge base (%2 MB)")
                        .arg(path)
                        .arg(file.size() / (1024 * 1024)));
    return file.readAll();
}

QJsonValue jsonValueFor(const QString &field, const QString &text)
{
    if (!kListFields.contains(field))
        return text;
    QJsonArray list;
    for (const QString &item : text.split(kCsvListSeparator.trimmed()))
        if (!item.trimmed().isEmpty())
            list.append(item.trimmed());
    return list;
}

// A front-matter scalar: a JSON string ("...") or plain text to the end of the line.
QString scalar(const QString &raw, const QString &where, const QString &field)
{
    const QString t = raw.trimmed();
    if (!t.startsWith(u'"'))
        return t;
    const QJsonDocument doc = QJsonDocument::fromJson(u'[' + t.toUtf8() + u']');
    if (!doc.isArray() || doc.array().size() != 1 || !doc.array().at(0).isString())
        throw Error(
            QCoreApplication::translate("KbFormats", "%1: %2: malformed quoted text").arg(where, field),
            {{field, QCoreApplication::translate("KbFormats", "malformed quoted text")}});
    return doc.array().at(0).toString();
}

QString quotedScalar(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}
} // namespace

QString decodeUtf8(const QByteArray &data, const QString &sourceName)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(data);
    if (!decoder.hasError())
        return text;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringDecoder lineDecoder(QStringDecoder::Utf8);
        const QString decoded = lineDecoder(lines.at(i)); // decoding happens on conversion
        Q_UNUSED(decoded)
        if (lineDecoder.hasError())
            throw Error(
                QCoreApplication::translate("KbFormats", "%1:%2: invalid UTF-8 (save the file as UTF-8)")
                    .arg(sourceName)
                    .arg(i + 1));
    }
    throw Error(QCoreApplication::translate("KbFormats", "%1: invalid UTF-8 (save the file as UTF-8)")
                    .arg(sourceName));
}

QList<Article> parseCsv(const QByteArray &data, const QString &sourceName)
{
    // One CSV reader for the whole project: quoting, line breaks in cells, BOMs, encodings and
    // record size limits are handled (and fuzzed) in core/csvimport. The limit leaves room for
    // the largest article kbjson accepts, so an oversized one gets kbjson's clearer message.
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, sourceName, 4 * CsvReader::kDefaultMaxRecordBytes);
    QList<QStringList> records;
    QList<qint64> recordLines;
    QStringList record;
    while (reader.next(record)) {
        if (record.size() == 1 && record.constFirst().isEmpty())
            continue; // a blank line
        records.append(record);
        recordLines.append(reader.line());
    }
    if (records.isEmpty())
        throw Error(
            QCoreApplication::translate("KbFormats", "%1: empty file; the first line must name the columns")
                .arg(sourceName));
    QStringList header = records.takeFirst();
    recordLines.removeFirst();
    for (QString &h : header)
        h = h.trimmed();
    for (const QString &h : std::as_const(header)) {
        if (!kbjson::fieldNames().contains(h))
            throw Error(QCoreApplication::translate("KbFormats", "%1:1: unknown column \"%2\" (columns: %3)")
                            .arg(sourceName, h, kbjson::fieldNames().join(QStringLiteral(", "))),
                        {{h, QCoreApplication::translate("KbFormats", "unknown column")}});
    }
    QList<Article> articles;
    QStringList where;
    for (qsizetype r = 0; r < records.size(); ++r) {
        const QString at = QStringLiteral("%1:%2").arg(sourceName).arg(recordLines.at(r));
        const QStringList &cells = records.at(r);
        if (cells.size() != header.size())
            throw Error(
                QCoreApplication::translate("KbFormats", "%1: %2 cells, but the header names %3 columns")
                    .arg(at)
                    .arg(cells.size())
                    .arg(header.size()));
        QJsonObject o;
        for (qsizetype c = 0; c < header.size(); ++c) {
            // Our own exports neutralise cells a spreadsheet would run; read them back as written.
            const QString cell = CsvWriter::restored(cells.at(c));
            if (!cell.isEmpty())
                o.insert(header.at(c), jsonValueFor(header.at(c), cell));
        }
        articles.append(kbjson::fromJson(o, at));
        where.append(at);
    }
    kbjson::checkUniqueIds(articles, where);
    return articles;
}

QByteArray toCsv(const QList<Article> &articles)
{
    QByteArray out;
    CsvWriter writer(out, {false, QByteArrayLiteral("\n")});
    writer.writeRow(kbjson::fieldNames());
    for (const Article &a : articles) {
        const QJsonObject o = kbjson::toJson(a);
        QStringList cells;
        for (const QString &column : kbjson::fieldNames()) {
            const QJsonValue v = o.value(column);
            QStringList items;
            if (v.isArray()) {
                for (const QJsonValue &item : v.toArray())
                    items.append(item.toString());
                cells.append(items.join(kCsvListSeparator));
            } else {
                cells.append(v.toString());
            }
        }
        writer.writeRow(cells);
    }
    return out;
}

Article parseMarkdown(const QByteArray &data, const QString &sourceName)
{
    const QString text = decodeUtf8(data, sourceName);
    QStringList lines = text.split(u'\n');
    for (QString &l : lines) {
        if (l.endsWith(u'\r'))
            l.chop(1);
    }
    if (lines.isEmpty() || lines.constFirst().trimmed() != QLatin1String("---"))
        throw Error(
            QCoreApplication::translate(
                "KbFormats", "%1:1: must start with front matter (a line \"---\", fields, then \"---\")")
                .arg(sourceName));
    QJsonObject o;
    QString listField;
    QJsonArray list;
    qsizetype i = 1;
    auto finishList = [&] {
        if (!listField.isEmpty())
            o.insert(listField, list);
        listField.clear();
        list = QJsonArray();
    };
    for (; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        const QString where = QStringLiteral("%1:%2").arg(sourceName).arg(i + 1);
        if (l.trimmed() == QLatin1String("---"))
            break;
        if (l.trimmed().isEmpty() || l.trimmed().startsWith(u'#'))
            continue;
        if (l.trimmed().startsWith(QStringLiteral("- "))) {
            if (listField.isEmpty())
                throw Error(QCoreApplication::translate("KbFormats", "%1: a list item outside a list field")
                                .arg(where));
            list.append(scalar(l.trimmed().mid(2), where, listField));
            continue;
        }
        finishList();
        const qsizetype colon = l.indexOf(u':');
        if (colon <= 0)
            throw Error(QCoreApplication::translate("KbFormats", "%1: expected \"field: value\"").arg(where));
        const QString key = l.left(colon).trimmed();
        const QString value = l.mid(colon + 1).trimmed();
        if (kListFields.contains(key) && value.isEmpty()) {
            listField = key;
        } else if (kListFields.contains(key) && value.startsWith(u'[')) {
            const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
            if (!doc.isArray())
                throw Error(
                    QCoreApplication::translate("KbFormats", "%1: %2: malformed list").arg(where, key),
                    {{key, QCoreApplication::translate("KbFormats", "malformed list")}});
            o.insert(key, doc.array());
        } else {
            o.insert(key, kListFields.contains(key) ? jsonValueFor(key, scalar(value, where, key))
                                                    : QJsonValue(scalar(value, where, key)));
        }
    }
    finishList();
    if (i >= lines.size())
        throw Error(
            QCoreApplication::translate("KbFormats", "%1: the front matter is never closed with \"---\"")
                .arg(sourceName));
    o.insert(QStringLiteral("answer_markdown"), lines.mid(i + 1).join(u'\n').trimmed());
    return kbjson::fromJson(o, sourceName);
}

QByteArray toMarkdown(const Article &a)
{
    const QJsonObject o = kbjson::toJson(a);
    QString out = QStringLiteral("---\n");
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("answer_markdown"))
            continue;
        if (it.value().isArray()) {
            out += it.key() + QStringLiteral(":\n");
            for (const QJsonValue &item : it.value().toArray())
                out += QStringLiteral("  - ") + quotedScalar(item.toString()) + u'\n';
        } else if (!it.value().toString().isEmpty()) {
            out += it.key() + QStringLiteral(": ") + quotedScalar(it.value().toString()) + u'\n';
        }
    }
    out += QStringLiteral("---\n\n") + a.answerMarkdown + u'\n';
    return out.toUtf8();
}

void writeMarkdownFolder(const QList<Article> &articles, const QString &folder)
{
    if (!QDir().mkpath(folder))
        throw Error(QCoreApplication::translate("KbFormats", "cannot create the folder %1").arg(folder));
    for (const Article &a : articles) {
        QSaveFile file(QDir(folder).filePath(a.id + QStringLiteral(".md")));
        if (!file.open(QIODevice::WriteOnly))
            throw Error(QCoreApplication::translate("KbFormats", "cannot write %1: %2")
                            .arg(file.fileName(), file.errorString()));
        file.write(toMarkdown(a));
        if (!file.commit())
            throw Error(QCoreApplication::translate("KbFormats", "cannot write %1: %2")
                            .arg(file.fileName(), file.errorString()));
    }
}

QList<Article> read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(QCoreApplication::translate("KbFormats", "%1 does not exist").arg(path));
    if (info.isDir()) {
        const QDir dir(path);
        const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            throw Error(QCoreApplication::translate("KbFormats", "%1 holds no .md files").arg(path));
        QList<Article> articles;
        QStringList where;
        for (const QString &name : files) {
            articles.append(parseMarkdown(readFile(dir.filePath(name)), dir.filePath(name)));
            where.append(dir.filePath(name));
        }
        kbjson::checkUniqueIds(articles, where);
        return articles;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") ||
        suffix == QLatin1String("json"))
        return kbjson::parseJsonLines(readFile(path), path);
    if (suffix == QLatin1String("csv"))
        return parseCsv(readFile(path), path);
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return {parseMarkdown(readFile(path), path)};
    throw Error(QCoreApplication::translate(
                    "KbFormats", "%1: unknown format; use .jsonl, .csv, .md or a folder of .md files")
                    .arg(path));
}

} // namespace civicdesk::core::kbformats
