#include "widgets/training/callervoice.h"

#include <QLocale>

#ifdef CIVICDESK_HAVE_TEXTTOSPEECH
#include <QTextToSpeech>
#endif

namespace civicdesk::widgets {

CallerVoice::CallerVoice(QObject *parent) : QObject(parent)
{
#ifdef CIVICDESK_HAVE_TEXTTOSPEECH
    // Offline engines only: a training call must not send its script anywhere.
    const QStringList engines = QTextToSpeech::availableEngines();
    for (const char *name : {"flite", "speechd"}) {
        if (engines.contains(QLatin1String(name))) {
            m_speech = new QTextToSpeech(QLatin1String(name), this);
            break;
        }
    }
    if (m_speech && m_speech->state() == QTextToSpeech::Error) {
        delete m_speech;
        m_speech = nullptr;
    }
#endif
}

CallerVoice::~CallerVoice() = default;

bool CallerVoice::isAvailable() const
{
    return m_speech != nullptr;
}

void CallerVoice::say(const QString &text, const QString &language)
{
#ifdef CIVICDESK_HAVE_TEXTTOSPEECH
    if (!isEnabled())
        return;
    const QLocale wanted(language);
    for (const QLocale &l : m_speech->availableLocales()) {
        if (l.language() == wanted.language()) {
            m_speech->setLocale(l);
            break;
        }
    }
    m_speech->say(text);
#else
    Q_UNUSED(text)
    Q_UNUSED(language)
#endif
}

void CallerVoice::stop()
{
#ifdef CIVICDESK_HAVE_TEXTTOSPEECH
    if (m_speech)
        m_speech->stop();
#endif
}

} // namespace civicdesk::widgets
