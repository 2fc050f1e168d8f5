#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

class Catalog;
struct CallSession;

// One kind of emergency the call taker must hand to 911. Patterns and exceptions are
// case-insensitive regular expressions over the caller's words; a pattern match inside an
// exception match ("fire hydrant", "smoke detector") or right after a negation ("no one hurt")
// does not count. A trigger with `also` needs one of those too (a crash *and* an injury).
struct EmergencyTrigger
{
    QString key;
    QString label;
    QStringList patterns;
    QStringList also;
    QStringList exceptions;
    QStringList services; // choosing one of these service codes raises the trigger by itself
};

struct EmergencyAlert
{
    QString key;
    QString label;
    QString matchedText;
    bool operator==(const EmergencyAlert &) const = default;
};

// Reads the words typed during a call and says when the call belongs to 911. Configurable:
// <profile>/emergency-triggers.json replaces the built-in triggers (same format as
// defaultConfiguration()).
class EmergencyDetector
{
public:
    EmergencyDetector(); // the built-in triggers

    // Throws Error naming source and field for a malformed configuration.
    static EmergencyDetector fromJson(const QJsonObject &config, const QString &source);
    // The profile's configuration file when it exists, else the built-in triggers.
    static EmergencyDetector forProfileDirectory(const QString &profileDirectory);
    static QJsonObject defaultConfiguration();

    QList<EmergencyAlert> scan(const QString &text, const QString &serviceCode = {}) const;
    // The call's words as scanCall() reads them: what was typed into the service picker, the
    // description, and the answers to the chosen service's string and text questions. List
    // answers are keys from the catalogue and numbers and dates are not words, so they are left
    // out: a list value keyed "fire" is not a caller saying "fire".
    static QString callText(const CallSession &session, const Catalog &catalog);
    // scan() over callText(), with the call's service: what the intake form checks and what
    // dismissing its banner hides, so both always read the same words.
    QList<EmergencyAlert> scanCall(const CallSession &session, const Catalog &catalog) const;
    const QList<EmergencyTrigger> &triggers() const { return m_triggers; }

private:
    struct Compiled
    {
        EmergencyTrigger trigger;
        QList<QRegularExpression> patterns;
        QList<QRegularExpression> also;
        QList<QRegularExpression> exceptions;
    };
    void load(const QJsonObject &config, const QString &source);
    QString firstMatch(const QList<QRegularExpression> &patterns, const QList<QRegularExpression> &exceptions,
                       const QString &text) const;

    QList<EmergencyTrigger> m_triggers;
    QList<Compiled> m_compiled;
    QRegularExpression m_negation;
};

} // namespace civicdesk::core
