#include "core/kb/kbjson.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

namespace civicdesk::core::kbjson {

namespace {
[[noreturn]] void fail(const QString &where, const QString &field, const QString &message)
{
    throw Error(QStringLiteral("%1: %2: %3").arg(where, field, message), {{field, message}});
}

QString stringField(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        fail(where, key, QCoreApplication::translate("KbJson", "must be a string"));
    return v.toString();
}

QStringList listField(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString()) { // "a, b, c" is accepted too: spreadsheets export lists that way
        static const QRegularExpression outerSpace(QStringLiteral("^\\s+|\\s+$"));
        return v.toString().split(u',', Qt::SkipEmptyParts).replaceInStrings(outerSpace, QString());
    }
    if (!v.isArray())
        fail(where, key, QCoreApplication::translate("KbJson", "must be an array of strings"));
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            fail(where, key, QCoreApplication::translate("KbJson", "must be an array of strings"));
        if (!item.toString().trimmed().isEmpty())
            out.append(item.toString().trimmed());
    }
    return out;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

const QStringList &fieldNames()
{
    static const QStringList names = {
        QStringLiteral("id"),       QStringLiteral("title"),         QStringLiteral("question_variants"),
        QStringLiteral("answer_markdown"), QStringLiteral("script"), QStringLiteral("keywords"),
        QStringLiteral("category"), QStringLiteral("agency"),        QStringLiteral("service_codes"),
        QStringLiteral("transfer_number"), QStringLiteral("audience"), QStringLiteral("state"),
        QStringLiteral("language"), QStringLiteral("translation_of"), QStringLiteral("review_by"),
        QStringLiteral("owner")};
    return names;
}

QString slug(const QString &title)
{
    QString s = title.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar c : std::as_const(s)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-') && (c.isSpace() || c.isPunct()))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(80);
}

Article fromJson(const QJsonObject &o, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!fieldNames().contains(it.key()))
            fail(where, it.key(), QCoreApplication::translate("KbJson", "unknown field (see docs/kb.md for the format)"));
    }
    Article a;
    a.title = stringField(o, QStringLiteral("title"), where).trimmed();
    a.answerMarkdown = stringField(o, QStringLiteral("answer_markdown"), where);
    a.id = stringField(o, QStringLiteral("id"), where).trimmed();
    if (a.id.isEmpty())
        a.id = slug(a.title);
    a.questionVariants = listField(o, QStringLiteral("question_variants"), where);
    a.script = stringField(o, QStringLiteral("script"), where);
    a.keywords = listField(o, QStringLiteral("keywords"), where);
    a.category = stringField(o, QStringLiteral("category"), where).trimmed();
    a.agency = stringField(o, QStringLiteral("agency"), where).trimmed();
    a.serviceCodes = listField(o, QStringLiteral("service_codes"), where);
    a.transferNumber = stringField(o, QStringLiteral("transfer_number"), where).trimmed();
    const QString audience = stringField(o, QStringLiteral("audience"), where).trimmed();
    if (!audience.isEmpty())
        a.audience = audience;
    const QString state = stringField(o, QStringLiteral("state"), where).trimmed();
    if (!state.isEmpty())
        a.state = state;
    const QString language = stringField(o, QStringLiteral("language"), where).trimmed();
    if (!language.isEmpty())
        a.language = language;
    a.translationOf = stringField(o, QStringLiteral("translation_of"), where).trimmed();
    const QString reviewBy = stringField(o, QStringLiteral("review_by"), where).trimmed();
    if (!reviewBy.isEmpty()) {
        a.reviewBy = QDate::fromString(reviewBy, Qt::ISODate);
        if (!a.reviewBy.isValid())
            fail(where, QStringLiteral("review_by"), QCoreApplication::translate("KbJson", "\"%1\" is not a date (YYYY-MM-DD)").arg(reviewBy));
    }
    a.owner = stringField(o, QStringLiteral("owner"), where).trimmed();
    validate(a, where);
    return a;
}

