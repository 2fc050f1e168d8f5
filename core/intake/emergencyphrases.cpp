#include "core/intake/emergencyphrases.h"

#include "core/domain/error.h"

#include <QCoreApplication>

namespace civicdesk::core::emergencyphrases {

QList<Phrase> parse(const QByteArray &data, const QString &source)
{
    QList<Phrase> phrases;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const int lineNumber = static_cast<int>(i + 1);
        const qsizetype tab = line.indexOf(u'\t');
        const QString kind = tab < 0 ? line : line.left(tab);
        const QString text = tab < 0 ? QString() : line.mid(tab + 1).trimmed();
        if (kind != QLatin1String("emergency") && kind != QLatin1String("lookalike")) {
            const QString message =
                QCoreApplication::translate("EmergencyPhrases", "\"%1\" is neither emergency nor lookalike")
                    .arg(kind);
            throw Error(QStringLiteral("%1:%2: %3").arg(source).arg(lineNumber).arg(message),
                        {{QStringLiteral("kind"), message}});
        }
        if (text.isEmpty()) {
            const QString message = QCoreApplication::translate("EmergencyPhrases", "no text after the tab");
            throw Error(QStringLiteral("%1:%2: %3").arg(source).arg(lineNumber).arg(message),
                        {{QStringLiteral("text"), message}});
        }
        phrases.append({lineNumber, kind == QLatin1String("emergency"), text});
    }
    return phrases;
}

Score score(const EmergencyDetector &detector, const QList<Phrase> &phrases)
{
    Score s;
    for (const Phrase &p : phrases) {
        const QList<EmergencyAlert> alerts = detector.scan(p.text);
        if (p.emergency) {
            ++s.emergencies;
            if (alerts.isEmpty())
                s.misses.append(p);
        } else {
            ++s.lookalikes;
            if (!alerts.isEmpty())
                s.falseAlarms.append({p, alerts.first()});
        }
    }
    return s;
}

} // namespace civicdesk::core::emergencyphrases
