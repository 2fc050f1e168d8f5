#pragma once

#include <QString>
#include <QStringList>

namespace civicdesk::core {

// Turns what a caller or a file says into one comparable form: lower case, accents and
// punctuation dropped, street suffixes, directionals and ordinals in one spelling each
// ("North Third Street" and "n 3rd st." both become "n 3rd st"), units split off.
class AddressNormalizer
{
public:
    struct Parsed
    {
        QString number; // "12", "12b"; empty when the text starts with no house number
        QString street; // normalised street name
        QString unit;   // "4b" from "Apt 4B", "#4B", "Unit 4B"
    };

    static QString normalizeStreet(const QString &text);
    static Parsed parse(const QString &text);
    // "Main St & 3rd Ave", "Main and 3rd", "Main St / 3rd Ave", "Main at 3rd": the two
    // streets, normalised; empty when the text names no intersection.
    static QStringList splitIntersection(const QString &text);
    // Canonical words that a partly typed word may become ("boulev" -> "blvd", "nor" -> "n").
    static QStringList completions(const QString &partialWord);
    // Optimal-string-alignment edit distance, stopping early past maxDistance.
    static int editDistance(const QString &a, const QString &b, int maxDistance);

private:
    static QStringList tokens(const QString &text);
    static QString canonical(const QString &token);
};

} // namespace civicdesk::core