QJsonObject toJson(const Article &a)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("title"), a.title},
                  {QStringLiteral("question_variants"), toArray(a.questionVariants)},
                  {QStringLiteral("answer_markdown"), a.answerMarkdown},
                  {QStringLiteral("script"), a.script},
                  {QStringLiteral("keywords"), toArray(a.keywords)},
                  {QStringLiteral("category"), a.category},
                  {QStringLiteral("agency"), a.agency},
                  {QStringLiteral("service_codes"), toArray(a.serviceCodes)},
                  {QStringLiteral("transfer_number"), a.transferNumber},
                  {QStringLiteral("audience"), a.audience},
                  {QStringLiteral("state"), a.state},
                  {QStringLiteral("language"), a.language},
                  {QStringLiteral("review_by"), a.reviewBy.isValid() ? a.reviewBy.toString(Qt::ISODate) : QString()},
                  {QStringLiteral("owner"), a.owner}};
    if (!a.translationOf.isEmpty())
        o.insert(QStringLiteral("translation_of"), a.translationOf);
    return o;
}

void validate(const Article &a, const QString &where)
{
    if (a.title.trimmed().isEmpty())
        fail(where, QStringLiteral("title"), QCoreApplication::translate("KbJson", "is required"));
    if (a.answerMarkdown.trimmed().isEmpty())
        fail(where, QStringLiteral("answer_markdown"), QCoreApplication::translate("KbJson", "is required"));
    if (a.id.isEmpty())
        fail(where, QStringLiteral("id"), QCoreApplication::translate("KbJson", "cannot be made from this title; give an id"));
    // Compiled once: validation runs for every article of a bulk import.
    static const QRegularExpression badIdCharacter(QStringLiteral("[\\s/\\\\]"));
    if (a.id.size() > 120 || a.id.contains(badIdCharacter))
        fail(where, QStringLiteral("id"), QCoreApplication::translate("KbJson", "\"%1\" must be at most 120 characters without spaces or slashes").arg(a.id.left(40)));
    if (!Article::audiences().contains(a.audience))
        fail(where, QStringLiteral("audience"), QCoreApplication::translate("KbJson", "\"%1\" is not one of %2").arg(a.audience, Article::audiences().join(QStringLiteral(", "))));
    if (!Article::states().contains(a.state))
        fail(where, QStringLiteral("state"), QCoreApplication::translate("KbJson", "\"%1\" is not one of %2").arg(a.state, Article::states().join(QStringLiteral(", "))));
    if (!Article::languages().contains(a.language))
        fail(where, QStringLiteral("language"), QCoreApplication::translate("KbJson", "\"%1\" is not one of %2").arg(a.language, Article::languages().join(QStringLiteral(", "))));
    const qsizetype size = a.title.size() + a.answerMarkdown.size() + a.script.size()
        + a.questionVariants.join(QString()).size() + a.keywords.join(QString()).size();
    if (size > kMaxArticleBytes)
        fail(where, QStringLiteral("answer_markdown"),
             QCoreApplication::translate("KbJson", "article is too large (%1 characters; the limit is %2)").arg(size).arg(kMaxArticleBytes));
}

void checkUniqueIds(const QList<Article> &articles, const QStringList &where)
{
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const auto it = seen.constFind(articles.at(i).id);
        if (it != seen.constEnd())
            fail(where.value(i), QStringLiteral("id"),
                 QCoreApplication::translate("KbJson", "duplicate id \"%1\" (first used at %2)").arg(articles.at(i).id, where.value(*it)));
        seen.insert(articles.at(i).id, i);
    }
}

QList<Article> parseJsonLines(const QByteArray &data, const QString &sourceName)
{
    QList<Article> articles;
    QStringList where;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString at = QStringLiteral("%1:%2").arg(sourceName).arg(i + 1);
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.size() > kMaxArticleBytes * 4)
            throw Error(QCoreApplication::translate("KbJson", "%1: line is too large (%2 bytes; an article may have at most %3 characters)")
                            .arg(at)
                            .arg(line.size())
                            .arg(kMaxArticleBytes));
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder(line);
        if (decoder.hasError())
            throw Error(QCoreApplication::translate("KbJson", "%1: invalid UTF-8 (save the file as UTF-8)").arg(at));
        Q_UNUSED(decoded)
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            throw Error(QCoreApplication::translate("KbJson", "%1:%2: malformed JSON: %3").arg(at).arg(error.offset + 1).arg(error.errorString()));
        if (!doc.isObject())
            throw Error(QCoreApplication::translate("KbJson", "%1: each line must be one JSON object").arg(at));
        articles.append(fromJson(doc.object(), at));
        where.append(at);
    }
    checkUniqueIds(articles, where);
    return articles;
}

QByteArray toJsonLines(const QList<Article> &articles)
{
    QByteArray out;
    for (const Article &a : articles)
        out += QJsonDocument(toJson(a)).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

} // namespace civicdesk::core::kbjson
