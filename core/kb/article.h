#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// One knowledge-base article in the KCS style: how callers ask it, the answer, what the call
// taker says, and where it leads (a service request or a transfer).
struct Article
{
    QString id;
    QString title;
    QStringList questionVariants;
    QString answerMarkdown;
    QString script;
    QStringList keywords;
    QString category;
    QString agency;
    QStringList serviceCodes;
    QString transferNumber;
    QString audience = QStringLiteral("public");   // public | internal
    QString state = QStringLiteral("published");   // draft | review | published | retired
    QString language = QStringLiteral("en");       // en | es | fr
    QString translationOf;                          // id of the article this one translates
    QDate reviewBy;
    QString owner;

    // Kept by the store, not imported.
    int version = 0;
    QDateTime updatedAt;  // UTC
    QDateTime reviewedAt; // UTC; when someone last confirmed the content
    int helpful = 0;
    int notHelpful = 0;
    int outdated = 0;

    static QStringList audiences() { return {QStringLiteral("public"), QStringLiteral("internal")}; }
    static QStringList states()
    {
        return {QStringLiteral("draft"), QStringLiteral("review"), QStringLiteral("published"), QStringLiteral("retired")};
    }
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")}; }

    // The content fields only (what a version records and an import compares).
    bool sameContent(const Article &o) const
    {
        return id == o.id && title == o.title && questionVariants == o.questionVariants
            && answerMarkdown == o.answerMarkdown && script == o.script && keywords == o.keywords
            && category == o.category && agency == o.agency && serviceCodes == o.serviceCodes
            && transferNumber == o.transferNumber && audience == o.audience && state == o.state
            && language == o.language && translationOf == o.translationOf && reviewBy == o.reviewBy
            && owner == o.owner;
    }
};

} // namespace civicdesk::core
