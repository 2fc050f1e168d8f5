#include "core/domain/referencenumber.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstring>

namespace civicdesk::core::referencenumber {

namespace {
const QDate kEpoch(2020, 1, 1);

int valueOf(QChar c)
{
    const char *at = std::strchr(kAlphabet, c.toUpper().toLatin1());
    return (at && c.unicode() != 0) ? static_cast<int>(at - kAlphabet) : -1;
}

QString encode(int value, int width)
{
    QString out(width, u'2');
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QLatin1Char(kAlphabet[value % kBase]);
        value /= kBase;
    }
    return out;
}

QChar checkCharacter(const QString &body)
{
    // Weights 1..9 are distinct and non-zero modulo the prime 31, so one wrong character or
    // two swapped neighbours always change the sum.
    int sum = 0;
    for (int i = 0; i < body.size(); ++i)
        sum += (i + 1) * valueOf(body.at(i));
    return QLatin1Char(kAlphabet[sum % kBase]);
}

const char *natoWord(QChar c)
{
    static const char *words[] = {"Alfa",   "Bravo",   "Charlie", "Delta",  "Echo",   "Foxtrot", "Golf",
                                  "Hotel",  "India",   "Juliett", "Kilo",   "Lima",   "Mike",    "November",
                                  "Oscar",  "Papa",    "Quebec",  "Romeo",  "Sierra", "Tango",   "Uniform",
                                  "Victor", "Whiskey", "X-ray",   "Yankee", "Zulu"};
    return words[c.toUpper().unicode() - u'A'];
}
} // namespace

bool isValidWorkstationCode(const QString &code)
{
    if (code.size() != kWorkstationCodeLength)
        return false;
    for (QChar c : code) {
        if (valueOf(c) < 0 || c.isLower())
            return false;
    }
    return true;
}

QString randomWorkstationCode()
{
    QString code;
    for (int i = 0; i < kWorkstationCodeLength; ++i)
        code.append(QLatin1Char(kAlphabet[QRandomGenerator::global()->bounded(kBase)]));
    return code;
}

QString make(const QString &workstationCode, QDate day, int counter)
{
    if (!isValidWorkstationCode(workstationCode))
        throw Error(QCoreApplication::translate("ReferenceNumber",
                                                "workstation code \"%1\" must be 3 characters from %2")
                        .arg(workstationCode, QString::fromLatin1(kAlphabet)));
    const qint64 days = kEpoch.daysTo(day);
    if (days < 0 || days > kMaxDailyCounter)
        throw Error(QCoreApplication::translate("ReferenceNumber", "date %1 is outside the reference range")
                        .arg(day.toString(Qt::ISODate)));
    if (counter < 0 || counter > kMaxDailyCounter)
        throw Error(QCoreApplication::translate("ReferenceNumber",
                                                "this workstation has used all %1 reference numbers for %2")
                        .arg(kMaxDailyCounter + 1)
                        .arg(day.toString(Qt::ISODate)));
    const QString body = workstationCode + encode(static_cast<int>(days), 3) + encode(counter, 3);
    return body.left(3) + u'-' + body.mid(3, 3) + u'-' + body.mid(6) + checkCharacter(body);
}

QString normalise(const QString &reference)
{
    QString body;
    for (QChar c : reference) {
        if (c != u'-' && !c.isSpace())
            body.append(c.toUpper());
    }
    if (body.size() != 10)
        return reference.trimmed().toUpper();
    return body.left(3) + u'-' + body.mid(3, 3) + u'-' + body.mid(6);
}

bool isValid(const QString &reference)
{
    const QString normal = normalise(reference);
    if (normal.size() != 12 || normal.at(3) != u'-' || normal.at(7) != u'-')
        return false;
    const QString body = normal.left(3) + normal.mid(4, 3) + normal.mid(8);
    for (QChar c : body) {
        if (valueOf(c) < 0)
            return false;
    }
    return checkCharacter(body.left(9)) == body.at(9);
}

QString phonetic(const QString &reference)
{
    QStringList parts;
    for (QChar c : normalise(reference)) {
        if (c == u'-')
            parts.append(QCoreApplication::translate("ReferenceNumber", "dash"));
        else if (c.isLetter())
            parts.append(QCoreApplication::translate("ReferenceNumber", "%1 as in %2")
                             .arg(c)
                             .arg(QString::fromLatin1(natoWord(c))));
        else
            parts.append(QString(c));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace civicdesk::core::referencenumber
