#include "core/domain/phonenumber.h"

namespace civicdesk::core::phonenumber {

namespace {
QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

// Strips an extension ("x12", "ext. 12") so that it does not end up in the number.
QString withoutExtension(const QString &input)
{
    const QString lower = input.toLower();
    for (const QString &marker :
         {QStringLiteral(";ext"), QStringLiteral("ext"), QStringLiteral("x"), QStringLiteral("#")}) {
        const auto at = lower.indexOf(marker);
        if (at > 0)
            return input.left(at);
    }
    return input;
}
} // namespace

std::optional<QString> toE164(const QString &input)
{
    const QString trimmed = withoutExtension(input).trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    for (QChar c : trimmed) {
        if (!(c.isDigit() || c == u'+' || c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')'))
            return std::nullopt;
    }
    if (trimmed.lastIndexOf(u'+') > 0)
        return std::nullopt;

    QString digits = digitsOf(trimmed);
    if (trimmed.startsWith(u'+')) {
        // E.164 allows at most 15 digits, and no country code starts with 0.
        if (digits.size() < 8 || digits.size() > 15 || digits.startsWith(u'0'))
            return std::nullopt;
        if (digits.startsWith(u'1') && digits.size() != 11)
            return std::nullopt;
        return QStringLiteral("+") + digits;
    }
    if (digits.startsWith(QStringLiteral("011"))) { // North American international prefix
        digits = digits.mid(3);
        if (digits.size() < 8 || digits.size() > 15 || digits.startsWith(u'0'))
            return std::nullopt;
        return QStringLiteral("+") + digits;
    }
    if (digits.size() == 11 && digits.startsWith(u'1'))
        digits = digits.mid(1);
    if (digits.size() != 10)
        return std::nullopt;
    // NANP: area code and exchange cannot start with 0 or 1.
    if (digits.at(0) < u'2' || digits.at(3) < u'2')
        return std::nullopt;
    return QStringLiteral("+1") + digits;
}

QString formatForDisplay(const QString &input)
{
    // An extension ("x22", ";ext=22" from a tel: URI) stays an extension, never more digits
    // of the number.
    if (const QString number = withoutExtension(input); number.size() < input.size())
        return formatForDisplay(number) + QStringLiteral(" x") + digitsOf(input.mid(number.size()));
    const QString trimmed = input.trimmed();
    QString digits = digitsOf(trimmed);
    if (trimmed.startsWith(u'+') && !digits.startsWith(u'1'))
        return QStringLiteral("+") + digits;
    const bool countryCode = digits.startsWith(u'1');
    if (countryCode)
        digits = digits.mid(1);
    QString out;
    if (digits.size() <= 7) {
        out = digits.size() > 3 ? digits.left(3) + u'-' + digits.mid(3) : digits;
    } else {
        out = QStringLiteral("(") + digits.left(3) + QStringLiteral(") ") + digits.mid(3, 3) + u'-' +
              digits.mid(6);
    }
    return countryCode ? QStringLiteral("+1 ") + out : out;
}

} // namespace civicdesk::core::phonenumber
